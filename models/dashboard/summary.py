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
from typing import Any

from sqlalchemy import ScalarSelect, Select, func, select, true

from models.cases.goals import DONE_STATUSES
from models.dashboard.figures import as_date
from models.db.database import Database
from models.db.driver_statements import DriverStatement, compile_for_driver
from models.enums import CaseCategory, TransferStatus
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
    # Of those, the ones where their category says they must be (the four 100%,
    # models/cases/goals.py): for the categories that have a goal.
    done_cases_by_category: dict[str, int] = field(default_factory=dict)
    persons_admitted: int = 0
    transfers_total: int = 0
    transfers_under_way: int = 0
    beds_total: int = 0
    beds_taken: int = 0
    cumulative_screened: tuple[tuple[date, int], ...] = ()

    @property
    def beds_free(self) -> int:
        return max(self.beds_total - self.beds_taken, 0)


def _curve() -> Select[date, int]:
    """Persons screened for the first time, per day: the curve's increments, summed over the
    communities' day tallies (models/schema/tallies.py; a few thousand rows, not two million
    results)."""
    screened = func.sum(CommunityDayTally.persons_first_screened)
    return (select(CommunityDayTally.day, screened)
            .group_by(CommunityDayTally.day).having(screened > 0)
            .order_by(CommunityDayTally.day))


def _count(statement: Select[Any]) -> ScalarSelect[Any]:
    return statement.scalar_subquery()


def _headline(categories: Sequence[str]) -> Select[Any]:
    """Every other figure in one statement (one round trip, one snapshot): the day of the latest
    visit (from the day tallies: a max over visits scans a million), persons registered, open
    cases per category, persons admitted, transfers and those under way, beds; then, for each of
    `categories` with a goal, its open cases where the goal says they must be."""
    tally, order = CommunityDayTally, TransferOrder
    return select(
        _count(select(func.max(tally.day)).where(tally.visits > 0)),
        _count(select(func.coalesce(func.sum(Community.registered_persons), 0))),
        _count(select(func.count(func.distinct(order.case_id)))
               .where(order.status.in_(DELIVERED))),
        _count(select(func.count()).select_from(order)),
        _count(select(func.count()).select_from(order).where(order.status.in_(UNDER_WAY))),
        _count(select(func.coalesce(func.sum(Facility.beds_total), 0))   # the facilities in use
               .where(Facility.active.is_(True))),
        _count(select(func.coalesce(func.sum(Facility.beds_taken), 0))
               .where(Facility.active.is_(True))),
        *(_count(select(func.count()).select_from(Case).where(
            Case.is_open == true(), Case.category == CaseCategory(category)))
          for category in categories),
        *(_count(select(func.count()).select_from(Case).where(
            Case.is_open == true(), Case.category == CaseCategory(category),
            Case.status.in_(sorted(DONE_STATUSES[CaseCategory(category)]))))
          for category in _with_goals(categories)))


def _with_goals(categories: Sequence[str]) -> list[str]:
    return [category for category in categories if CaseCategory(category) in DONE_STATUSES]


def _prepared(database: Database, categories: Sequence[str]) -> tuple[DriverStatement, DriverStatement]:
    """Both statements compiled once per database (the wall refreshes all day)."""
    key = ("dashboard_summary", tuple(categories))
    found: tuple[DriverStatement, DriverStatement] | None = database.memo.get(key)
    if found is None:
        dialect = database.engine.dialect
        found = (compile_for_driver(_curve(), dialect),
                 compile_for_driver(_headline(categories), dialect))
        database.memo[key] = found
    return found


def district_summary(database: Database, categories: Sequence[str]) -> DashboardSummary:
    """The district's headline figures; open cases for each of `categories`, in that order.
    Two statements on a held autocommit connection (models/db/held_connections.py): no pooled
    session, no transaction to begin and roll back around a read the wall repeats all day."""
    curve, headline = _prepared(database, categories)
    held = database.held
    cumulative: list[tuple[date, int]] = []
    running = 0
    for day, number in curve.rows(held.fetch_all(curve.sql, curve.parameters())):
        if day is not None:
            running += int(number)
            cumulative.append((as_date(day), running))
    figures = headline.rows(held.fetch_all(headline.sql, headline.parameters()))[0]
    last_visit, registered, admitted, total, under_way, beds_total, beds_taken = figures[:7]
    return DashboardSummary(
        as_of=as_date(last_visit) if last_visit is not None else None,
        persons_registered=int(registered),
        persons_screened=running,
        open_cases_by_category={category: int(number) for category, number in zip(
            categories, figures[7:7 + len(categories)], strict=True)},
        done_cases_by_category={category: int(number) for category, number in zip(
            _with_goals(categories), figures[7 + len(categories):], strict=True)},
        persons_admitted=int(admitted),
        transfers_total=int(total),
        transfers_under_way=int(under_way),
        beds_total=int(beds_total),
        beds_taken=int(beds_taken),
        cumulative_screened=tuple(cumulative),
    )
