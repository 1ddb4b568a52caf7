"""Who is in a team: members join, leave and move, the leadership changes hands, a member is
lodged. Each change is one transaction, audited row by row by the caller's session.

A team's roster is one thing two commanders can edit at once, so a change made from a screen
names the team's version it saw: the change moves the team to its next version, and the later
of two edits made from the same picture is refused (ROSTER_CHANGED) instead of undoing the
other. The command line and the setup workbook pass no version. One row per team and responder:
a member who left and comes back gets his old row again. The one-leader partial unique index
decides when two workstations race; its refusal becomes a sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.db.row_source import starts_with
from models.editing import apply_edit
from models.enums import TeamKind
from models.errors import DatabaseRefusal
from models.schema.teams import DutyShift, Lodging, Responder, Team, TeamMember
from models.teams.refusals import TeamRefusal
from models.teams.shifts import RosterRefused, current_member, leader_count


def claim_roster(session: Session, team_id: int, expected_version: int | None) -> Team:
    """The team, its roster still as the caller saw it (`expected_version`; None: unchecked),
    moved to its next version now, so that a second workstation's change waits here and is
    then refused instead of silently undoing this one."""
    team = session.get(Team, team_id)
    if team is None:
        raise RosterRefused("No such team", DatabaseRefusal.GONE)
    if expected_version is not None and team.version != expected_version:
        raise RosterRefused("Someone else changed this team's roster meanwhile",
                            TeamRefusal.ROSTER_CHANGED)
    team.updated_at = func.current_timestamp()   # an SQL expression: the server's clock
    try:
        session.flush()
    except StaleDataError as exc:
        raise RosterRefused("Someone else changed this team's roster meanwhile",
                            TeamRefusal.ROSTER_CHANGED) from exc
    return team


def flush_leaders(session: Session) -> None:
    """Flush, turning the one-leader index's refusal into a sentence."""
    try:
        session.flush()
    except IntegrityError as exc:
        if "leader" in str(exc.orig).lower() or "team_member.team_id" in str(exc.orig):
            raise RosterRefused("The team already has a leader",
                                TeamRefusal.TWO_LEADERS) from exc
        raise


def rejoin(session: Session, team_id: int, responder_id: int, on: date,
           is_leader: bool = False) -> TeamMember:
    """Membership from `on`: a member who left earlier comes back on their old row (one row
    per team and responder), anyone else gets a new one."""
    member = session.execute(select(TeamMember).where(
        TeamMember.team_id == team_id, TeamMember.responder_id == responder_id)).scalar_one_or_none()
    if member is None:
        member = TeamMember(team_id=team_id, responder_id=responder_id, is_leader=is_leader,
                            joined_on=on)
        session.add(member)
    else:
        member.left_on, member.joined_on, member.is_leader = None, on, is_leader
    return member


def add_member(session: Session, team_id: int, responder_id: int, is_leader: bool,
               on: date, expected_version: int | None = None) -> TeamMember:
    """A responder joins a team; a second leader is refused (the index decides under races)."""
    team = claim_roster(session, team_id, expected_version)
    if not team.active:
        raise RosterRefused(f"{team.name} is retired", TeamRefusal.TEAM_RETIRED, team=team.name)
    responder = session.get(Responder, responder_id)
    if responder is None:
        raise RosterRefused("No such responder", DatabaseRefusal.GONE)
    if not responder.active:
        raise RosterRefused(f"{responder.name} is retired", TeamRefusal.RESPONDER_RETIRED,
                            name=responder.name)
    if current_member(session, team_id, responder_id) is not None:
        raise RosterRefused("Already a member of this team", TeamRefusal.ALREADY_MEMBER)
    if is_leader and leader_count(session, team_id) > 0:
        raise RosterRefused("The team already has a leader", TeamRefusal.TWO_LEADERS)
    member = rejoin(session, team_id, responder_id, on, is_leader)
    flush_leaders(session)
    return member


def make_leader(session: Session, team_id: int, responder_id: int,
                expected_version: int | None = None) -> None:
    """Hand the leadership to `responder_id` in one transaction: the old leader steps down in one
    flush and the new one steps up in the next, so the one-leader index never sees two, and
    both rows are audited."""
    claim_roster(session, team_id, expected_version)
    member = current_member(session, team_id, responder_id)
    if member is None:
        raise RosterRefused("Only a member of the team can lead it", TeamRefusal.NOT_A_MEMBER)
    for old in session.scalars(select(TeamMember).where(
            TeamMember.team_id == team_id, TeamMember.left_on.is_(None),
            TeamMember.is_leader.is_(True), TeamMember.id != member.id)):
        old.is_leader = False
    session.flush()
    member.is_leader = True
    flush_leaders(session)


def leave_team(session: Session, team_id: int, responder_id: int, on: date,
               now: datetime | None = None, expected_version: int | None = None) -> int:
    """A member leaves on `on`; the leader cannot leave a quick-response team without a
    successor. Their shifts with the team that have not started by then are taken off the
    roster (a running shift is finished). Returns how many were."""
    team = claim_roster(session, team_id, expected_version)
    member = current_member(session, team_id, responder_id)
    if member is None:
        raise RosterRefused("Not a member of this team", TeamRefusal.NOT_A_MEMBER)
    if on < member.joined_on:
        raise RosterRefused(f"Joined on {member.joined_on}: cannot leave before",
                            TeamRefusal.LEFT_BEFORE_JOINING, joined=member.joined_on.isoformat())
    if member.is_leader and team.kind == TeamKind.QUICK_RESPONSE:
        raise RosterRefused("Choose another leader before the leader leaves",
                            TeamRefusal.NO_LEADER)
    member.left_on = on
    cancel_from = max(datetime.combine(on, time()), now or datetime.min)
    planned = list(session.scalars(select(DutyShift).where(
        DutyShift.team_id == team_id, DutyShift.responder_id == responder_id,
        DutyShift.starts_at >= cancel_from)))
    for shift in planned:
        session.delete(shift)
    session.flush()
    return len(planned)


def move_member(session: Session, from_team: int, to_team: int, responder_id: int, on: date,
                now: datetime | None = None, expected_version: int | None = None) -> None:
    """Leave one team and join another on the same day, in one transaction: both or neither."""
    if from_team == to_team:
        raise RosterRefused("Already a member of this team", TeamRefusal.SAME_TEAM)
    leave_team(session, from_team, responder_id, on, now, expected_version)
    add_member(session, to_team, responder_id, False, on)


def assign_lodging(session: Session, responder_id: int, lodging_id: int | None,
                   expected_version: int, original: int | None) -> int:
    """Lodge a responder (None: no lodging), against the responder's version the commander saw
    (EditConflict otherwise); one to a room, so a full lodging is refused. The new version."""
    if lodging_id is not None:
        lodging = session.get(Lodging, lodging_id)
        if lodging is None:
            raise RosterRefused("No such lodging", DatabaseRefusal.GONE)
        if not lodging.active:
            raise RosterRefused(f"{lodging.name} is closed", TeamRefusal.LODGING_RETIRED,
                                lodging=lodging.name)
        lodged = session.scalar(select(func.count()).select_from(Responder).where(
            Responder.lodging_id == lodging_id, Responder.active.is_(True),
            Responder.id != responder_id))
        if lodging.capacity and int(lodged or 0) >= lodging.capacity:
            raise RosterRefused(f"{lodging.name} has no free room", TeamRefusal.LODGING_FULL,
                                lodging=lodging.name, rooms=lodging.capacity)
    record = apply_edit(session, Responder, responder_id, expected_version,
                        {"lodging_id": original}, {"lodging_id": lodging_id})
    return int(record.version)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class LodgingChoice:
    id: int
    name: str
    rooms: int
    lodged: int


def lodging_choices(session: Session, station_id: int) -> list[LodgingChoice]:
    """Open lodgings with their rooms and how many are lodged: the station's own first."""
    lodged = (select(Responder.lodging_id, func.count().label("lodged"))
              .where(Responder.active.is_(True), Responder.lodging_id.is_not(None))
              .group_by(Responder.lodging_id).subquery())
    own = Lodging.station_id == station_id
    return [LodgingChoice(i, n, int(c), int(k or 0)) for i, n, c, k in session.execute(
        select(Lodging.id, Lodging.name, Lodging.capacity, lodged.c.lodged)
        .outerjoin(lodged, lodged.c.lodging_id == Lodging.id)
        .where(Lodging.active.is_(True)).order_by(own.desc(), Lodging.name))]


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    kind: str


def teams_to_move_to(session: Session, team_id: int) -> list[TeamChoice]:
    """The other active teams of the team's station: where a member can move."""
    station = select(Team.station_id).where(Team.id == team_id).scalar_subquery()
    return [TeamChoice(i, n, str(getattr(k, "value", k))) for i, n, k in session.execute(
        select(Team.id, Team.name, Team.kind)
        .where(Team.station_id == station, Team.id != team_id, Team.active.is_(True))
        .order_by(Team.kind, Team.name))]


@dataclass(frozen=True)
class Candidate:
    """A responder who could join: role, unit, and the teams they are in now."""
    id: int
    name: str
    role: str
    unit: str
    teams: tuple[str, ...]


def responders_to_add(session: Session, kind: str, text: str, team_id: int,
                      limit: int = 20) -> list[Candidate]:
    """Active responders whose name starts with `text` (on the name index; `kind` is the
    database's dialect) and who are not in the team now, the team's own station first, each
    with the teams they are in: two queries whatever the district's size."""
    station = select(Team.station_id).where(Team.id == team_id).scalar_subquery()
    in_team = select(TeamMember.responder_id).where(TeamMember.team_id == team_id,
                                                    TeamMember.left_on.is_(None))
    found = session.execute(
        select(Responder.id, Responder.name, Responder.role, Responder.unit)
        .where(Responder.active.is_(True), starts_with(kind, Responder.name, text),
               Responder.id.not_in(in_team))
        .order_by((Responder.station_id == station).desc(), Responder.name, Responder.id)
        .limit(limit)).all()
    teams: dict[int, list[str]] = {}
    for responder, name in session.execute(
            select(TeamMember.responder_id, Team.name).join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.responder_id.in_([row[0] for row in found]),
                   TeamMember.left_on.is_(None)).order_by(Team.name)):
        teams.setdefault(responder, []).append(name)
    return [Candidate(i, n, str(getattr(r, "value", r)), u, tuple(teams.get(i, ())))
            for i, n, r, u in found]
