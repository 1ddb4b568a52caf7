"""The 辖区资料 lists of places: stations, communities, facilities and lodging, a page at a time.

Every master list has the same three filters — `text` (name or code starts with), `station_id`
and `active_only` (retired rows hidden, the default on screen) — and shows whether each row is
in use, last (MasterList). Rows hold stored values; the words are the UI's.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.schema.base import Base
from models.schema.facilities import Facility, facility_accepts
from models.schema.geography import Community, PoliceStation
from models.schema.teams import Lodging, Responder
from models.translatable import QT_TRANSLATE_NOOP

IN_USE = Column("active", QT_TRANSLATE_NOOP("Column", "In use"), Kind.IN_USE)


class MasterList(SqlRowSource):
    """Filters: `text` (the searched columns start with), `station_id`, `active_only`."""

    model: ClassVar[type[Base]]
    searched: ClassVar[tuple[str, ...]] = ("name",)
    filter_keys = frozenset({"text", "station_id", "active_only"})
    default_order = SortOrder("name")
    keyset_columns = frozenset({"name"})

    def column(self, name: str) -> SqlColumn[Any]:
        return self.model.__table__.c[name]

    def id_column(self) -> SqlColumn[int]:
        return self.model.__table__.c.id

    def ordered(self, statement: Select[*tuple[Any, ...]],
                order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        """`statement` joined to what ordering by `order` needs (the station's name)."""
        if order is not None and order.column == "station":
            statement = statement.join(PoliceStation,
                                       PoliceStation.id == self.column("station_id"))
        return statement

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = self.ordered(select(self.id_column()), order)
        text = str(filters.get("text") or "").strip()
        if text:
            statement = statement.where(or_(*(
                starts_with(self.database.kind, self.column(name), text) for name in self.searched)))
        if filters.get("station_id") is not None:
            statement = statement.where(self.column("station_id") == filters["station_id"])
        if filters.get("active_only"):
            statement = statement.where(self.column("active").is_(True))
        return statement


class StationList(MasterList):
    model = PoliceStation
    searched = ("name", "code")
    filter_keys = frozenset({"text", "active_only"})
    columns: tuple[Column, ...] = (
        Column("code", QT_TRANSLATE_NOOP("Column", "Code"), Kind.TEXT, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Police station"), Kind.TEXT, sortable=True),
        Column("area_kind", QT_TRANSLATE_NOOP("Column", "Area"), Kind.AREA_KIND),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
        Column("communities", QT_TRANSLATE_NOOP("Column", "Communities"), Kind.COUNT),
        IN_USE,
    )
    keyset_columns = frozenset({"code", "name"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"code": PoliceStation.code, "name": PoliceStation.name}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        served = {int(station): int(number) for station, number in session.execute(
            select(Community.station_id, func.count()).where(Community.station_id.in_(ids),
                                                             Community.active.is_(True))
            .group_by(Community.station_id))}
        return {ident: (ident, code, name, plain(kind), address or "", served.get(ident, 0),
                        active)
                for ident, code, name, kind, address, active in session.execute(
                    select(PoliceStation.id, PoliceStation.code, PoliceStation.name,
                           PoliceStation.area_kind, PoliceStation.address, PoliceStation.active)
                    .where(PoliceStation.id.in_(ids)))}


class CommunityList(MasterList):
    model = Community
    searched = ("name", "code")
    columns: tuple[Column, ...] = (
        Column("code", QT_TRANSLATE_NOOP("Column", "Code"), Kind.TEXT, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT, sortable=True),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("area_kind", QT_TRANSLATE_NOOP("Column", "Area"), Kind.AREA_KIND),
        Column("households", QT_TRANSLATE_NOOP("Column", "Households"), Kind.COUNT),
        Column("persons", QT_TRANSLATE_NOOP("Column", "Persons"), Kind.COUNT),
        Column("target", QT_TRANSLATE_NOOP("Column", "Daily target"), Kind.COUNT),
        IN_USE,
    )
    keyset_columns = frozenset({"code", "name", "station"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"code": Community.code, "name": Community.name, "station": PoliceStation.name}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        return {row[0]: tuple(plain(value) for value in row) for row in session.execute(
            select(Community.id, Community.code, Community.name, PoliceStation.name,
                   Community.area_kind, Community.registered_households,
                   Community.registered_persons, Community.daily_visit_target, Community.active)
            .join(PoliceStation, PoliceStation.id == Community.station_id)
            .where(Community.id.in_(ids)))}


class FacilityList(MasterList):
    """Filters as every master list (a facility has no station: `station_id` is not one)."""
    model = Facility
    searched = ("name", "code")
    filter_keys = frozenset({"text", "active_only"})
    columns: tuple[Column, ...] = (
        Column("code", QT_TRANSLATE_NOOP("Column", "Code"), Kind.TEXT, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Facility"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.FACILITY_KIND),
        Column("accepts", QT_TRANSLATE_NOOP("Column", "Takes"), Kind.CATEGORIES),
        Column("beds_total", QT_TRANSLATE_NOOP("Column", "Beds"), Kind.COUNT, sortable=True),
        Column("beds_taken", QT_TRANSLATE_NOOP("Column", "Taken"), Kind.COUNT),
        Column("phone", QT_TRANSLATE_NOOP("Column", "Phone"), Kind.TEXT),
        IN_USE,
    )
    keyset_columns = frozenset({"code", "name", "beds_total"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"code": Facility.code, "name": Facility.name, "beds_total": Facility.beds_total}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        accepts: dict[int, list[str]] = defaultdict(list)
        for facility_id, category in session.execute(
                select(facility_accepts.c.facility_id, facility_accepts.c.category)
                .where(facility_accepts.c.facility_id.in_(ids))):
            accepts[int(facility_id)].append(str(plain(category)))
        return {ident: (ident, code, name, plain(kind), tuple(sorted(accepts[ident])), total,
                        taken, phone or "", active)
                for ident, code, name, kind, total, taken, phone, active in session.execute(
                    select(Facility.id, Facility.code, Facility.name, Facility.kind,
                           Facility.beds_total, Facility.beds_taken, Facility.phone,
                           Facility.active).where(Facility.id.in_(ids)))}


class LodgingList(MasterList):
    model = Lodging
    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Lodging"), Kind.TEXT, sortable=True),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
        Column("rooms", QT_TRANSLATE_NOOP("Column", "Rooms"), Kind.COUNT),
        Column("lodged", QT_TRANSLATE_NOOP("Column", "Lodged"), Kind.COUNT),
        IN_USE,
    )
    keyset_columns = frozenset({"name", "station"})

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"name": Lodging.name, "station": PoliceStation.name}

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        lodged = {int(lodging or 0): int(number) for lodging, number in session.execute(
            select(Responder.lodging_id, func.count()).where(Responder.lodging_id.in_(ids),
                                                             Responder.active.is_(True))
            .group_by(Responder.lodging_id))}
        return {ident: (ident, name, station, address or "", rooms, lodged.get(ident, 0),
                        active)
                for ident, name, station, address, rooms, active in session.execute(
                    select(Lodging.id, Lodging.name, PoliceStation.name, Lodging.address,
                           Lodging.capacity, Lodging.active)
                    .join(PoliceStation, PoliceStation.id == Lodging.station_id)
                    .where(Lodging.id.in_(ids)))}
