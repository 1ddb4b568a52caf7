"""The community list: register figures and door-to-door coverage, a page at a time.

Coverage is read only for the communities on the page being shown, from the tallies the
database keeps as visits are written (models/schema/tallies.py): at district scale the visit table holds
a million rows, and no refresh counts them. The reading itself is models.communities.coverage's, so every
screen and sheet counts alike.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, Select, select
from sqlalchemy.orm import Session

from models.communities.coverage import (
    REVISIT_AFTER,
    coverage_by_community,
    coverage_figures,
    coverage_percent,
    households_done_ratio,
    lags_behind,
    open_doors,
)
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.held_reads import driver_value
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.schema.geography import Community, PoliceStation
from models.translatable import QT_TRANSLATE_NOOP

__all__ = ["CommunityRows", "Place", "places", "station_choices"]

Clock = Callable[[], datetime]
# A station, its name, and its communities (id, name): a list's place filter.
Place = tuple[int, str, list[tuple[int, str]]]


class CommunityRows(SqlRowSource):
    """Filters: `name` (starts with), `station_id`, `area_kind`, `ids` (a set of communities)."""

    columns: tuple[Column, ...] = (
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT, sortable=True),
        Column("area_kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.AREA_KIND),
        Column("households", QT_TRANSLATE_NOOP("Column", "Households"), Kind.COUNT, sortable=True),
        Column("persons", QT_TRANSLATE_NOOP("Column", "Persons"), Kind.COUNT, sortable=True),
        Column("households_done", QT_TRANSLATE_NOOP("Column", "Households done"), Kind.COUNT),
        Column("coverage", QT_TRANSLATE_NOOP("Column", "Coverage"), Kind.PERCENT, sortable=True),
        Column("persons_screened", QT_TRANSLATE_NOOP("Column", "Persons screened"), Kind.COUNT),
        Column("open_doors", QT_TRANSLATE_NOOP("Column", "Open doors"), Kind.COUNT),
        Column("revisits_due", QT_TRANSLATE_NOOP("Column", "Revisits due"), Kind.COUNT),
        Column("visits_today", QT_TRANSLATE_NOOP("Column", "Visits today"), Kind.COUNT),
        Column("daily_target", QT_TRANSLATE_NOOP("Column", "Daily target"), Kind.COUNT,
               sortable=True),
        Column("work_groups", QT_TRANSLATE_NOOP("Column", "Work groups"), Kind.COUNT),
        Column("last_visit", QT_TRANSLATE_NOOP("Column", "Last visit"), Kind.DATETIME),
    )
    filter_keys = frozenset({"name", "station_id", "area_kind", "ids"})
    default_order = SortOrder("station")
    keyset_columns = frozenset({"station", "name", "households", "persons", "daily_target"})
    # Communities per page: about a screenful. Each page's coverage reads its communities'
    # tallies and counts its households (some 2,000 each at district scale) for the revisits
    # due (bench/community_list.py), so a view asks for no more at a time.
    page_size = 25

    def __init__(self, database: Database, clock: Clock = datetime.now) -> None:
        super().__init__(database)
        self.clock = clock

    def id_column(self) -> SqlColumn[int]:
        return Community.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"station": PoliceStation.name, "name": Community.name,
                "households": Community.registered_households,
                "persons": Community.registered_persons,
                "daily_target": Community.daily_visit_target,
                "coverage": coverage_ratio()}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Community.id)
        if order is not None and order.column == "station":
            statement = statement.join(PoliceStation, PoliceStation.id == Community.station_id)
        if filters.get("name"):
            statement = statement.where(starts_with(self.database.kind, Community.name,
                                                    filters["name"]))
        if filters.get("station_id") is not None:
            statement = statement.where(Community.station_id == filters["station_id"])
        if filters.get("area_kind"):
            statement = statement.where(Community.area_kind == filters["area_kind"])
        if filters.get("ids") is not None:
            statement = statement.where(Community.id.in_(list(filters["ids"])))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        coverage = coverage_by_community(session, ids, self.clock())
        rows: dict[int, Row] = {}
        for ident, station, name, kind, households, persons, target in session.execute(
                select(Community.id, PoliceStation.name, Community.name, Community.area_kind,
                       Community.registered_households, Community.registered_persons,
                       Community.daily_visit_target)
                .join(PoliceStation, PoliceStation.id == Community.station_id)
                .where(Community.id.in_(ids))):
            figures = coverage[ident]
            done = figures.households_done
            rows[ident] = (ident, station, name, plain(kind), households, persons, done,
                           coverage_percent(done, households), figures.persons_screened,
                           open_doors(households, done), figures.revisits_due,
                           figures.visits_today, target, figures.work_groups,
                           figures.last_visit_at)
        return rows

    def page_in_one(self, key: Hashable, filters: Filters,
                    ids: Callable[[], Select[*tuple[Any, ...]]], sort: SqlColumn[Any],
                    descending: bool) -> list[Row]:
        """The page and its coverage in one statement: one wait for the server where the ids,
        the coverage and the rows in a session took six (bench/slow_link.py). Compiled once per
        question (it takes longer to compile than to run); the clock's values given each time."""
        now, database = self.clock(), self.database

        def build() -> Select[*tuple[Any, ...]]:
            ident = Community.id
            return (select(Community.id, PoliceStation.name, Community.name,
                           Community.area_kind, Community.registered_households,
                           Community.registered_persons, Community.daily_visit_target,
                           *coverage_figures(now.date(), now - REVISIT_AFTER))
                    .join(PoliceStation, PoliceStation.id == Community.station_id)
                    .where(Community.id.in_(ids().correlate(None)))
                    .order_by(*((sort.desc(), ident.desc()) if descending
                                else (sort.asc(), ident.asc()))))
        given = {"today": driver_value(database, Date(), now.date()),
                 "cutoff": driver_value(database, DateTime(), now - REVISIT_AFTER)}
        rows: list[Row] = []
        found = self._held_questions().fetch(key, build, given)
        for (ident_value, station, name, kind, households, persons, target, done, screened,
             today, counted, settled, groups, last) in found:
            done = int(done)
            rows.append((ident_value, station, name, plain(kind), households, persons, done,
                         coverage_percent(done, households), int(screened),
                         open_doors(households, done), max(int(counted) - int(settled), 0),
                         int(today), target, int(groups), last))
        return rows

    def lagging(self, visits_today: int | None, daily_target: int | None) -> bool:
        """Is a row behind its daily target now? (The view colours such rows.)"""
        return lags_behind(int(visits_today or 0), int(daily_target or 0), self.clock())


def coverage_ratio() -> ColumnElement[float]:
    """Households done over households registered, per community, as SQL to order by: "the
    laggards first" is a sort by coverage, read from the day tallies the database keeps."""
    return households_done_ratio()


def station_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every police station, for the station filter: a score of rows."""
    return [(int(ident), str(name)) for ident, name in session.execute(
        select(PoliceStation.id, PoliceStation.name).order_by(PoliceStation.code))]


def places(session: Session) -> list[Place]:
    """Stations and their communities for a place filter (a district has a few hundred)."""
    stations = session.execute(select(PoliceStation.id, PoliceStation.name)
                               .order_by(PoliceStation.name)).all()
    communities = session.execute(select(Community.station_id, Community.id, Community.name)
                                  .order_by(Community.name)).all()
    by_station: dict[int, list[tuple[int, str]]] = {}
    for station_id, community_id, name in communities:
        by_station.setdefault(station_id, []).append((community_id, name))
    return [(int(i), str(name), by_station.get(i, [])) for i, name in stations]
