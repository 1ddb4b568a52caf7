"""Cases of the four categories, their event history, contact links and persuasion visits."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import CaseCategory, CaseEventKind, CaseStatus
from models.schema.base import Base, Stamped, Versioned, enum_column


class Case(Base, Stamped, Versioned):
    __tablename__ = "person_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    category: Mapped[CaseCategory] = mapped_column(enum_column(CaseCategory, "case_category"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus, "case_status"))
    opened_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    status_since: Mapped[datetime] = mapped_column(DateTime)
    category_since: Mapped[datetime] = mapped_column(DateTime)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"), index=True)
    source_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    last_action: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        # At most one open case per person, enforced by the database on both backends.
        Index("uq_person_case_open_person", "person_id", unique=True,
              sqlite_where=text("is_open = 1"), postgresql_where=text("is_open")),
        Index("ix_person_case_person", "person_id"),
        Index("ix_person_case_category_status", "category", "status", "id"),
        # The case board's order (newest change first) under each filter: migration 0008.
        Index("ix_person_case_status_since", "status", "status_since", "id"),
        Index("ix_person_case_since", "status_since", "id"),
        Index("ix_person_case_open_since", "is_open", "status_since", "id"),
        Index("ix_person_case_category_since", "category", "status_since", "id"),
        # The open cases of each category and status, counted from the index alone (the
        # dashboard's tiles, the four 100%): migration 0023.
        # With the time the case entered its category, the four-100% board's waiting list is
        # chosen from the index alone as well: migration 0027.
        Index("ix_person_case_open_category", "is_open", "category", "status", "category_since"),
        # The open cases of each community and category, counted from the index alone (the
        # situation map's open-case layer): migration 0025.
        Index("ix_person_case_open_community", "is_open", "community_id", "category"),
    )


class CaseEvent(Base):
    """One change of a case: opened, a status move, a category move or a note — who, when, why."""
    __tablename__ = "case_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("person_case.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[CaseEventKind] = mapped_column(enum_column(CaseEventKind, "case_event_kind"))
    from_value: Mapped[str | None] = mapped_column(String(24))
    to_value: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(500), default="")
    __table_args__ = (Index("ix_case_event_case_time", "case_id", "at"),)


class ContactLink(Base):
    """The contact case was exposed to the source case: followed both ways to trace a chain."""
    __tablename__ = "contact_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_case_id: Mapped[int] = mapped_column(ForeignKey("person_case.id", ondelete="CASCADE"))
    contact_case_id: Mapped[int] = mapped_column(
        ForeignKey("person_case.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32), default="")
    last_exposure: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        UniqueConstraint("source_case_id", "contact_case_id", name="uq_contact_link_pair"),
        CheckConstraint("source_case_id <> contact_case_id", name="not_self"),
    )


class PersuasionVisit(Base):
    """A visit to a person who refused transfer: what was said and how it ended."""
    __tablename__ = "persuasion_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("person_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    by_name: Mapped[str] = mapped_column(String(64))
    said: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[bool] = mapped_column(Boolean, default=False)
