"""Writing a planned workbook: every added and updated row through the ORM, in the caller's one
session, so each is audited (old → new, by whom) and version-checked like any other edit, and
all of it commits or rolls back together.

Tables are written in the order their references need (stations before the communities and
teams that name them, teams before members and vehicles) and flushed per table, so the next
table finds the ids. Nothing is deleted and nothing retired comes back: a team's communities
and a facility's categories are replaced, and a member who left a team gets `left_on` — the
history points at it. Leaders step down before new ones step up (the one-leader index checks
each statement). A race with another workstation (a unique code taken, a row saved meanwhile)
refuses the whole import.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.accounts.audit import Actor, entry
from models.enums import VehicleStatus
from models.errors import CanvassError
from models.map.boundaries import parse_shape
from models.map.geometry import bounding_box
from models.schema.accounts import AuditEntry
from models.schema.base import Base
from models.schema.boundaries import CommunityBoundary
from models.schema.facilities import Facility, facility_accepts
from models.schema.fleet import Vehicle
from models.schema.geography import Community, District, PoliceStation
from models.schema.supplies import SupplyStock
from models.schema.teams import Lodging, Responder, Team, team_community
from models.setup.existing import Existing
from models.setup.planning import Plan
from models.setup.refusals import SetupRefusal
from models.setup.rows import BoundaryRow, ResponderRow, TeamKey
from models.setup.team_loading import load_members

M = TypeVar("M", bound=Base)
LOOKUP_CHUNK = 900
# What another workstation can cause between the checks and the write: a code or plate taken,
# the beds taken risen past a lowered total.
RACES = re.compile(r"unique|duplicate key|check constraint", re.IGNORECASE)


class SetupRaced(CanvassError):
    """Another workstation changed the same rows while the workbook was being written."""

    def __init__(self, message: str, code: SetupRefusal = SetupRefusal.RACED) -> None:
        super().__init__(message, code)


def objects(session: Session, model: type[M], ids: Iterable[int]) -> dict[int, M]:
    """The mapped rows of `ids`, a few statements for thousands of them."""
    wanted = list(ids)
    found: dict[int, M] = {}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        part = wanted[start:start + LOOKUP_CHUNK]
        column = model.__table__.c.id
        found.update({obj.id: obj for obj in session.scalars(  # type: ignore[attr-defined]
            select(model).where(column.in_(part)))})
    return found


def assign(obj: Any, values: dict[str, Any]) -> None:
    """Set what differs only, so the audit entry lists exactly what changed."""
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)


class Loader:
    def __init__(self, session: Session, plan: Plan, existing: Existing, actor: Actor,
                 today: date, now: datetime) -> None:
        self.session, self.plan, self.existing = session, plan, existing
        self.actor, self.today, self.now = actor, today, now
        self.district_id = existing.district[0] if existing.district else 0
        self.stations = {code: stored.id for code, stored in existing.stations.items()}
        self.communities = {code: stored.id for code, stored in existing.communities.items()}
        self.teams = {key: stored.id for key, stored in existing.teams.items()}
        self.lodgings = {name: stored.id for name, stored in existing.lodgings.items()}
        self.links: list[dict[str, Any]] = []

    def sheet(self, key: str, model: type[M], new: Callable[[Any], M],
              values: Callable[[Any], dict[str, Any]]) -> list[tuple[Any, M]]:
        """Add and update one sheet's rows; (row, its object) for every row written."""
        plan = self.plan.sheets.get(key)
        if plan is None:
            return []
        written = [(row, new(row)) for row in plan.added]
        self.session.add_all([obj for _, obj in written])
        stored = objects(self.session, model, [found.id for _, found in plan.updated])
        for row, found in plan.updated:
            obj = stored[found.id]
            assign(obj, values(row))
            written.append((row, obj))
        self.session.flush()
        return written

    def district(self) -> None:
        if self.plan.district is None:
            return
        code, name = self.plan.district
        if self.existing.district is None:
            district = District(code=code, name=name)
            self.session.add(district)
            self.session.flush()
            self.district_id = district.id
        else:
            stored = self.session.get(District, self.district_id)
            assert stored is not None
            stored.name = name

    def linked(self, table: str, row_id: int, what: str, before: list[str], after: list[str]) -> None:
        if before != after:
            self.links.append(entry(self.actor, "update", table, row_id, {what: [before, after]},
                                    self.now))

    def facilities(self) -> None:
        def values(row: Any) -> dict[str, Any]:
            return dict(name=row.name, kind=row.kind, beds_total=row.beds_total,
                        address=row.address, latitude=row.latitude, longitude=row.longitude,
                        phone=row.phone)
        written = self.sheet("facilities", Facility, lambda row: Facility(
            district_id=self.district_id, code=row.code, beds_taken=0, **values(row)), values)
        for row, obj in written:
            stored = self.existing.facilities.get(row.code)
            before = stored.row.accepts if stored else frozenset()
            gone, new = before - row.accepts, row.accepts - before
            if gone:
                self.session.execute(delete(facility_accepts).where(
                    facility_accepts.c.facility_id == obj.id,
                    facility_accepts.c.category.in_([c.value for c in gone])))
            if new:
                self.session.execute(insert(facility_accepts), [
                    {"facility_id": obj.id, "category": c.value} for c in sorted(new)])
            self.linked("facility", obj.id, "accepts", sorted(c.value for c in before),
                        sorted(c.value for c in row.accepts))

    def teams_sheet(self) -> None:
        written = self.sheet("teams", Team, lambda row: Team(
            station_id=self.stations[row.station], kind=row.kind, name=row.name),
            lambda row: dict(kind=row.kind))
        for row, obj in written:
            self.teams[row.key] = obj.id
            stored = self.existing.teams.get(row.key)
            before = list(stored.row.communities) if stored else []
            gone, new = set(before) - set(row.communities), set(row.communities) - set(before)
            if gone:
                self.session.execute(delete(team_community).where(
                    team_community.c.team_id == obj.id,
                    team_community.c.community_id.in_([self.communities[c] for c in gone])))
            if new:
                self.session.execute(insert(team_community), [
                    {"team_id": obj.id, "community_id": self.communities[c]} for c in sorted(new)])
            self.linked("team", obj.id, "communities", before, list(row.communities))

    def responder_station(self, row: ResponderRow, ident: int | None) -> int:
        """The station of the responder's first team, unless one of its teams is his already."""
        current = self.existing.station_of_responder.get(ident) if ident is not None else None
        if current is not None and (not row.teams or current in {t.station for t in row.teams}):
            return self.stations[current]
        return self.stations[row.teams[0].station]

    def responders(self) -> list[tuple[ResponderRow, int]]:
        ids = self.plan.responder_ids

        def values(row: ResponderRow) -> dict[str, Any]:
            found = dict(name=row.name, phone=row.phone, role=row.role, unit=row.unit,
                         lodging_id=self.lodgings[row.lodging] if row.lodging else None,
                         station_id=self.responder_station(row, ids.get(row.line)))
            if row.resident_id:
                found["resident_id"] = row.resident_id
            return found
        written = self.sheet("responders", Responder, lambda row: Responder(**values(row)), values)
        return [(row, obj.id) for row, obj in written]

    def load(self) -> None:
        self.district()
        for row, obj in self.sheet("stations", PoliceStation, lambda row: PoliceStation(
                district_id=self.district_id, code=row.code, name=row.name, address=row.address,
                area_kind=row.area_kind, latitude=row.latitude, longitude=row.longitude),
                lambda row: dict(name=row.name, address=row.address, area_kind=row.area_kind,
                                 latitude=row.latitude, longitude=row.longitude)):
            self.stations[row.code] = obj.id
        for row, lodging in self.sheet("lodging", Lodging, lambda row: Lodging(
                station_id=self.stations[row.station], name=row.name, address=row.address,
                capacity=row.rooms), lambda row: dict(
                station_id=self.stations[row.station], address=row.address, capacity=row.rooms)):
            self.lodgings[row.name] = lodging.id

        def community(row: Any) -> dict[str, Any]:
            return dict(name=row.name, station_id=self.stations[row.station],
                        area_kind=row.area_kind, registered_households=row.households,
                        registered_persons=row.persons, daily_visit_target=row.daily_target,
                        latitude=row.latitude, longitude=row.longitude)
        for row, place in self.sheet("communities", Community,
                                     lambda row: Community(code=row.code, **community(row)), community):
            self.communities[row.code] = place.id
        self.facilities()
        self.teams_sheet()
        written = self.responders()
        load_members(self.session, self.existing, written, self.teams, self.today, self.now)
        self.vehicles()
        self.sheet("supplies", SupplyStock, lambda row: SupplyStock(
            station_id=self.stations[row.station], item=row.item, quantity=row.quantity,
            low_threshold=0, low_stock_days=row.low_stock_days),
            lambda row: dict(quantity=row.quantity, low_stock_days=row.low_stock_days))
        self.boundaries()
        if self.links:
            self.session.execute(insert(AuditEntry), self.links)

    def boundaries(self) -> None:
        """Outlines after the communities, which a new one may belong to."""
        def outline(row: BoundaryRow) -> dict[str, Any]:
            min_lon, min_lat, max_lon, max_lat = bounding_box(parse_shape(row.shape))
            return dict(shape=row.shape, min_lon=min_lon, min_lat=min_lat, max_lon=max_lon,
                        max_lat=max_lat)
        self.sheet("boundaries", CommunityBoundary, lambda row: CommunityBoundary(
            community_id=self.communities[row.community], **outline(row)), outline)

    def vehicles(self) -> None:
        def team(key: TeamKey | None) -> int | None:
            return None if key is None else self.teams[key]
        self.sheet("vehicles", Vehicle, lambda row: Vehicle(
            station_id=self.stations[row.station], team_id=team(row.team), plate=row.plate,
            status=VehicleStatus.AVAILABLE, status_since=self.now, seats=row.seats),
            lambda row: dict(station_id=self.stations[row.station], team_id=team(row.team),
                             seats=row.seats))


def load_plan(session: Session, plan: Plan, existing: Existing, actor: Actor, today: date,
              now: datetime, source: str) -> None:
    """Write `plan` in `session` (the caller commits); SetupRaced if another workstation got in
    the way, after which the caller's session rolls back."""
    loader = Loader(session, plan, existing, actor, today, now)
    try:
        loader.load()
        changes = {"file": source, **{key: dict(zip(("added", "updated", "unchanged"), counts))
                                      for key, counts in plan.counts().items()}}
        session.execute(insert(AuditEntry), [entry(actor, "setup_import", "district",
                                                   loader.district_id, changes, now)])
        session.flush()
    except IntegrityError as error:
        if not RACES.search(str(error.orig)):
            raise
        raise SetupRaced("Another workstation changed the district's data while the workbook "
                         "was written; nothing was written: import it again", SetupRefusal.RACED) from error
    except StaleDataError as error:
        raise SetupRaced("Another workstation changed the district's data while the workbook "
                         "was written; nothing was written: import it again", SetupRefusal.RACED) from error



