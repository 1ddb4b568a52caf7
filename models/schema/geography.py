"""District → police station → community. Stations and communities carry coordinates (WGS-84)
so that "nearest" can be computed."""
from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import AreaKind
from models.schema.base import Base, Stamped, Versioned, enum_column, searched_text


class District(Base, Stamped, Versioned):
    __tablename__ = "district"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))


class PoliceStation(Base, Stamped, Versioned):
    __tablename__ = "police_station"
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    area_kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind, "area_kind"))
    address: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Community(Base, Stamped, Versioned):
    __tablename__ = "community"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(searched_text(64), index=True)
    area_kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind, "community_area_kind"))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    registered_households: Mapped[int] = mapped_column(Integer, default=0)
    registered_persons: Mapped[int] = mapped_column(Integer, default=0)
    daily_visit_target: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
