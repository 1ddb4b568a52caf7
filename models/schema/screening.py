"""Door-knock visits and the screening result of each person met."""
from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Numeric, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import MemberPresence, VisitOutcome
from models.schema.base import Base, enum_column

FEVER_THRESHOLD_C = Decimal("37.3")
PLAUSIBLE_TEMPERATURE_C = (Decimal("34.0"), Decimal("43.0"))


class Visit(Base):
    """One knock at a door. A door, a moment and an outcome make one visit: a second with the
    same three is the same visit entered twice, refused by `uq_visit_door_time_outcome`.
    `entry_key`: the key the workstation gave the entry (migration 0020), so a save sent again
    after its answer was lost finds the visit it stored instead of storing another; none for
    visits recorded before 0020 and for bulk loads."""
    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    visited_at: Mapped[datetime] = mapped_column(DateTime)
    outcome: Mapped[VisitOutcome] = mapped_column(enum_column(VisitOutcome, "visit_outcome"))
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(String(500), default="")
    entry_key: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    __table_args__ = (
        # Also serves every look-up of a household's visits by time (it replaced
        # ix_visit_household_time, its first two columns).
        Index("uq_visit_door_time_outcome", "household_id", "visited_at", "outcome", unique=True),
        Index("uq_visit_entry_key", "entry_key", unique=True),
        Index("ix_visit_community_time", "community_id", "visited_at"),
        Index("ix_visit_coverage", "community_id", "household_id", "outcome", "visited_at"),
    )


class ScreeningResult(Base):
    __tablename__ = "screening_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    temperature_c: Mapped[Decimal | None] = mapped_column(Numeric(3, 1))
    has_symptoms: Mapped[bool] = mapped_column(Boolean, default=False)
    symptoms: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        UniqueConstraint("visit_id", "person_id", name="uq_screening_result_visit_person"),
        CheckConstraint("temperature_c IS NULL OR (temperature_c >= 34.0 AND temperature_c <= 43.0)",
                        name="plausible_temperature"),
    )


class VisitAbsence(Base):
    """A member living at the household who was not screened at a screened visit: away from
    home at the time, or refusing the thermometer. Not a screening (coverage counts screening
    results only), but the door's record says who is still to be screened."""
    __tablename__ = "visit_absence"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    presence: Mapped[MemberPresence] = mapped_column(enum_column(MemberPresence, "presence"))
    __table_args__ = (
        UniqueConstraint("visit_id", "person_id", name="uq_visit_absence_visit_person"),
    )
