"""Incidents: non-cooperation, violence during isolation, accidents; logged and closed."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import IncidentKind
from models.schema.base import Base, Stamped, Versioned, enum_column


class Incident(Base, Stamped, Versioned):
    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("person_case.id"))
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfer_order.id"))
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind, "incident_kind"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")
    # The officer or worker who dealt with it on the spot (not who typed it in: the audit
    # trail keeps that). Migration 0007.
    handled_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    __table_args__ = (Index("ix_incident_station_time", "station_id", "occurred_at"),)
