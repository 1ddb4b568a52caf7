"""Keeping the rosters: members join and leave, leaders change, stations against minimums."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import masked
from models.accounts.masking import shown_phone
from models.accounts.permissions import Permission
from models.db.database import Database
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.teams import Lodging, Responder, Team, TeamMember, team_community
from models.teams.responder_health import TodayCheck, checks_of_team_today
from models.teams.rules import StationStrength, TeamCompleteness, station_strengths, team_completeness
from models.teams.shifts import DutyRow, RosterRefused, add_member, leave_team, make_leader, team_shifts


@action(Permission.MANAGE_TEAMS)
def join_team(database: Database, user: SignedInUser, team_id: int, responder_id: int,
              on: date, is_leader: bool = False) -> None:
    """A second leader is refused with a sentence, even when two workstations race."""
    with user_session(database, user) as session:
        add_member(session, team_id, responder_id, is_leader, on)


@action(Permission.MANAGE_TEAMS)
def hand_leadership(database: Database, user: SignedInUser, team_id: int, responder_id: int) -> None:
    with user_session(database, user) as session:
        make_leader(session, team_id, responder_id)


@action(Permission.MANAGE_TEAMS)
def leave(database: Database, user: SignedInUser, team_id: int, responder_id: int, on: date) -> None:
    with user_session(database, user) as session:
        leave_team(session, team_id, responder_id, on)


@action(Permission.VIEW)
def station_minimums(database: Database, user: SignedInUser) -> list[StationStrength]:
    """Each station's quick-response teams against the minimum for its area."""
    with read_session(database) as session:
        return station_strengths(session)


@dataclass(frozen=True)
class Member:
    responder_id: int
    name: str
    role: str
    unit: str
    phone: str
    lodging: str
    is_leader: bool


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


@action(Permission.VIEW)
def team_detail(database: Database, user: SignedInUser, team_id: int, day: date) -> TeamDetail:
    """A team's members (phones masked per role), its shifts and today's temperatures."""
    full = user.sees_full_identifiers
    with read_session(database) as session:
        row = session.execute(select(Team.name, Team.kind, PoliceStation.name)
                              .join(PoliceStation, PoliceStation.id == Team.station_id)
                              .where(Team.id == team_id)).first()
        if row is None:
            raise RosterRefused("No such team", "gone")
        members = [Member(i, n, str(getattr(r, "value", r)), u, shown_phone(p, full), lodging or "",
                          bool(leader))
                   for i, n, r, u, p, lodging, leader in session.execute(
                       select(Responder.id, Responder.name, Responder.role, Responder.unit,
                              Responder.phone, Lodging.name, TeamMember.is_leader)
                       .join(TeamMember, TeamMember.responder_id == Responder.id)
                       .outerjoin(Lodging, Lodging.id == Responder.lodging_id)
                       .where(TeamMember.team_id == team_id, TeamMember.left_on.is_(None))
                       .order_by(TeamMember.is_leader.desc(), Responder.name))]
        communities = list(session.scalars(
            select(Community.name).join(team_community, team_community.c.community_id == Community.id)
            .where(team_community.c.team_id == team_id).order_by(Community.name)))
        vehicles = [(plate, str(getattr(status, "value", status))) for plate, status in session.execute(
            select(Vehicle.plate, Vehicle.status).where(Vehicle.team_id == team_id)
            .order_by(Vehicle.plate))]
        return TeamDetail(team_id, row[0], str(getattr(row[1], "value", row[1])), row[2],
                          team_completeness(session, [team_id])[team_id], members,
                          masked(team_shifts(session, team_id, day), user),
                          checks_of_team_today(session, team_id, day), communities, vehicles)
