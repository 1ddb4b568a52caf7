"""The 辖区资料 lists of people and things: teams, responders, vehicles and supply stock.

Responders' resident IDs and phones come masked by the database unless the reader may see
them in full (as the register's do): a role that may not see them never receives them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from models.accounts.masking import masked_phone_sql, masked_resident_id_sql
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain
from models.district.rows import IN_USE, MasterList
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.supplies import SupplyStock
from models.schema.teams import Lodging, Responder, Team, team_community
from models.translatable import QT_TRANSLATE_NOOP

SERVED_SHOWN = 6      # communities named in a team's row; the rest counted


class TeamList(MasterList):
    model = Team
    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Team"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.TEAM_KIND),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("communities", QT_TRANSLATE_NOOP("Column", "Communities served"), Kind.TEXT),
        IN_USE,
    )
    keyset_columns = frozenset({"name", "station"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"name": Team.name, "station": PoliceStation.name}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        served: dict[int, list[str]] = defaultdict(list)
        for team_id, name in session.execute(
                select(team_community.c.team_id, Community.name)
                .join(Community, Community.id == team_community.c.community_id)
                .where(team_community.c.team_id.in_(ids)).order_by(Community.name)):
            served[int(team_id)].append(name)
        rows: dict[int, Row] = {}
        for ident, name, kind, station, active in session.execute(
                select(Team.id, Team.name, Team.kind, PoliceStation.name, Team.active)
                .join(PoliceStation, PoliceStation.id == Team.station_id)
                .where(Team.id.in_(ids))):
            names = served[ident]
            shown = "、".join(names[:SERVED_SHOWN]) + (f" +{len(names) - SERVED_SHOWN}"
                                                      if len(names) > SERVED_SHOWN else "")
            rows[ident] = (ident, name, plain(kind), station, shown, active)
        return rows


class ResponderList(MasterList):
    model = Responder
    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT, sortable=True),
        Column("resident_id", QT_TRANSLATE_NOOP("Column", "Resident ID"), Kind.TEXT),
        Column("phone", QT_TRANSLATE_NOOP("Column", "Phone"), Kind.TEXT),
        Column("role", QT_TRANSLATE_NOOP("Column", "Role"), Kind.RESPONDER_ROLE),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit or agency"), Kind.TEXT),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("lodging", QT_TRANSLATE_NOOP("Column", "Lodging"), Kind.TEXT),
        IN_USE,
    )
    keyset_columns = frozenset({"name", "station"})

    def __init__(self, database: Database, *, sees_full: bool) -> None:
        super().__init__(database)
        self.sees_full = sees_full

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"name": Responder.name, "station": PoliceStation.name}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        resident_id: SqlColumn[Any] = Responder.resident_id
        phone: SqlColumn[Any] = Responder.phone
        if not self.sees_full:   # masked by the database: full identifiers never arrive
            resident_id = masked_resident_id_sql(self.database.kind, Responder.resident_id)
            phone = masked_phone_sql(self.database.kind, Responder.phone)
        lodging = aliased(Lodging)
        return {ident: (ident, name, rid or "", number or "", plain(role), unit or "", station,
                        lodged or "", active)
                for ident, name, rid, number, role, unit, station, lodged, active in session.execute(
                    select(Responder.id, Responder.name, resident_id, phone, Responder.role,
                           Responder.unit, PoliceStation.name, lodging.name, Responder.active)
                    .join(PoliceStation, PoliceStation.id == Responder.station_id)
                    .outerjoin(lodging, lodging.id == Responder.lodging_id)
                    .where(Responder.id.in_(ids)))}


class VehicleList(MasterList):
    model = Vehicle
    searched = ("plate",)
    default_order = SortOrder("plate")
    columns: tuple[Column, ...] = (
        Column("plate", QT_TRANSLATE_NOOP("Column", "Plate"), Kind.TEXT, sortable=True),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("team", QT_TRANSLATE_NOOP("Column", "Team"), Kind.TEXT),
        Column("seats", QT_TRANSLATE_NOOP("Column", "Seats"), Kind.COUNT),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.VEHICLE_STATUS,
               sortable=True),
        IN_USE,
    )
    keyset_columns = frozenset({"plate", "station", "status"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"plate": Vehicle.plate, "station": PoliceStation.name, "status": Vehicle.status}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        return {ident: (ident, plate, station, team or "", seats, plain(status), active)
                for ident, plate, station, team, seats, status, active in session.execute(
                    select(Vehicle.id, Vehicle.plate, PoliceStation.name, Team.name,
                           Vehicle.seats, Vehicle.status, Vehicle.active)
                    .join(PoliceStation, PoliceStation.id == Vehicle.station_id)
                    .outerjoin(Team, Team.id == Vehicle.team_id)
                    .where(Vehicle.id.in_(ids)))}


class StockList(SqlRowSource):
    """Filters: `station_id`. A stock line is never retired, so it has no `active_only`."""

    columns: tuple[Column, ...] = (
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("item", QT_TRANSLATE_NOOP("Column", "Item"), Kind.SUPPLY_ITEM),
        Column("quantity", QT_TRANSLATE_NOOP("Column", "In stock"), Kind.COUNT, sortable=True),
        Column("low_stock_days", QT_TRANSLATE_NOOP("Column", "Low below (days)"), Kind.COUNT),
    )
    filter_keys = frozenset({"station_id"})
    default_order = SortOrder("station")
    keyset_columns = frozenset({"station", "quantity"})

    def id_column(self) -> SqlColumn[int]:
        return SupplyStock.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"station": PoliceStation.name, "quantity": SupplyStock.quantity}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(SupplyStock.id)
        if order is not None and order.column == "station":
            statement = statement.join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
        if filters.get("station_id") is not None:
            statement = statement.where(SupplyStock.station_id == filters["station_id"])
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        return {ident: (ident, station, plain(item), quantity, days)
                for ident, station, item, quantity, days in session.execute(
                    select(SupplyStock.id, PoliceStation.name, SupplyStock.item,
                           SupplyStock.quantity, SupplyStock.low_stock_days)
                    .join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
                    .where(SupplyStock.id.in_(ids)))}
