"""Households and persons: the register the community offices keep."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import Sex
from models.schema.base import Base, Stamped, Versioned, enum_column


class Household(Base, Stamped, Versioned):
    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    building: Mapped[str] = mapped_column(String(16), default="")   # 楼栋 / 组
    unit: Mapped[str] = mapped_column(String(16), default="")       # 单元
    door: Mapped[str] = mapped_column(String(16), default="")       # 门牌号
    address: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        Index("ix_household_community_place", "community_id", "building", "unit", "door"),
    )


class Person(Base, Stamped, Versioned):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    resident_id: Mapped[str | None] = mapped_column(String(18), index=True)
    # The ID reversed, so "the last digits" is a prefix search an ordinary index can serve.
    resident_id_reversed: Mapped[str | None] = mapped_column(String(18), index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    is_household_head: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
