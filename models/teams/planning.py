"""Planning a team's shifts for a block of days in one action, all or nothing.

A command center plans its standby a week at a time: 08:00–20:00 for the day crew and
20:00–08:00 for the night crew, every day, each crew with the member who leads it. A plan is a
first day, a number of days and one pattern per crew; every shift it makes obeys the rules of a
single shift (models/teams/shifts.py: at most 48 hours, members only, a quick-response team
with its leader), and none may overlap a shift the responder already has, with this team or
another, or another of the plan's own: the refusal names the responder and the time, and
nothing is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import TeamKind
from models.errors import DatabaseRefusal
from models.schema.teams import DutyShift, Responder, Team, TeamMember
from models.teams.refusals import TeamRefusal
from models.teams.shifts import LONGEST_SHIFT, LONGEST_SHIFT_HOURS, RosterRefused, leader_count

MOST_DAYS = 31        # a month: longer plans are typos more often than plans
MINUTE = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ShiftPattern:
    """One crew's daily shift: from `starts` for `hours`, these members, led by `leader_id`
    (None: nobody named; the team's leader leads any crew he is on regardless)."""
    starts: time
    hours: int
    members: tuple[int, ...]
    leader_id: int | None = None

    def span(self, day: date) -> tuple[datetime, datetime]:
        begins = datetime.combine(day, self.starts)
        return begins, begins + timedelta(hours=self.hours)


@dataclass(frozen=True)
class ShiftPlan:
    team_id: int
    first_day: date
    days: int
    patterns: tuple[ShiftPattern, ...] = field(default=())

    def shifts(self) -> list[tuple[int, datetime, datetime, bool]]:
        """(responder, starts, ends, leads) of every shift the plan makes, in time order."""
        planned = []
        for offset in range(self.days):
            day = self.first_day + timedelta(days=offset)
            for pattern in self.patterns:
                starts, ends = pattern.span(day)
                planned += [(r, starts, ends, r == pattern.leader_id) for r in pattern.members]
        return sorted(planned, key=lambda shift: (shift[1], shift[0]))


def _check_shape(session: Session, plan: ShiftPlan) -> Team:
    if not 1 <= plan.days <= MOST_DAYS:
        raise RosterRefused(f"Plan 1 to {MOST_DAYS} days at a time", TeamRefusal.PLAN_DAYS,
                            most=MOST_DAYS)
    if not any(pattern.members for pattern in plan.patterns):
        raise RosterRefused("Put at least one member on a shift", TeamRefusal.PLAN_EMPTY)
    for pattern in plan.patterns:
        if pattern.hours <= 0:
            raise RosterRefused("A shift must end after it starts",
                                TeamRefusal.SHIFT_ENDS_BEFORE_START)
        if timedelta(hours=pattern.hours) > LONGEST_SHIFT:
            raise RosterRefused(f"A shift lasts at most {LONGEST_SHIFT_HOURS} hours",
                                TeamRefusal.SHIFT_TOO_LONG, hours=LONGEST_SHIFT_HOURS)
    team = session.get(Team, plan.team_id)
    if team is None:
        raise RosterRefused("No such team", DatabaseRefusal.GONE)
    if not team.active:
        raise RosterRefused(f"{team.name} is retired", TeamRefusal.TEAM_RETIRED, team=team.name)
    return team


def _check_people(session: Session, plan: ShiftPlan, team: Team) -> dict[int, str]:
    """Every planned responder is a member now; a named leader is on his crew's shift. Their
    names, for the sentences."""
    wanted = {r for pattern in plan.patterns for r in pattern.members}
    names = dict(session.execute(
        select(Responder.id, Responder.name).join(TeamMember, TeamMember.responder_id == Responder.id)
        .where(TeamMember.team_id == plan.team_id, TeamMember.left_on.is_(None),
               Responder.id.in_(wanted))).all())
    if set(names) != wanted:
        raise RosterRefused("Only a member of the team can be on duty with it",
                            TeamRefusal.NOT_A_MEMBER)
    for pattern in plan.patterns:
        if pattern.leader_id is not None and pattern.leader_id not in pattern.members:
            leader = session.get(Responder, pattern.leader_id)
            raise RosterRefused("The crew's leader must be on its shift",
                                TeamRefusal.PLAN_LEADER_OFF_SHIFT,
                                name=leader.name if leader else "")
    if team.kind == TeamKind.QUICK_RESPONSE and leader_count(session, plan.team_id) != 1:
        raise RosterRefused("A quick-response team needs exactly one leader before it goes on duty",
                            TeamRefusal.NO_LEADER)
    return names


def _refuse_overlaps(session: Session, plan: ShiftPlan, team: Team, names: dict[int, str],
                     planned: list[tuple[int, datetime, datetime, bool]]) -> None:
    """One query for every live shift of the plan's people inside the block; then each planned
    shift against those and against the plan's own earlier ones."""
    begins, ends = planned[0][1], max(shift[2] for shift in planned)
    busy: dict[int, list[tuple[datetime, datetime, str]]] = {}
    for responder, starts, finishes, other in session.execute(
            select(DutyShift.responder_id, DutyShift.starts_at, DutyShift.ends_at, Team.name)
            .join(Team, Team.id == DutyShift.team_id)
            .where(DutyShift.responder_id.in_(list(names)), DutyShift.starts_at < ends,
                   DutyShift.ends_at > begins, DutyShift.stood_down_at.is_(None))):
        busy.setdefault(responder, []).append((starts, finishes, other))
    for responder, starts, finishes, _leads in planned:
        for taken_from, taken_to, other in busy.get(responder, []):
            if taken_from < finishes and taken_to > starts:
                raise RosterRefused(
                    f"{names[responder]} is already on duty with {other} "
                    f"from {taken_from:{MINUTE}} to {taken_to:{MINUTE}}", TeamRefusal.PLAN_OVERLAP,
                    name=names[responder], team=other, starts=f"{taken_from:{MINUTE}}",
                    ends=f"{taken_to:{MINUTE}}")
        busy.setdefault(responder, []).append((starts, finishes, team.name))


def plan_shifts(session: Session, plan: ShiftPlan) -> int:
    """Write every shift of `plan`, or refuse with nothing written; how many were written."""
    team = _check_shape(session, plan)
    names = _check_people(session, plan, team)
    planned = plan.shifts()
    _refuse_overlaps(session, plan, team, names, planned)
    session.add_all([DutyShift(team_id=plan.team_id, responder_id=responder, starts_at=starts,
                               ends_at=finishes, leads=leads, stood_down_reason="")
                     for responder, starts, finishes, leads in planned])
    session.flush()
    return len(planned)

