"""Vehicles of the quick-response teams and their disinfection records."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import VehicleStatus
from models.schema.base import Base, Stamped, Versioned, enum_column, searched_text


class Vehicle(Base, Stamped, Versioned):
    __tablename__ = "vehicle"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    plate: Mapped[str] = mapped_column(searched_text(16), unique=True)
    status: Mapped[VehicleStatus] = mapped_column(enum_column(VehicleStatus, "vehicle_status"))
    status_since: Mapped[datetime] = mapped_column(DateTime)
    seats: Mapped[int | None] = mapped_column(Integer)     # None: not recorded
    # Retired for good (out of service is a status, and comes back); never deleted.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Disinfection(Base):
    """Inside and out, by whom and when: the vehicle is not dispatched again before this exists."""
    __tablename__ = "disinfection"
    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfer_order.id"), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    inside: Mapped[bool] = mapped_column(Boolean)
    outside: Mapped[bool] = mapped_column(Boolean)
    by_name: Mapped[str] = mapped_column(String(64))
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (
        CheckConstraint("inside AND outside", name="inside_and_out"),
        Index("ix_disinfection_vehicle_time", "vehicle_id", "at"),
    )
