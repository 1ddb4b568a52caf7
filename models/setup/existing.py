"""The district's master data as the database holds it, read in one statement per table and
put in the workbook's form (models/setup/rows.py): what an import is compared with, and what
an export writes.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import AreaKind, CaseCategory, FacilityKind, ResponderRole, SupplyItem, TeamKind
from models.schema.boundaries import CommunityBoundary
from models.schema.facilities import Facility, facility_accepts
from models.schema.fleet import Vehicle
from models.schema.geography import Community, District, PoliceStation
from models.schema.supplies import SupplyStock
from models.schema.teams import Lodging, Responder, Team, TeamMember, team_community
from models.setup.rows import (
    BoundaryRow,
    CommunityRow,
    FacilityRow,
    LodgingRow,
    ResponderRow,
    StationRow,
    SupplyRow,
    TeamKey,
    TeamRow,
    VehicleRow,
    ordered_teams,
    plate_key,
)

R = TypeVar("R")


@dataclass(frozen=True)
class Stored(Generic[R]):
    """A row of the database: its id, whether it is in use, and its values in workbook form."""
    id: int
    row: R
    active: bool = True


@dataclass
class Membership:
    team_id: int
    is_leader: bool
    active: bool


@dataclass
class Existing:
    district: tuple[int, str, str] | None = None       # id, code, name
    stations: dict[str, Stored[StationRow]] = field(default_factory=dict)
    communities: dict[str, Stored[CommunityRow]] = field(default_factory=dict)
    community_names: dict[str, str] = field(default_factory=dict)     # name → code
    facilities: dict[str, Stored[FacilityRow]] = field(default_factory=dict)
    beds_taken: dict[str, int] = field(default_factory=dict)          # facility code → beds
    teams: dict[TeamKey, Stored[TeamRow]] = field(default_factory=dict)
    team_keys: dict[int, TeamKey] = field(default_factory=dict)
    responders: dict[int, Stored[ResponderRow]] = field(default_factory=dict)
    by_resident_id: dict[str, int] = field(default_factory=dict)
    without_id: dict[tuple[str, str | None], list[int]] = field(default_factory=dict)
    station_of_responder: dict[int, str] = field(default_factory=dict)
    memberships: dict[int, dict[int, Membership]] = field(default_factory=dict)  # responder → team → …
    vehicles: dict[str, Stored[VehicleRow]] = field(default_factory=dict)         # by plate_key
    lodgings: dict[str, Stored[LodgingRow]] = field(default_factory=dict)
    supplies: dict[tuple[str, SupplyItem], Stored[SupplyRow]] = field(default_factory=dict)
    boundaries: dict[str, Stored[BoundaryRow]] = field(default_factory=dict)   # by community


def _stations(session: Session, found: Existing) -> dict[int, str]:
    codes: dict[int, str] = {}
    for ident, code, name, address, lat, lon, kind, active in session.execute(select(
            PoliceStation.id, PoliceStation.code, PoliceStation.name, PoliceStation.address,
            PoliceStation.latitude, PoliceStation.longitude, PoliceStation.area_kind,
            PoliceStation.active)):
        codes[ident] = code
        found.stations[code] = Stored(ident, StationRow(code, name, address or "", lat, lon,
                                                        AreaKind(kind)), active)
    return codes


def _communities(session: Session, found: Existing, stations: dict[int, str]) -> dict[int, str]:
    codes: dict[int, str] = {}
    for (ident, station, code, name, kind, households, persons, target, lat, lon,
         active) in session.execute(select(
            Community.id, Community.station_id, Community.code, Community.name,
            Community.area_kind, Community.registered_households, Community.registered_persons,
            Community.daily_visit_target, Community.latitude, Community.longitude,
            Community.active)):
        codes[ident] = code
        found.community_names.setdefault(name, code)
        found.communities[code] = Stored(ident, CommunityRow(
            code, name, stations[station], AreaKind(kind), households or 0, persons or 0,
            target or 0, lat, lon), active)
    return codes


def _facilities(session: Session, found: Existing) -> None:
    accepts: dict[int, set[CaseCategory]] = defaultdict(set)
    for ident, category in session.execute(select(facility_accepts.c.facility_id,
                                                  facility_accepts.c.category)):
        accepts[ident].add(CaseCategory(category))
    for (ident, code, name, kind, beds, taken, address, lat, lon, phone,
         active) in session.execute(select(
            Facility.id, Facility.code, Facility.name, Facility.kind, Facility.beds_total,
            Facility.beds_taken, Facility.address, Facility.latitude, Facility.longitude,
            Facility.phone, Facility.active)):
        found.beds_taken[code] = taken or 0
        found.facilities[code] = Stored(ident, FacilityRow(
            code, name, FacilityKind(kind), frozenset(accepts[ident]), beds, address or "", lat,
            lon, phone), active)


def _teams(session: Session, found: Existing, stations: dict[int, str],
           communities: dict[int, str]) -> None:
    served: dict[int, list[str]] = defaultdict(list)
    for team_id, community_id in session.execute(select(team_community.c.team_id,
                                                        team_community.c.community_id)):
        served[team_id].append(communities[community_id])
    for ident, station, kind, name, active in session.execute(select(
            Team.id, Team.station_id, Team.kind, Team.name, Team.active)):
        key = TeamKey(stations[station], name)
        found.team_keys[ident] = key
        found.teams[key] = Stored(ident, TeamRow(name, TeamKind(kind), key.station,
                                                 tuple(sorted(served[ident]))), active)


def _responders(session: Session, found: Existing, stations: dict[int, str]) -> None:
    lodgings = {stored.id: name for name, stored in found.lodgings.items()}
    for responder_id, team_id, leader, left in session.execute(select(
            TeamMember.responder_id, TeamMember.team_id, TeamMember.is_leader,
            TeamMember.left_on)):
        found.memberships.setdefault(responder_id, {})[team_id] = Membership(
            team_id, bool(leader), left is None)
    for (ident, station, name, resident_id, role, unit, phone, lodging,
         active) in session.execute(select(
            Responder.id, Responder.station_id, Responder.name, Responder.resident_id,
            Responder.role, Responder.unit, Responder.phone, Responder.lodging_id,
            Responder.active)):
        current = [m for m in found.memberships.get(ident, {}).values() if m.active]
        leads = [found.team_keys[m.team_id] for m in current if m.is_leader]
        others = [found.team_keys[m.team_id] for m in current if not m.is_leader]
        teams = ordered_teams(leads + others, bool(leads))   # a second team led: as a member
        found.station_of_responder[ident] = stations[station]
        found.responders[ident] = Stored(ident, ResponderRow(
            name, resident_id, phone, ResponderRole(role), unit or "", teams, bool(leads),
            lodgings.get(lodging) if lodging is not None else None), active)
        if resident_id:
            found.by_resident_id[resident_id] = ident
        else:
            found.without_id.setdefault((name, phone), []).append(ident)


def read_existing(session: Session) -> Existing:
    """Everything the workbook covers, as stored: a few thousand rows at district scale."""
    found = Existing()
    district = session.execute(select(District.id, District.code, District.name)
                               .order_by(District.id)).first()
    found.district = None if district is None else (district[0], district[1], district[2])
    stations = _stations(session, found)
    communities = _communities(session, found, stations)
    _facilities(session, found)
    for ident, station, name, address, rooms, active in session.execute(select(
            Lodging.id, Lodging.station_id, Lodging.name, Lodging.address, Lodging.capacity,
            Lodging.active)):
        found.lodgings[name] = Stored(ident, LodgingRow(name, address or "", rooms or 0,
                                                        stations[station]), active)
    _teams(session, found, stations, communities)
    _responders(session, found, stations)
    for ident, station, team, plate, seats, active in session.execute(select(
            Vehicle.id, Vehicle.station_id, Vehicle.team_id, Vehicle.plate, Vehicle.seats,
            Vehicle.active)):
        found.vehicles[plate_key(plate)] = Stored(ident, VehicleRow(
            plate, stations[station], found.team_keys.get(team) if team else None, seats), active)
    for ident, station, item, quantity, days in session.execute(select(
            SupplyStock.id, SupplyStock.station_id, SupplyStock.item, SupplyStock.quantity,
            SupplyStock.low_stock_days)):
        row = SupplyRow(stations[station], SupplyItem(item), quantity, days)
        found.supplies[row.key] = Stored(ident, row)
    for ident, community, shape in session.execute(select(
            CommunityBoundary.id, CommunityBoundary.community_id, CommunityBoundary.shape)):
        code = communities[community]
        found.boundaries[code] = Stored(ident, BoundaryRow(code, shape),
                                        found.communities[code].active)
    return found
