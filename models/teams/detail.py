"""A team as its detail dialog shows it: members and their lodging, the communities it covers,
its vehicles, the day's shifts and temperatures; whether its roster holds the minimums, and
whether each of the day's crews does (models/teams/crews.py), which is what goes out.

Phones come back as stored; the controller masks them for the reader's role.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import DatabaseRefusal
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.teams import Lodging, Responder, Team, TeamMember, team_community
from models.teams.crews import ShiftCrew, crews_of_rows
from models.teams.minimums import DEFAULT_MINIMUMS, TeamMinimums, stored_minimums
from models.teams.responder_health import TodayCheck, checks_of_team_today
from models.teams.rules import TeamCompleteness, team_completeness, usable_vehicles
from models.teams.shifts import DutyRow, RosterRefused, team_shifts


@dataclass(frozen=True)
class Member:
    responder_id: int
    name: str
    role: str
    unit: str
    phone: str
    lodging: str
    is_leader: bool
    joined_on: date | None = None
    lodging_id: int | None = None
    version: int = 0              # the responder's, for a lodging change


@dataclass(frozen=True)
class TeamDetail:
    id: int
    name: str
    kind: str
    station: str
    completeness: TeamCompleteness
    members: list[Member]
    shifts: list[DutyRow]
    checks: dict[int, TodayCheck]
    communities: list[str] = field(default_factory=list)
    vehicles: list[tuple[str, str]] = field(default_factory=list)  # plate, status
    version: int = 0              # the team's: a roster change names it (models/teams/membership.py)
    station_id: int = 0
    crews: list[ShiftCrew] = field(default_factory=list)   # the day's shifts' crews, in time order
    minimums: TeamMinimums = DEFAULT_MINIMUMS               # the district's: a plan is judged by them


def _value(member: object) -> str:
    return str(getattr(member, "value", member))


def team_detail(session: Session, team_id: int, day: date) -> TeamDetail:
    """The team's current members (leader first), its shifts, their crews and temperatures on
    `day`."""
    row = session.execute(select(Team.name, Team.kind, PoliceStation.name, Team.version,
                                 Team.station_id)
                          .join(PoliceStation, PoliceStation.id == Team.station_id)
                          .where(Team.id == team_id)).first()
    if row is None:
        raise RosterRefused("No such team", DatabaseRefusal.GONE)
    members = [Member(i, n, _value(r), u, p or "", lodging or "", bool(leader), joined,
                      lodging_id, version)
               for i, n, r, u, p, lodging, leader, joined, lodging_id, version in session.execute(
                   select(Responder.id, Responder.name, Responder.role, Responder.unit,
                          Responder.phone, Lodging.name, TeamMember.is_leader,
                          TeamMember.joined_on, Responder.lodging_id, Responder.version)
                   .join(TeamMember, TeamMember.responder_id == Responder.id)
                   .outerjoin(Lodging, Lodging.id == Responder.lodging_id)
                   .where(TeamMember.team_id == team_id, TeamMember.left_on.is_(None))
                   .order_by(TeamMember.is_leader.desc(), Responder.name))]
    communities = list(session.scalars(
        select(Community.name).join(team_community, team_community.c.community_id == Community.id)
        .where(team_community.c.team_id == team_id).order_by(Community.name)))
    vehicles = [(plate, _value(status)) for plate, status in session.execute(
        select(Vehicle.plate, Vehicle.status).where(Vehicle.team_id == team_id)
        .order_by(Vehicle.plate))]
    shifts = team_shifts(session, team_id, day)
    minimums = stored_minimums(session)[0]
    crews = crews_of_rows(shifts, usable_vehicles(session, [team_id]), minimums)
    return TeamDetail(team_id, row[0], _value(row[1]), row[2],
                      team_completeness(session, [team_id], minimums)[team_id], members,
                      shifts, checks_of_team_today(session, team_id, day), communities, vehicles,
                      row[3], row[4], sorted(crews.values(), key=_in_time_order), minimums)


def _in_time_order(crew: ShiftCrew) -> tuple[datetime, datetime]:
    return crew.starts_at or datetime.min, crew.ends_at or datetime.min
