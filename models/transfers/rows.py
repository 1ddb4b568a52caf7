"""Transfer orders for the transfers view: the history (newest first, filtered by status, dates,
station, facility) and the active board (every trip under way or whose vehicle still waits for
disinfection, oldest first, with the time each step took and how far it is overdue)."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, or_, select, true
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.dialect import minutes_between
from models.db.held_reads import fetch_held
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.schema.fleet import Vehicle
from models.schema.geography import PoliceStation
from models.schema.register import Person
from models.schema.teams import Team
from models.schema.transfers import TransferOrder
from models.transfers.workflow import ACTIVE, STAMPS, overdue_limits, overdue_minutes
from models.translatable import QT_TRANSLATE_NOOP

RESPONSE_MINUTES = minutes_between(TransferOrder.dispatched_at, TransferOrder.on_scene_at)


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    """A step's duration; never negative, even when a workstation whose clock runs a little
    ahead stamped the step after this one's "now"."""
    if start is None or end is None:
        return None
    return max(0.0, round((end - start).total_seconds() / 60.0, 1))


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min)


class TransferRows(SqlRowSource):
    """Filters: `status`, `facility_id`, `number` (starts with), `station_id` (the team's),
    `since` and `until` (dates, inclusive, on the order time).
    Response time is on scene − dispatched, in minutes; empty until the team is on scene."""

    columns: tuple[Column, ...] = (
        Column("number", QT_TRANSLATE_NOOP("Column", "Order no."), Kind.TEXT, sortable=True),
        Column("person", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT),
        Column("facility", QT_TRANSLATE_NOOP("Column", "Destination"), Kind.TEXT),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.TRANSFER_STATUS, sortable=True),
        Column("ordered_at", QT_TRANSLATE_NOOP("Column", "Ordered"), Kind.DATETIME, sortable=True),
        Column("response", QT_TRANSLATE_NOOP("Column", "Response"), Kind.MINUTES),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT),
        Column("plate", QT_TRANSLATE_NOOP("Column", "Vehicle"), Kind.TEXT),
    )
    filter_keys = frozenset({"status", "facility_id", "number", "station_id", "since", "until"})
    default_order = SortOrder("ordered_at", descending=True)
    keyset_columns = frozenset({"number", "status", "ordered_at"})

    def id_column(self) -> SqlColumn[int]:
        return TransferOrder.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"number": TransferOrder.number, "status": TransferOrder.status,
                "ordered_at": TransferOrder.ordered_at}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(TransferOrder.id)
        if filters.get("status"):
            statement = statement.where(TransferOrder.status == filters["status"])
        if filters.get("facility_id") is not None:
            statement = statement.where(TransferOrder.facility_id == filters["facility_id"])
        if filters.get("station_id") is not None:
            statement = statement.where(TransferOrder.team_id.in_(
                select(Team.id).where(Team.station_id == filters["station_id"])))
        if filters.get("since") is not None:
            statement = statement.where(TransferOrder.ordered_at >= _day_start(filters["since"]))
        if filters.get("until") is not None:
            statement = statement.where(
                TransferOrder.ordered_at < _day_start(filters["until"]) + timedelta(days=1))
        if filters.get("number"):
            statement = statement.where(
                starts_with(self.database.kind, TransferOrder.number, filters["number"]))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        result = session.execute(
            select(TransferOrder.id, TransferOrder.number, Person.name, Facility.name,
                   TransferOrder.status, TransferOrder.ordered_at, RESPONSE_MINUTES,
                   PoliceStation.name, Vehicle.plate)
            .join(Case, Case.id == TransferOrder.case_id)
            .join(Person, Person.id == Case.person_id)
            .join(Facility, Facility.id == TransferOrder.facility_id)
            .outerjoin(Team, Team.id == TransferOrder.team_id)
            .outerjoin(PoliceStation, PoliceStation.id == Team.station_id)
            .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id)
            .where(TransferOrder.id.in_(ids)))
        return {row[0]: (*(plain(value) for value in row[:6]),
                         None if row[6] is None else round(float(row[6]), 1),
                         row[7] or "", row[8] or "")
                for row in result}


class ActiveTransferRows(SqlRowSource):
    """Trips under way and vehicles not yet disinfected, oldest order first. Columns after the
    status: how long each step took (the current one: until now) and minutes overdue (None
    while in time; thresholds in models/transfers/workflow.py). Filters: `station_id`, `overdue`
    (True: only those past their step's limit, for the count the view shows)."""

    columns: tuple[Column, ...] = (
        Column("number", QT_TRANSLATE_NOOP("Column", "Order no."), Kind.TEXT, sortable=True),
        Column("person", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT),
        Column("category", QT_TRANSLATE_NOOP("Column", "Category"), Kind.CATEGORY),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.TRANSFER_STATUS, sortable=True),
        Column("plate", QT_TRANSLATE_NOOP("Column", "Vehicle"), Kind.TEXT),
        Column("facility", QT_TRANSLATE_NOOP("Column", "Destination"), Kind.TEXT),
        Column("ordered_at", QT_TRANSLATE_NOOP("Column", "Ordered"), Kind.DATETIME, sortable=True),
        Column("to_dispatch", QT_TRANSLATE_NOOP("Column", "Until dispatched"), Kind.MINUTES),
        Column("response", QT_TRANSLATE_NOOP("Column", "Response"), Kind.MINUTES),
        Column("at_scene", QT_TRANSLATE_NOOP("Column", "At the scene"), Kind.MINUTES),
        Column("drive", QT_TRANSLATE_NOOP("Column", "Driving"), Kind.MINUTES),
        Column("in_step", QT_TRANSLATE_NOOP("Column", "In this step"), Kind.MINUTES),
        Column("overdue", QT_TRANSLATE_NOOP("Column", "Overdue by"), Kind.MINUTES),
    )
    filter_keys = frozenset({"station_id", "overdue"})
    clock_in_ids = True   # `overdue` is judged against now
    default_order = SortOrder("ordered_at")
    keyset_columns = frozenset({"number", "ordered_at"})

    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(database)
        self.clock = clock

    def id_column(self) -> SqlColumn[int]:
        return TransferOrder.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"number": TransferOrder.number, "status": TransferOrder.status,
                "ordered_at": TransferOrder.ordered_at}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(TransferOrder.id).where(or_(
            TransferOrder.status.in_(list(ACTIVE)), TransferOrder.holds_vehicle == true()))
        if filters.get("station_id") is not None:
            statement = statement.where(TransferOrder.team_id.in_(
                select(Team.id).where(Team.station_id == filters["station_id"])))
        if filters.get("overdue"):
            now = self.clock()
            statement = statement.where(or_(*(
                and_(TransferOrder.status == status, getattr(TransferOrder, stamp) < now - limit,
                     TransferOrder.holds_vehicle == true() if holding else TransferOrder.id > 0)
                for status, stamp, limit, holding in overdue_limits())))
        return statement

    @staticmethod
    def _rows() -> Select[*tuple[Any, ...]]:
        stamps = [getattr(TransferOrder, name) for name in STAMPS]
        return (select(TransferOrder.id, TransferOrder.number, Person.name, Case.category,
                       TransferOrder.status, Vehicle.plate, Facility.name,
                       TransferOrder.holds_vehicle, *stamps)
                .join(Case, Case.id == TransferOrder.case_id)
                .join(Person, Person.id == Case.person_id)
                .join(Facility, Facility.id == TransferOrder.facility_id)
                .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id))

    def page_in_one(self, key: Hashable, filters: Filters,
                    ids: Callable[[], Select[*tuple[Any, ...]]], sort: SqlColumn[Any],
                    descending: bool) -> list[Row]:
        """The board's page in one statement (one wait for the server, not a session's four),
        compiled once per question; but each time under `overdue`, whose ids depend on the
        clock."""
        ident = TransferOrder.id

        def build() -> Select[*tuple[Any, ...]]:
            return self._rows().where(ident.in_(ids().correlate(None))).order_by(
                *((sort.desc(), ident.desc()) if descending else (sort.asc(), ident.asc())))
        if filters.get("overdue"):
            return self._shaped(fetch_held(self.database, build()))
        return self._shaped(self._held_questions().fetch(key, build))

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        found = session.execute(self._rows().where(TransferOrder.id.in_(ids))).all()
        return {int(row[0]): row for row in self._shaped([tuple(row) for row in found])}

    def _shaped(self, fetched: Sequence[tuple[Any, ...]]) -> list[Row]:
        """The rows as shown: each step's minutes, the current one until now, and overdue."""
        now = self.clock()
        rows: list[Row] = []
        for row in fetched:
            ident, number, person, category, status, plate, facility, holds = row[:8]
            at = dict(zip(STAMPS, row[8:]))
            since = max(value for value in at.values() if value is not None)

            def step(start: str, end: str, at: dict[str, datetime | None] = at,
                     since: datetime = since) -> float | None:
                began = at[start]
                return _minutes(began, at[end] or (now if since == began else None))

            over = overdue_minutes(plain(status), since, now, bool(holds))
            rows.append((ident, number, person, plain(category), plain(status), plate or "",
                         facility, at["ordered_at"],
                         step("ordered_at", "dispatched_at"), step("dispatched_at", "on_scene_at"),
                         step("on_scene_at", "picked_up_at"), step("picked_up_at", "delivered_at"),
                         _minutes(since, now), None if over is None else round(over, 1)))
        return rows
