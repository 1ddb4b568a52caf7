"""The vehicles status board: plate, team, status and how long it has been in that status.

A vehicle waiting for disinfection for an hour is a vehicle a dispatcher cannot send; the
board puts the long waits where the eye goes first (sorted by time in status). A retired
vehicle is not on the board: it is never sent again (its trips keep naming it, and the
district's vehicle list shows it).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.schema.fleet import Vehicle
from models.schema.geography import PoliceStation
from models.schema.teams import Team
from models.translatable import QT_TRANSLATE_NOOP


class VehicleRows(SqlRowSource):
    """Vehicles in use only. Filters: `status`, `station_id`, `plate` (starts with)."""

    columns: tuple[Column, ...] = (
        Column("plate", QT_TRANSLATE_NOOP("Column", "Plate"), Kind.TEXT, sortable=True),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("team", QT_TRANSLATE_NOOP("Column", "Team"), Kind.TEXT),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.VEHICLE_STATUS, sortable=True),
        Column("since", QT_TRANSLATE_NOOP("Column", "In status since"), Kind.DATETIME, sortable=True),
        Column("minutes", QT_TRANSLATE_NOOP("Column", "Time in status"), Kind.MINUTES),
    )
    filter_keys = frozenset({"status", "station_id", "plate"})
    default_order = SortOrder("since")  # longest in its status first
    keyset_columns = frozenset({"plate", "since"})

    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(database)
        self.clock = clock

    def id_column(self) -> SqlColumn[int]:
        return Vehicle.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"plate": Vehicle.plate, "station": PoliceStation.name, "status": Vehicle.status,
                "since": Vehicle.status_since}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Vehicle.id).where(Vehicle.active.is_(True))
        if order is not None and order.column == "station":
            statement = statement.join(PoliceStation, PoliceStation.id == Vehicle.station_id)
        if filters.get("status"):
            statement = statement.where(Vehicle.status == filters["status"])
        if filters.get("station_id") is not None:
            statement = statement.where(Vehicle.station_id == filters["station_id"])
        if filters.get("plate"):
            statement = statement.where(starts_with(self.database.kind, Vehicle.plate, filters["plate"]))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        now = self.clock()
        rows: dict[int, Row] = {}
        for ident, plate, station, team, status, since in session.execute(
                select(Vehicle.id, Vehicle.plate, PoliceStation.name, Team.name, Vehicle.status,
                       Vehicle.status_since)
                .join(PoliceStation, PoliceStation.id == Vehicle.station_id)
                .outerjoin(Team, Team.id == Vehicle.team_id)
                .where(Vehicle.id.in_(ids))):
            minutes = max(0.0, (now - since).total_seconds() / 60.0)
            rows[ident] = (ident, plate, station, team or "", plain(status), since, minutes)
        return rows
