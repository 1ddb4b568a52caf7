"""Transfer orders: one trip of one case to one facility, every step of it timestamped."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, String, Table, text
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import TransferStatus
from models.schema.base import Base, Stamped, Versioned, enum_column, searched_text


class TransferOrder(Base, Stamped, Versioned):
    __tablename__ = "transfer_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(searched_text(24), unique=True)  # the sheet number
    case_id: Mapped[int] = mapped_column(ForeignKey("person_case.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"))
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id"), index=True)
    dispatcher_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    origin_address: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[TransferStatus] = mapped_column(enum_column(TransferStatus, "transfer_status"))
    override_reason: Mapped[str] = mapped_column(String(200), default="")
    failure_reason: Mapped[str] = mapped_column(String(200), default="")
    ordered_at: Mapped[datetime] = mapped_column(DateTime)
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    on_scene_at: Mapped[datetime | None] = mapped_column(DateTime)
    picked_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    disinfected_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # True from dispatch until the vehicle's disinfection is recorded (or the order is cancelled
    # before it left). The partial unique index makes "one active trip per vehicle" a database
    # fact, also when two dispatchers press the button at the same moment.
    holds_vehicle: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        Index("uq_transfer_order_vehicle_busy", "vehicle_id", unique=True,
              sqlite_where=text("holds_vehicle = 1"), postgresql_where=text("holds_vehicle")),
        Index("ix_transfer_order_status_time", "status", "ordered_at"),
        Index("ix_transfer_order_ordered_at", "ordered_at"),
    )


transfer_crew = Table(
    "transfer_crew", Base.metadata,
    Column("transfer_id", ForeignKey("transfer_order.id", ondelete="CASCADE"), primary_key=True),
    Column("responder_id", ForeignKey("responder.id"), primary_key=True, index=True),
)
