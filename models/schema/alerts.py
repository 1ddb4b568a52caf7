"""Acknowledged alerts: one row per alert someone at a workstation has seen and taken on.

An alert is computed, never stored (models/alerts/current.py): a trip past its step's limit, a
vehicle waiting for its disinfection past its limit. What is stored is that a person
acknowledged it, under the alert's key (the trip, the step it was stuck at, how far past the
limit it had gone), so every workstation's dashboard and wall stop showing it. The row is the
record of who and when; it is never changed or deleted.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import AlertKind, TransferStatus
from models.schema.base import Base, enum_column


class AlertAcknowledgement(Base):
    __tablename__ = "alert_acknowledgement"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AlertKind] = mapped_column(enum_column(AlertKind, "alert_kind"))
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer_order.id"))
    # The vehicle of a disinfection alert (the trip names it too; kept for the record).
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"))
    step: Mapped[TransferStatus] = mapped_column(enum_column(TransferStatus, "alert_step"))
    # 1: past the limit; 2: past twice the limit; 3: four times… (models/alerts/rules.py)
    level: Mapped[int] = mapped_column(Integer)
    minutes_overdue: Mapped[int] = mapped_column(Integer)   # as the person saw it
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(32))
    __table_args__ = (
        # The alert's key; also the index the dashboard's query looks acknowledgements up by.
        UniqueConstraint("transfer_id", "step", "level", name="uq_alert_acknowledgement_key"),
        CheckConstraint("level >= 1 AND minutes_overdue >= 0", name="level_and_minutes"),
    )
