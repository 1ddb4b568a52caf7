"""Team composition: what makes a work group or a quick-response team complete.

The article's crews are fixed mixes: a work group is police (or auxiliary police), a health
worker and a cadre; a quick-response team has a vehicle, at least two officers and exactly one
leader; a station keeps a number of quick-response teams on standby, more in the city than in
the townships. The numbers differ between districts, so they are a dataclass of minimums with
the article's defaults, and the counts come from SQL GROUP BYs so a district's roster is never
loaded row by row.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from models.db.database import Database
from models.db.held_reads import fetch_held
from models.enums import AreaKind, ResponderRole, TeamKind, VehicleStatus
from models.schema.fleet import Vehicle
from models.schema.geography import PoliceStation
from models.schema.team_minimums import TeamMinimumsRow
from models.schema.teams import Responder, Team, TeamMember
from models.teams.minimums import DEFAULT_MINIMUMS, FIELDS, POLICY_ROW, TeamMinimums, minimums_for

POLICE_ROLES: frozenset[ResponderRole] = frozenset({ResponderRole.POLICE,
                                                    ResponderRole.AUXILIARY_POLICE})
# Who leads a quick-response team as a matter of course: a police officer (民警). Anyone else
# (an auxiliary officer, a driver, a health worker…) may, but only after the commander confirms.
USUAL_LEADER_ROLES: frozenset[ResponderRole] = frozenset({ResponderRole.POLICE})


def leads_as_a_matter_of_course(role: ResponderRole | str) -> bool:
    return str(getattr(role, "value", role)) in {r.value for r in USUAL_LEADER_ROLES}


@dataclass(frozen=True)
class TeamCounts:
    """A team's current members by role group, its leaders and its usable vehicles."""
    police: int = 0
    health_workers: int = 0
    cadres: int = 0
    leaders: int = 0
    vehicles: int = 0


@dataclass(frozen=True)
class Shortfall:
    """One broken rule: `code` names it for the UI; `needed`/`present` give the numbers."""
    code: str
    needed: int
    present: int

    @property
    def message(self) -> str:
        what = SHORTFALL_WORDS[self.code]
        if self.code == "leaders":
            return f"needs exactly {self.needed} {what}, has {self.present}"
        return f"needs at least {self.needed} {what}, has {self.present}"


SHORTFALL_WORDS: dict[str, str] = {
    "police": "police officers", "health_workers": "health workers", "cadres": "cadres",
    "officers": "officers", "vehicles": "vehicles", "leaders": "leader", "crew": "crew on duty",
}


@dataclass(frozen=True)
class TeamCompleteness:
    team_id: int
    kind: TeamKind
    counts: TeamCounts
    shortfalls: tuple[Shortfall, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.shortfalls

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(s.message for s in self.shortfalls)


def shortfalls(kind: TeamKind | str, counts: TeamCounts,
               minimums: TeamMinimums = DEFAULT_MINIMUMS) -> tuple[Shortfall, ...]:
    """The rules `counts` breaks for a team of `kind` (none for contact-tracing groups)."""
    kind = TeamKind(kind)
    found: list[Shortfall] = []

    def at_least(code: str, needed: int, present: int) -> None:
        if present < needed:
            found.append(Shortfall(code, needed, present))

    if kind == TeamKind.WORK_GROUP:
        at_least("police", minimums.work_group_police, counts.police)
        at_least("health_workers", minimums.work_group_health_workers, counts.health_workers)
        at_least("cadres", minimums.work_group_cadres, counts.cadres)
    elif kind == TeamKind.QUICK_RESPONSE:
        at_least("vehicles", minimums.quick_response_vehicles, counts.vehicles)
        at_least("officers", minimums.quick_response_officers, counts.police)
        if counts.leaders != minimums.quick_response_leaders:
            found.append(Shortfall("leaders", minimums.quick_response_leaders, counts.leaders))
    return tuple(found)


def tally(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of a GROUP BY meet `condition`."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def role_tallies() -> tuple[ColumnElement[int], ColumnElement[int], ColumnElement[int]]:
    """Police (with auxiliary police), health workers and cadres, over rows joined to Responder."""
    return (tally(Responder.role.in_([r.value for r in POLICE_ROLES])),
            tally(Responder.role == ResponderRole.HEALTH_WORKER.value),
            tally(Responder.role == ResponderRole.CADRE.value))


def usable_vehicles(session: Session, team_ids: Sequence[int]) -> dict[int, int]:
    """Each team's vehicles in use and not out of service, in one GROUP BY."""
    return {int(team or 0): int(number) for team, number in session.execute(
        select(Vehicle.team_id, func.count())
        .where(Vehicle.team_id.in_(team_ids), Vehicle.active.is_(True),
               Vehicle.status != VehicleStatus.OUT_OF_SERVICE.value)
        .group_by(Vehicle.team_id))}


def team_counts(session: Session, team_ids: Iterable[int]) -> dict[int, tuple[TeamKind, TeamCounts]]:
    """Counts for `team_ids` in two GROUP BYs: current active members by role, usable vehicles."""
    ids = list(team_ids)
    if not ids:
        return {}
    members = {row[0]: row[1:] for row in session.execute(
        select(TeamMember.team_id, *role_tallies(), tally(TeamMember.is_leader.is_(True)))
        .join(Responder, Responder.id == TeamMember.responder_id)
        .where(TeamMember.team_id.in_(ids), TeamMember.left_on.is_(None),
               Responder.active.is_(True))
        .group_by(TeamMember.team_id))}
    vehicles = usable_vehicles(session, ids)
    result: dict[int, tuple[TeamKind, TeamCounts]] = {}
    for ident, kind in session.execute(select(Team.id, Team.kind).where(Team.id.in_(ids))):
        police, health, cadres, leaders = members.get(ident, (0, 0, 0, 0))
        result[ident] = (TeamKind(kind), TeamCounts(int(police), int(health), int(cadres),
                                                     int(leaders), vehicles.get(ident, 0)))
    return result


def team_completeness(session: Session, team_ids: Iterable[int],
                      minimums: TeamMinimums | None = None) -> dict[int, TeamCompleteness]:
    """For each team: complete or not, and why not (by the district's stored minimums unless
    the caller gives others)."""
    minimums = minimums_for(session, minimums)
    return {ident: TeamCompleteness(ident, kind, counts, shortfalls(kind, counts, minimums))
            for ident, (kind, counts) in team_counts(session, team_ids).items()}


@dataclass(frozen=True)
class StationStrength:
    """A station's active quick-response teams against the minimum for its area."""
    station_id: int
    station: str
    area_kind: AreaKind
    quick_response_teams: int
    minimum: int

    @property
    def meets_minimum(self) -> bool:
        return self.quick_response_teams >= self.minimum


def station_strengths(session: Session, minimums: TeamMinimums | None = None,
                      station_ids: Iterable[int] | None = None) -> list[StationStrength]:
    """Every station (or those given) with its count of active quick-response teams."""
    minimums = minimums_for(session, minimums)
    statement = _strengths()
    if station_ids is not None:
        statement = statement.where(PoliceStation.id.in_(list(station_ids)))
    return [StationStrength(ident, name, AreaKind(area), int(number),
                            minimums.quick_response_teams_for(area))
            for ident, name, area, number in session.execute(statement)]


def station_strengths_held(database: Database) -> list[StationStrength]:
    """Every station's strength as `station_strengths` gives it, the district's stored minimums
    read in the same statement (joined on their one row): one round trip on a held connection,
    where a session waits five times (the teams view, bench/slow_link.py)."""
    row = TeamMinimumsRow
    statement = _strengths().add_columns(row.id, *(getattr(row, name) for name in FIELDS)) \
        .outerjoin(row, row.id == POLICY_ROW)
    found = fetch_held(database, statement)
    stored = found[0][5:] if found and found[0][4] is not None else None
    minimums = DEFAULT_MINIMUMS if stored is None else TeamMinimums(**dict(zip(FIELDS, stored)))
    return [StationStrength(ident, name, AreaKind(area), int(number),
                            minimums.quick_response_teams_for(area))
            for ident, name, area, number, *_minimums in found]


def _strengths() -> Select[*tuple[Any, ...]]:
    teams = (select(Team.station_id, func.count().label("teams"))
             .where(Team.kind == TeamKind.QUICK_RESPONSE.value, Team.active.is_(True))
             .group_by(Team.station_id).subquery())
    return (select(PoliceStation.id, PoliceStation.name, PoliceStation.area_kind,
                   func.coalesce(teams.c.teams, 0))
            .outerjoin(teams, teams.c.station_id == PoliceStation.id)
            .order_by(PoliceStation.name, PoliceStation.id))


def completeness_by_kind(rows: Mapping[int, TeamCompleteness]) -> dict[TeamKind, tuple[int, int]]:
    """(complete, all) per team kind, for a summary line."""
    summary: dict[TeamKind, tuple[int, int]] = {}
    for row in rows.values():
        done, total = summary.get(row.kind, (0, 0))
        summary[row.kind] = (done + int(row.complete), total + 1)
    return summary
