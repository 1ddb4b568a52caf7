"""Shifts and standby: who is on duty, who is next, and the rules a roster may not break.

A responder is on duty with one team at a time: a shift that overlaps another of theirs is
refused, whichever team it is for. Joining, leaving and leading a team are
models/teams/membership.py; planning a block of shifts at once, models/teams/planning.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, select
from sqlalchemy.orm import Session

from models.enums import TeamKind
from models.errors import CanvassError, DatabaseRefusal
from models.schema.teams import DutyShift, Lodging, Responder, Team, TeamMember
from models.teams.refusals import TeamRefusal

# 24-hour standby (24小时备勤) is the longest shift the campaign runs; a double one is the most a
# roster may hold. Refusing longer shifts is what lets "who is on duty now" scan only the last
# two days of the shift index instead of the whole campaign (transfer_rules.py).
LONGEST_SHIFT_HOURS = 48
LONGEST_SHIFT = timedelta(hours=LONGEST_SHIFT_HOURS)


class RosterRefused(CanvassError):
    """A roster change that breaks a rule; nothing was written."""


def active_shift(at: datetime) -> ColumnElement[bool]:
    """Shifts running at `at` and not stood down."""
    return and_(DutyShift.starts_at <= at, DutyShift.ends_at > at,
                DutyShift.stood_down_at.is_(None))


def overlapping(session: Session, responder_id: int, starts: datetime, ends: datetime) -> str | None:
    """The name of a team `responder_id` already has a live shift with between the two times."""
    return session.execute(
        select(Team.name).join(DutyShift, DutyShift.team_id == Team.id)
        .where(DutyShift.responder_id == responder_id, DutyShift.starts_at < ends,
               DutyShift.ends_at > starts, DutyShift.stood_down_at.is_(None))
        .limit(1)).scalar()


def current_member(session: Session, team_id: int, responder_id: int) -> TeamMember | None:
    return session.execute(select(TeamMember).where(
        TeamMember.team_id == team_id, TeamMember.responder_id == responder_id,
        TeamMember.left_on.is_(None))).scalar_one_or_none()


def leader_count(session: Session, team_id: int) -> int:
    return len(session.execute(select(TeamMember.id).where(
        TeamMember.team_id == team_id, TeamMember.left_on.is_(None),
        TeamMember.is_leader.is_(True))).all())


def add_shift(session: Session, team_id: int, responder_id: int, starts: datetime,
              ends: datetime, leads: bool = False) -> DutyShift:
    """Put a team member on duty, leading the crew of that shift if `leads`; refused if it
    overlaps another shift of theirs."""
    if ends <= starts:
        raise RosterRefused("A shift must end after it starts",
                            TeamRefusal.SHIFT_ENDS_BEFORE_START)
    if ends - starts > LONGEST_SHIFT:
        raise RosterRefused(f"A shift lasts at most {LONGEST_SHIFT_HOURS} hours",
                            TeamRefusal.SHIFT_TOO_LONG, hours=LONGEST_SHIFT_HOURS)
    team = session.get(Team, team_id)
    if team is None:
        raise RosterRefused("No such team", DatabaseRefusal.GONE)
    if current_member(session, team_id, responder_id) is None:
        raise RosterRefused("Only a member of the team can be on duty with it",
                            TeamRefusal.NOT_A_MEMBER)
    if team.kind == TeamKind.QUICK_RESPONSE and leader_count(session, team_id) != 1:
        raise RosterRefused("A quick-response team needs exactly one leader before it goes on duty",
                            TeamRefusal.NO_LEADER)
    other = overlapping(session, responder_id, starts, ends)
    if other is not None:
        raise RosterRefused(f"Already on duty with {other} at that time",
                            TeamRefusal.SHIFT_OVERLAP, team=other)
    shift = DutyShift(team_id=team_id, responder_id=responder_id, starts_at=starts, ends_at=ends,
                      stood_down_reason="", leads=leads)
    session.add(shift)
    session.flush()
    return shift


@dataclass(frozen=True)
class DutyRow:
    """One responder on one shift, as the roster shows it."""
    shift_id: int
    team_id: int
    team: str
    team_kind: str
    responder_id: int
    name: str
    role: str
    unit: str
    phone: str | None
    lodging: str | None
    is_leader: bool
    starts_at: datetime
    ends_at: datetime
    stood_down_at: datetime | None = None
    stood_down_reason: str = ""
    leads: bool = False          # named to lead the crew of this shift (the team's leader leads anyway)

    @property
    def leads_crew(self) -> bool:
        return self.is_leader or self.leads


def _duty_select() -> Select[*tuple[Any, ...]]:
    return (select(DutyShift.id, Team.id, Team.name, Team.kind, Responder.id, Responder.name,
                   Responder.role, Responder.unit, Responder.phone, Lodging.name,
                   TeamMember.is_leader, DutyShift.starts_at, DutyShift.ends_at,
                   DutyShift.stood_down_at, DutyShift.stood_down_reason, DutyShift.leads)
            .join(Team, Team.id == DutyShift.team_id)
            .join(Responder, Responder.id == DutyShift.responder_id)
            .outerjoin(Lodging, Lodging.id == Responder.lodging_id)
            .outerjoin(TeamMember, and_(TeamMember.team_id == DutyShift.team_id,
                                        TeamMember.responder_id == DutyShift.responder_id,
                                        TeamMember.left_on.is_(None))))


def _rows(session: Session, statement: Select[*tuple[Any, ...]]) -> list[DutyRow]:
    return [DutyRow(s, t, team, str(getattr(kind, "value", kind)), r, name,
                    str(getattr(role, "value", role)), unit, phone, lodging, bool(leader),
                    starts, ends, down, why or "", bool(leads))
            for s, t, team, kind, r, name, role, unit, phone, lodging, leader, starts, ends, down, why,
            leads in session.execute(statement)]


def on_duty(session: Session, station_id: int, at: datetime) -> list[DutyRow]:
    """Who is on duty at the station now (stood-down shifts are not)."""
    statement = (_duty_select().where(Team.station_id == station_id, active_shift(at))
                 .order_by(Team.name, TeamMember.is_leader.desc(), Responder.name))
    return _rows(session, statement)


def next_on_duty(session: Session, station_id: int, at: datetime,
                 within: timedelta = timedelta(hours=24)) -> list[DutyRow]:
    """The shifts that start after `at` within `within`: who comes on next."""
    statement = (_duty_select().where(
        Team.station_id == station_id, DutyShift.starts_at > at,
        DutyShift.starts_at <= at + within, DutyShift.stood_down_at.is_(None))
        .order_by(DutyShift.starts_at, Team.name, Responder.name))
    return _rows(session, statement)


def roster_for_day(session: Session, station_id: int, day: date) -> list[DutyRow]:
    """Every shift touching `day` at the station: the printed duty roster."""
    start = datetime.combine(day, datetime.min.time())
    statement = (_duty_select().where(
        Team.station_id == station_id, DutyShift.starts_at < start + timedelta(days=1),
        DutyShift.ends_at > start)
        .order_by(Team.name, DutyShift.starts_at, TeamMember.is_leader.desc(), Responder.name))
    return _rows(session, statement)


def team_shifts(session: Session, team_id: int, day: date) -> list[DutyRow]:
    start = datetime.combine(day, datetime.min.time())
    statement = (_duty_select().where(
        DutyShift.team_id == team_id, DutyShift.starts_at < start + timedelta(days=1),
        DutyShift.ends_at > start).order_by(DutyShift.starts_at, Responder.name))
    return _rows(session, statement)


def is_on_duty(session: Session, responder_id: int, at: datetime) -> bool:
    return bool(session.execute(select(exists().where(
        DutyShift.responder_id == responder_id, active_shift(at)))).scalar())



def stand_down_shifts(session: Session, responder_id: int, at: datetime, until: datetime,
                      reason: str) -> list[int]:
    """End the responder's shift running at `at` and cancel every later one starting before
    `until`: a fever stands someone down for the rest of the day (models/teams/responder_health.py),
    an exposure for 14 days after the last contact (models/cases/exposure.py). The ended shift ids."""
    ended = []
    for shift in session.execute(select(DutyShift).where(
            DutyShift.responder_id == responder_id, DutyShift.stood_down_at.is_(None),
            DutyShift.ends_at > at, DutyShift.starts_at < until)).scalars():
        shift.stood_down_at = at
        shift.stood_down_reason = reason[:200]
        ended.append(shift.id)
    session.flush()
    return ended
