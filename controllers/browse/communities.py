"""The community list: register figures and door-to-door coverage, a page at a time.

Coverage is counted only for the communities on the page being shown: at district scale the
visit table holds a million rows, and a view of twenty communities must not count them all.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from controllers.browse.row_source import (Column, Filters, Kind, Row, SortOrder, SqlRowSource,
                                           plain, starts_with)
from controllers.browse.vocabulary import DONE_OUTCOMES
from models.geography import Community, PoliceStation
from models.screening import Visit


def coverage_percent(done: int, registered: int) -> float | None:
    """Households with an outcome over households in the register; None when none registered."""
    if registered <= 0:
        return None
    return round(100.0 * done / registered, 1)


class CommunityRows(SqlRowSource):
    """Filters: `name` (starts with), `station_id`, `area_kind`."""

    columns = (
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT, sortable=True),
        Column("area_kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.AREA_KIND),
        Column("households", QT_TRANSLATE_NOOP("Column", "Households"), Kind.COUNT, sortable=True),
        Column("persons", QT_TRANSLATE_NOOP("Column", "Persons"), Kind.COUNT, sortable=True),
        Column("households_done", QT_TRANSLATE_NOOP("Column", "Households done"), Kind.COUNT),
        Column("coverage", QT_TRANSLATE_NOOP("Column", "Coverage"), Kind.PERCENT),
    )
    filter_keys = frozenset({"name", "station_id", "area_kind"})
    default_order = SortOrder("station")
    keyset_columns = frozenset({"station", "name", "households", "persons"})

    def id_column(self) -> ColumnElement[int]:
        return Community.id

    def sort_expressions(self) -> Mapping[str, ColumnElement[Any]]:
        return {"station": PoliceStation.name, "name": Community.name,
                "households": Community.registered_households,
                "persons": Community.registered_persons}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[Any]:
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
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        done = dict(session.execute(
            select(Visit.community_id, func.count(func.distinct(Visit.household_id)))
            .where(Visit.community_id.in_(ids), Visit.outcome.in_(DONE_OUTCOMES))
            .group_by(Visit.community_id)).all())
        rows: dict[int, Row] = {}
        for ident, station, name, kind, households, persons in session.execute(
                select(Community.id, PoliceStation.name, Community.name, Community.area_kind,
                       Community.registered_households, Community.registered_persons)
                .join(PoliceStation, PoliceStation.id == Community.station_id)
                .where(Community.id.in_(ids))):
            households_done = int(done.get(ident, 0))
            rows[ident] = (ident, station, name, plain(kind), households, persons,
                           households_done, coverage_percent(households_done, households))
        return rows
