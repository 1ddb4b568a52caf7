"""Completeness judged per shift: the crew on duty must have its leader and the minimum roles.

A team's roster can be complete while the crew on duty is not: a quick-response team of eight
in two alternating crews has one leader, and the crew he is not on goes out without one unless
its shifts name who leads it (DutyShift.leads). So the board, the on-duty tab, the printed duty
roster and the dispatch dialog judge the crew of a shift — the members on duty together — by the
same minimums (models/teams/minimums.py) the whole team is held to; vehicles are the team's.

A crew is a team's members on duty at one moment (the board, dispatch), or on the printed
roster the team's shifts that end together (a replacement takes the rest of a stood-down
member's shift, so it ends with the crew it joins).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import groupby

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.enums import ResponderRole, TeamKind
from models.schema.teams import DutyShift, Responder, Team, TeamMember
from models.teams.minimums import TeamMinimums, minimums_for
from models.teams.rules import POLICE_ROLES, Shortfall, TeamCounts, role_tallies, shortfalls, tally, usable_vehicles
from models.teams.shifts import LONGEST_SHIFT, DutyRow, active_shift

DAY_STARTS, NIGHT_STARTS = 6, 18      # a shift starting 06:00–17:59 is the day shift
ROUND_THE_CLOCK = timedelta(hours=20)  # as long as this or longer: a 24-hour standby


class Watch(StrEnum):
    """Which shift of the day a crew works, as the duty room names it (白班, 夜班, 24小时班)."""
    DAY = "day"
    NIGHT = "night"
    ROUND_THE_CLOCK = "round_the_clock"


def watch_of(starts: datetime, ends: datetime) -> Watch:
    if ends - starts >= ROUND_THE_CLOCK:
        return Watch.ROUND_THE_CLOCK
    return Watch.DAY if DAY_STARTS <= starts.hour < NIGHT_STARTS else Watch.NIGHT


@dataclass(frozen=True)
class ShiftCrew:
    """A team's crew on one shift and the rules it breaks. `watch` is None when nobody of the
    team is on duty: a quick-response team on 24-hour standby then lacks a crew, any other team
    is simply off duty."""
    team_id: int
    kind: TeamKind
    watch: Watch | None
    starts_at: datetime | None
    ends_at: datetime | None
    counts: TeamCounts
    shortfalls: tuple[Shortfall, ...] = ()
    members: int = 0          # on the crew (a stood-down member is not)

    @property
    def complete(self) -> bool:
        return not self.shortfalls

    @property
    def on_duty(self) -> bool:
        return self.watch is not None


def judge(team_id: int, kind: TeamKind, counts: TeamCounts, span: tuple[datetime, datetime] | None,
          minimums: TeamMinimums, members: int = 0) -> ShiftCrew:
    """The crew's verdict: the team rules applied to who is on the shift."""
    if span is None:
        missing = ((Shortfall("crew", 1, 0),) if kind == TeamKind.QUICK_RESPONSE else ())
        return ShiftCrew(team_id, kind, None, None, None, counts, missing)
    return ShiftCrew(team_id, kind, watch_of(*span), span[0], span[1], counts,
                     shortfalls(kind, counts, minimums), members)


def crews_on_duty(session: Session, team_ids: Iterable[int], at: datetime,
                  minimums: TeamMinimums | None = None) -> dict[int, ShiftCrew]:
    """Each team's crew on duty at `at`, in three queries whatever the number of teams: the
    crews by role, leader and size (one GROUP BY over the shifts running then), the teams'
    kinds, their vehicles. A member leads the crew when the shift says so or he leads the team."""
    ids = list(team_ids)
    if not ids:
        return {}
    minimums = minimums_for(session, minimums)
    leads = or_(DutyShift.leads.is_(True), TeamMember.is_leader.is_(True))
    crews = {row[0]: row[1:] for row in session.execute(
        select(DutyShift.team_id, *role_tallies(), tally(leads),
               func.min(DutyShift.starts_at), func.max(DutyShift.ends_at),
               func.count(func.distinct(DutyShift.responder_id)))
        .join(Responder, Responder.id == DutyShift.responder_id)
        .outerjoin(TeamMember, and_(TeamMember.team_id == DutyShift.team_id,
                                    TeamMember.responder_id == DutyShift.responder_id,
                                    TeamMember.left_on.is_(None)))
        .where(DutyShift.team_id.in_(ids), active_shift(at),
               DutyShift.starts_at > at - LONGEST_SHIFT)
        .group_by(DutyShift.team_id))}
    vehicles = usable_vehicles(session, ids)
    result: dict[int, ShiftCrew] = {}
    for ident, kind in session.execute(select(Team.id, Team.kind).where(Team.id.in_(ids))):
        found = crews.get(ident)
        if found is None:
            result[ident] = judge(ident, TeamKind(kind), TeamCounts(vehicles=vehicles.get(ident, 0)),
                                  None, minimums)
            continue
        police, health, cadres, leaders, starts, ends, members = found
        counts = TeamCounts(int(police), int(health), int(cadres), int(leaders),
                            vehicles.get(ident, 0))
        result[ident] = judge(ident, TeamKind(kind), counts, (starts, ends), minimums, int(members))
    return result


def counts_of(roles: Iterable[str], leaders: int, vehicles: int = 0) -> TeamCounts:
    """The counts of a crew whose members have `roles` and of whom `leaders` lead it."""
    chosen = list(roles)
    return TeamCounts(sum(role in POLICE_ROLES for role in chosen),
                      sum(role == ResponderRole.HEALTH_WORKER for role in chosen),
                      sum(role == ResponderRole.CADRE for role in chosen), leaders, vehicles)


def planned_crew(kind: TeamKind | str, roles: Iterable[str], leaders: int, vehicles: int,
                 span: tuple[datetime, datetime], minimums: TeamMinimums) -> ShiftCrew:
    """The verdict on a crew still being planned (the plan dialog shows it as members are
    ticked), by the same rules as a crew on duty."""
    return judge(0, TeamKind(kind), counts_of(roles, leaders, vehicles), span, minimums)


def crews_of_rows(rows: Iterable[DutyRow], vehicles: Mapping[int, int],
                  minimums: TeamMinimums) -> dict[tuple[int, datetime], ShiftCrew]:
    """The crews of already loaded duty rows (a day's roster), keyed by team and the shift's
    end: the members not stood down whose shifts end together (a crew stood down to the last
    member still names its shift, and lacks everyone). No query: the printed roster
    and the team detail judge the rows they show."""
    def key(row: DutyRow) -> tuple[int, datetime]:
        return row.team_id, row.ends_at

    crews: dict[tuple[int, datetime], ShiftCrew] = {}
    for (team, ends), group in groupby(sorted(rows, key=key), key=key):
        shifts = list(group)
        serving = [r for r in shifts if r.stood_down_at is None]
        counts = counts_of((r.role for r in serving), sum(r.leads_crew for r in serving),
                           vehicles.get(team, 0))
        kind = TeamKind(shifts[0].team_kind)
        crews[(team, ends)] = judge(team, kind, counts, (min(r.starts_at for r in shifts), ends),
                                    minimums, len(serving))
    return crews


def station_crews(session: Session, station_id: int, at: datetime,
                  minimums: TeamMinimums | None = None) -> list[tuple[str, ShiftCrew]]:
    """The crews on duty at the station's active teams at `at`, by team name, and its
    quick-response teams with nobody on duty (a gap in the 24-hour standby): the on-duty tab's
    verdicts."""
    teams = dict(session.execute(select(Team.id, Team.name).where(
        Team.station_id == station_id, Team.active.is_(True))).all())
    crews = crews_on_duty(session, teams, at, minimums)
    return sorted(((teams[ident], crew) for ident, crew in crews.items()
                   if crew.on_duty or not crew.complete), key=lambda pair: pair[0])
