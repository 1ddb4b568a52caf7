"""The wall's headline figures, each one aggregate query: nothing here walks rows in Python.

"截至M月D日，全区共排查核查N人，转运收治M人": the summary carries exactly what that sentence
needs (the day of the latest visit, persons screened, persons sent for treatment) beside the
tiles and the cumulative curve. Persons screened come from the day tallies the database keeps
(models/schema/tallies.py); run it on the task runner all the same.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.dashboard.figures import as_date
from models.enums import TransferStatus
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.schema.geography import Community
from models.schema.tallies import CommunityDayTally
from models.schema.transfers import TransferOrder

DELIVERED = (TransferStatus.DELIVERED.value, TransferStatus.DISINFECTED.value)
UNDER_WAY = (TransferStatus.ORDERED.value, TransferStatus.DISPATCHED.value,
             TransferStatus.ON_SCENE.value, TransferStatus.PICKED_UP.value)


@dataclass(frozen=True)
class DashboardSummary:
    as_of: date | None
    persons_registered: int
    persons_screened: int
    open_cases_by_category: dict[str, int] = field(default_factory=dict)
    persons_admitted: int = 0
    transfers_total: int = 0
    transfers_under_way: int = 0
    beds_total: int = 0
    beds_taken: int = 0
    cumulative_screened: tuple[tuple[date, int], ...] = ()

    @property
    def beds_free(self) -> int:
        return max(self.beds_total - self.beds_taken, 0)


def first_screening_days(session: Session) -> list[tuple[date, int]]:
    """Persons screened for the first time, per day: the curve's increments, summed over the
    communities' day tallies (models/schema/tallies.py; a few thousand rows, not two million results)."""
    screened = func.sum(CommunityDayTally.persons_first_screened)
    rows = session.execute(select(CommunityDayTally.day, screened)
                           .group_by(CommunityDayTally.day).having(screened > 0)
                           .order_by(CommunityDayTally.day))
    return [(as_date(day), int(number)) for day, number in rows if day is not None]


def _text(value: object) -> str:
    return str(getattr(value, "value", value))


def district_summary(session: Session, categories: Sequence[str]) -> DashboardSummary:
    """The district's headline figures; open cases for each of `categories`, in that order."""
    daily = first_screening_days(session)
    cumulative: list[tuple[date, int]] = []
    running = 0
    for day, number in daily:
        running += number
        cumulative.append((day, running))
    # The day of the latest visit, from the day tallies (a max over visits scans a million).
    last_visit = session.execute(select(func.max(CommunityDayTally.day))
                                 .where(CommunityDayTally.visits > 0)).scalar_one()
    by_category = {_text(category): int(number) for category, number in session.execute(
        select(Case.category, func.count()).where(Case.is_open.is_(True))
        .group_by(Case.category))}
    admitted = session.execute(
        select(func.count(func.distinct(TransferOrder.case_id)))
        .where(TransferOrder.status.in_(DELIVERED))).scalar_one()
    total, under_way = session.execute(select(
        func.count(), func.count().filter(TransferOrder.status.in_(UNDER_WAY)))
        .select_from(TransferOrder)).one()
    beds_total, beds_taken = session.execute(select(     # the facilities in use: capacity
        func.coalesce(func.sum(Facility.beds_total), 0),
        func.coalesce(func.sum(Facility.beds_taken), 0)).where(Facility.active.is_(True))).one()
    registered = session.execute(
        select(func.coalesce(func.sum(Community.registered_persons), 0))).scalar_one()
    return DashboardSummary(
        as_of=as_date(last_visit) if last_visit is not None else None,
        persons_registered=int(registered),
        persons_screened=running,
        open_cases_by_category={category: by_category.get(category, 0) for category in categories},
        persons_admitted=int(admitted),
        transfers_total=int(total),
        transfers_under_way=int(under_way),
        beds_total=int(beds_total),
        beds_taken=int(beds_taken),
        cumulative_screened=tuple(cumulative),
    )
