"""Protective supplies per station: stock that cannot go negative, and every movement."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import SupplyItem
from models.schema.base import Base, Stamped, Versioned, enum_column

DEFAULT_LOW_STOCK_DAYS = 3


class SupplyStock(Base, Stamped, Versioned):
    __tablename__ = "supply_stock"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    item: Mapped[SupplyItem] = mapped_column(enum_column(SupplyItem, "supply_item"))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    low_threshold: Mapped[int] = mapped_column(Integer, default=0)
    # Low when the stock lasts fewer days than this at last week's use (models/teams/supplies.py).
    low_stock_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_LOW_STOCK_DAYS,
                                                server_default=str(DEFAULT_LOW_STOCK_DAYS))
    __table_args__ = (
        UniqueConstraint("station_id", "item", name="uq_supply_stock_station_item"),
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
    )


class SupplyMovement(Base):
    """Positive: received. Negative: drawn (one suit per crew member per trip)."""
    __tablename__ = "supply_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    stock_id: Mapped[int] = mapped_column(ForeignKey("supply_stock.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfer_order.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (
        CheckConstraint("delta <> 0", name="delta_not_zero"),
        Index("ix_supply_movement_stock_time", "stock_id", "at"),
    )
