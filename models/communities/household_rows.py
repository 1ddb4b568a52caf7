"""A community's households, and its gap list, a page at a time.

One community can hold 10,000 households (the whole district 400,000), so both lists page in
SQL like every other row source; a household's latest outcome is computed for its page only.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, func, select
from sqlalchemy.orm import Session

from models.communities.coverage import gap_households, household_visit_summary
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.held_reads import fetch_held
from models.db.row_source import (
    Column,
    Filters,
    Kind,
    Row,
    SortOrder,
    SqlRowSource,
    UnknownFilter,
    plain,
    starts_with,
)
from models.schema.register import Household, Person
from models.schema.screening import Visit
from models.translatable import QT_TRANSLATE_NOOP

Clock = Callable[[], datetime]
# Stored outcomes are shown through the UI's label table for visit outcomes: kind TEXT + this key.
OUTCOME_COLUMN = "last_outcome"


def _last_outcomes(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Each household's latest visit outcome (its newest visit by time, then id)."""
    newest = (select(Visit.household_id, func.max(Visit.visited_at).label("at"))
              .where(Visit.household_id.in_(ids)).group_by(Visit.household_id).subquery())
    rows = session.execute(
        select(Visit.household_id, Visit.outcome, Visit.id)
        .join(newest, (newest.c.household_id == Visit.household_id)
              & (newest.c.at == Visit.visited_at))
        .order_by(Visit.id))
    return {int(household): plain(outcome) for household, outcome, _ident in rows}


class HouseholdRows(SqlRowSource):
    """Filters: `community_id` (required in practice), `building`, `door` (starts with)."""

    columns: tuple[Column, ...] = (
        Column("building", QT_TRANSLATE_NOOP("Column", "Building"), Kind.TEXT, sortable=True),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit"), Kind.TEXT),
        Column("door", QT_TRANSLATE_NOOP("Column", "Door"), Kind.TEXT),
        Column("members", QT_TRANSLATE_NOOP("Column", "Members"), Kind.COUNT),
        Column(OUTCOME_COLUMN, QT_TRANSLATE_NOOP("Column", "Latest outcome"), Kind.TEXT),
        Column("last_visit", QT_TRANSLATE_NOOP("Column", "Last visit"), Kind.DATETIME),
        Column("visits", QT_TRANSLATE_NOOP("Column", "Visits"), Kind.COUNT),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
    )
    filter_keys = frozenset({"community_id", "building", "door"})
    default_order = SortOrder("building")
    keyset_columns = frozenset({"building"})

    def id_column(self) -> SqlColumn[int]:
        return Household.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"building": Household.building}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Household.id)
        if filters.get("community_id") is not None:
            statement = statement.where(Household.community_id == filters["community_id"])
        if filters.get("building"):
            statement = statement.where(Household.building == filters["building"])
        if filters.get("door"):
            statement = statement.where(starts_with(self.database.kind, Household.door,
                                                    str(filters["door"])))
        return statement

    def row_statement(self) -> Select[*tuple[Any, ...]]:
        """The rows in one statement, each figure a subquery one index answers (persons by
        household, visits by household): a page is one wait for the server, on the prepared
        path (prepared_pages.py), where `load_rows` in a session waits seven times."""
        def of_household(column: Any, *where: Any) -> Any:
            return (select(column).where(*where).correlate(Household).scalar_subquery())
        visit_here = Visit.household_id == Household.id
        last_outcome = (select(Visit.outcome).where(visit_here)
                        .order_by(Visit.visited_at.desc(), Visit.id.desc()).limit(1)
                        .correlate(Household).scalar_subquery())
        return select(Household.id, Household.building, Household.unit, Household.door,
                      of_household(func.count(), Person.household_id == Household.id),
                      last_outcome, of_household(func.max(Visit.visited_at), visit_here),
                      of_household(func.count(), visit_here), Household.address)

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        members = dict(session.execute(
            select(Person.household_id, func.count()).where(Person.household_id.in_(ids))
            .group_by(Person.household_id)).all())
        summary = {row.household_id: row for row in session.execute(
            household_visit_summary(None, datetime.min, household_ids=ids))}
        outcomes = _last_outcomes(session, ids)
        rows: dict[int, Row] = {}
        for ident, building, unit, door, address in session.execute(
                select(Household.id, Household.building, Household.unit, Household.door,
                       Household.address).where(Household.id.in_(ids))):
            visits = summary.get(ident)
            rows[ident] = (ident, building, unit, door, int(members.get(ident, 0)),
                           outcomes.get(ident), visits.last_visit_at if visits else None,
                           int(visits.visits) if visits else 0, address)
        return rows


class GapRows:
    """不漏一户: households without a finished outcome, and those with a person to find (不漏一人),
    the longest-waiting door first.

    Filters: `community_id` (required), `due_only`, `building`, `door` (starts with)."""

    columns: tuple[Column, ...] = (
        Column("building", QT_TRANSLATE_NOOP("Column", "Building"), Kind.TEXT),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit"), Kind.TEXT),
        Column("door", QT_TRANSLATE_NOOP("Column", "Door"), Kind.TEXT),
        Column(OUTCOME_COLUMN, QT_TRANSLATE_NOOP("Column", "Latest outcome"), Kind.TEXT),
        Column("last_visit", QT_TRANSLATE_NOOP("Column", "Last visit"), Kind.DATETIME),
        Column("visits", QT_TRANSLATE_NOOP("Column", "Visits"), Kind.COUNT),
        Column("due", QT_TRANSLATE_NOOP("Column", "Due"), Kind.COUNT),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
        # Named on a contact-tracing list and not found yet: the team asks for them at the door.
        Column("to_find", QT_TRANSLATE_NOOP("Column", "To find"), Kind.COUNT),
    )
    filter_keys = frozenset({"community_id", "due_only", "building", "door"})
    default_order = SortOrder("last_visit")

    def __init__(self, database: Database, clock: Clock = datetime.now) -> None:
        self.database = database
        self.clock = clock

    def _statement(self, filters: Filters) -> Select[*tuple[Any, ...]]:
        unknown = set(filters) - self.filter_keys
        if unknown:
            raise UnknownFilter(f"GapRows has no filter {sorted(unknown)}")
        community = filters.get("community_id")
        if community is None:
            raise UnknownFilter("GapRows needs a community_id")
        statement = gap_households(int(community), self.clock(),
                                   due_only=bool(filters.get("due_only")),
                                   building=filters.get("building") or None)
        if filters.get("door"):
            statement = statement.where(starts_with(self.database.kind, Household.door,
                                                    str(filters["door"])))
        return statement

    def count(self, filters: Filters) -> int:
        statement = select(func.count()).select_from(self._statement(filters).subquery())
        return int(fetch_held(self.database, statement)[0][0])   # one round trip

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        if limit <= 0:
            return []
        gaps = self._statement(filters).subquery()
        statement = select(gaps).order_by(*self._order(gaps)).offset(offset).limit(limit)
        return [(int(row[0]), row[1], row[2], row[3], plain(row[5]), row[6], int(row[7]),
                 int(row[8]), row[4], int(row[9]) or None)
                for row in fetch_held(self.database, statement)]

    def position(self, filters: Filters, order: SortOrder, row_id: int) -> int | None:
        """Where the household stands in the gap list (None: not in it any more). A community's
        gaps are a few thousand rows at most: numbering them in the list's order is cheap."""
        gaps = self._statement(filters).subquery()
        numbered = select(gaps.c.id, func.row_number().over(order_by=self._order(gaps))
                          .label("number")).subquery()
        with self.database.sessions() as session:
            number = session.execute(select(numbered.c.number)
                                     .where(numbered.c.id == row_id)).scalar()
        return None if number is None else int(number) - 1

    @staticmethod
    def _order(gaps: Subquery) -> tuple[ColumnElement[Any], ...]:
        """The longest-waiting door first: never visited, then the oldest last visit."""
        return gaps.c.last_visit_at.asc().nulls_first(), gaps.c.id


def buildings(session: Session, community_id: int) -> list[str]:
    """The community's buildings (楼栋 / 组), for the building filter: a few dozen values."""
    return [str(value) for value in session.scalars(
        select(Household.building).where(Household.community_id == community_id)
        .distinct().order_by(Household.building))]
