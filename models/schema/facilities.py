"""Facilities that receive patients, their beds and the categories each accepts."""
from __future__ import annotations

import secrets

from sqlalchemy import Boolean, CheckConstraint, Column, Float, ForeignKey, Integer, String, Table, true
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import CaseCategory, FacilityKind
from models.schema.base import Base, Stamped, Versioned, enum_column


def new_facility_code() -> str:
    """A code for a facility created without one (a field hospital opened overnight): the
    district workbook and the editors name facilities by code, so every facility has one."""
    return "F" + secrets.token_hex(4).upper()


class Facility(Base, Stamped, Versioned):
    __tablename__ = "facility"
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    # The district's own code: the natural key a re-imported workbook is matched by.
    code: Mapped[str] = mapped_column(String(16), unique=True, index=True, default=new_facility_code)
    kind: Mapped[FacilityKind] = mapped_column(enum_column(FacilityKind, "facility_kind"))
    name: Mapped[str] = mapped_column(String(64), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    beds_total: Mapped[int] = mapped_column(Integer)
    # Maintained by admissions and discharges in the same transaction; the database refuses
    # a count below zero or above the beds there are, however many dispatchers race.
    beds_taken: Mapped[int] = mapped_column(Integer, default=0)
    phone: Mapped[str | None] = mapped_column(String(20))
    # Retired, never deleted: transfers point at it; a retired facility cannot be chosen.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    __table_args__ = (
        CheckConstraint("beds_total >= 0", name="beds_total_not_negative"),
        CheckConstraint("beds_taken >= 0 AND beds_taken <= beds_total", name="beds_taken_in_range"),
    )


facility_accepts = Table(
    "facility_accepts", Base.metadata,
    Column("facility_id", ForeignKey("facility.id", ondelete="CASCADE"), primary_key=True),
    Column("category", enum_column(CaseCategory, "accepted_category"), primary_key=True),
)
