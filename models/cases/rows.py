"""The case list of the four categories, and how many cases sit in each category and status.

The counts answer the question the chips above the list ask ("how many confirmed right now?")
with one GROUP BY each, under the same filters as the list except the one being counted.

The search box finds a case by its person, as the register does; for a reader who sees
identifiers masked (`masked`) by a whole ID or a whole phone only, each such search reported
to `audit` (models/register/person_search.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, select

from models.cases.workflow import CATEGORY_ORDER
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.login_mode import has_identifier_lookup
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.pinyin import name_key
from models.register.person_search import AuditedSearches, SearchAudit, common_condition, person_condition
from models.schema.cases import Case
from models.schema.geography import Community, PoliceStation
from models.schema.register import Person
from models.translatable import QT_TRANSLATE_NOOP

# Most serious first: the order of the chips and of a sort by category.
MOST_SERIOUS_FIRST: tuple[str, ...] = tuple(category.value for category in reversed(CATEGORY_ORDER))
SEVERITY = case({value: rank for rank, value in enumerate(MOST_SERIOUS_FIRST)},
                value=Case.category, else_=len(MOST_SERIOUS_FIRST))


class CaseRows(SqlRowSource):
    """Filters: `category`, `status`, `station_id`, `community_id`, `open_only` (bool), `name`
    (starts with), `text` (a name's start, a resident ID or its last digits, a phone's start),
    `opened_from` / `opened_until` (dates, inclusive)."""

    columns: tuple[Column, ...] = (
        Column("person", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT, sortable=True),
        Column("category", QT_TRANSLATE_NOOP("Column", "Category"), Kind.CATEGORY, sortable=True),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.CASE_STATUS, sortable=True),
        # Shown as the time in status (ui/cases/time_in_status.py), sorted by its start.
        Column("status_since", QT_TRANSLATE_NOOP("Column", "Time in status"), Kind.DATETIME,
               sortable=True),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT, sortable=True),
        Column("last_action", QT_TRANSLATE_NOOP("Column", "Last action"), Kind.WRITTEN),
    )
    filter_keys = frozenset({"category", "status", "station_id", "community_id", "open_only",
                             "name", "text", "opened_from", "opened_until"})
    default_order = SortOrder("status_since", descending=True)
    keyset_columns = frozenset({"person", "status", "status_since", "community"})

    def __init__(self, database: Database, *, masked: bool = False,
                 audit: SearchAudit | None = None, masked_views: bool = False) -> None:
        super().__init__(database)
        self.masked = masked
        self.masked_views = masked_views   # as PersonRows's
        self.searches = AuditedSearches(audit if masked else None)

    def count(self, filters: Filters) -> int:
        found = super().count(filters)
        self.searches.counted(str(filters.get("text") or ""), found)
        return found

    def id_column(self) -> SqlColumn[int]:
        return Case.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"person": Person.name_pinyin, "category": SEVERITY, "status": Case.status,
                "status_since": Case.status_since, "community": Community.name}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Case.id)
        if order is not None and order.column == "person":
            statement = statement.join(Person, Person.id == Case.person_id)
        if order is not None and order.column == "community":
            statement = statement.join(Community, Community.id == Case.community_id)
        return self._where(statement, filters, walked=order is not None)

    def _where(self, statement: Select[*tuple[Any, ...]], filters: Filters, *, skip: str = "",
               walked: bool = False) -> Select[*tuple[Any, ...]]:
        """`walked`: the statement reads cases in an order, a page at a time (not a count)."""
        if filters.get("category") and skip != "category":
            statement = statement.where(Case.category == filters["category"])
        if filters.get("status") and skip != "status":
            statement = statement.where(Case.status == filters["status"])
        if filters.get("community_id") is not None:
            statement = statement.where(Case.community_id == filters["community_id"])
        if filters.get("station_id") is not None:
            statement = statement.where(Case.community_id.in_(
                select(Community.id).where(Community.station_id == filters["station_id"])))
        if filters.get("opened_from") is not None:
            statement = statement.where(Case.opened_at >= datetime.combine(
                filters["opened_from"], time.min))
        if filters.get("opened_until") is not None:
            statement = statement.where(Case.opened_at < datetime.combine(
                filters["opened_until"] + timedelta(days=1), time.min))
        condition = person_condition(
            self.database.kind, str(filters.get("text") or ""), self.masked,
            lookup=self.masked_views and has_identifier_lookup(self.database))
        if condition is not None:
            statement = statement.where(self._of_persons(condition, walked))
        if filters.get("open_only"):
            statement = statement.where(Case.is_open.is_(True))
        if filters.get("name"):
            statement = statement.where(self._of_persons(
                starts_with(self.database.kind, Person.name, filters["name"]), walked))
        return statement

    def _of_persons(self, condition: ColumnElement[bool], walked: bool) -> ColumnElement[bool]:
        """Cases of the persons `condition` selects. SQLite reads every such person first; for a
        name's start shared by tens of thousands (a one-character surname: 张 is about 70,000 of
        a million) walking the cases in the board's order and checking each case's person finds
        a page far sooner (6 ms against 130 ms), while for a rarer name the walk would visit
        every case (200 ms against 1 ms), and so would a count. So for a page SQLite is told
        which, from a capped count asked once per condition. PostgreSQL's planner weighs this
        itself."""
        if walked and self.database.kind == "sqlite" and common_condition(self.database,
                                                                          condition):
            return exists(select(Person.id).where(Person.id == Case.person_id, condition)
                          .correlate(Case))
        return Case.person_id.in_(select(Person.id).where(condition))

    def sort_value(self, row: Row, key: str) -> Any:
        """Names are sorted by their pinyin key, the one written with every name
        (models/pinyin.py): worked out again from the name shown."""
        if key == "person":
            return name_key(str(super().sort_value(row, key) or ""))
        return super().sort_value(row, key)

    def row_statement(self) -> Select[*tuple[Any, ...]]:
        return (select(Case.id, Person.name, Case.category, Case.status, Case.status_since,
                       Community.name, Case.last_action)
                .join(Person, Person.id == Case.person_id)
                .join(Community, Community.id == Case.community_id))

    def _counts(self, column: SqlColumn[Any], filters: Filters, skip: str) -> dict[str, int]:
        self.check_filters(filters)
        def statement() -> Select[*tuple[Any, ...]]:
            return self._where(select(column, func.count()).select_from(Case), filters,
                               skip=skip).group_by(column)
        # On a held connection, compiled once per filters: one round trip each, where a session
        # took four (held_reads.py).
        key = ("counts", skip, tuple(sorted((name, repr(value)) for name, value in filters.items())))
        return {plain(found): int(number)
                for found, number in self._held_questions().fetch(key, statement)}

    def counts_by_category(self, filters: Filters) -> dict[str, int]:
        """Cases per category under `filters`, ignoring any category filter."""
        return self._counts(Case.category, filters, skip="category")

    def counts_by_status(self, filters: Filters) -> dict[str, int]:
        """Cases per status under `filters`, ignoring any status filter."""
        return self._counts(Case.status, filters, skip="status")

    def places(self) -> list[tuple[int, str, list[tuple[int, str]]]]:
        """Stations and their communities for the place filter (a district has a few hundred)."""
        with self.database.sessions() as session:
            stations = session.execute(select(PoliceStation.id, PoliceStation.name)
                                       .order_by(PoliceStation.name)).all()
            communities = session.execute(select(Community.station_id, Community.id,
                                                 Community.name).order_by(Community.name)).all()
        by_station: dict[int, list[tuple[int, str]]] = {}
        for station_id, community_id, name in communities:
            by_station.setdefault(station_id, []).append((community_id, name))
        return [(i, name, by_station.get(i, [])) for i, name in stations]
