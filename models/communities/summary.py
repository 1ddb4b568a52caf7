"""One community at a glance: its register, station, coverage figures and work groups; and
finding a community by the code or name a person types."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import BindParameter, Date, DateTime, Integer, Select, bindparam, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from models.communities.coverage import (
    REVISIT_AFTER,
    CommunityCoverage,
    coverage_by_community,
    coverage_figures,
    coverage_percent,
    open_doors,
)
from models.communities.refusals import CommunityRefusal
from models.db.database import Database
from models.db.driver_statements import DriverStatement, compile_for_driver
from models.db.held_reads import driver_value, fetch_compiled
from models.enums import TeamKind
from models.errors import CanvassError
from models.schema.geography import Community, PoliceStation
from models.schema.register import Household, Person
from models.schema.teams import Team, team_community

# A household holding this many persons is not a family at one door: registers imported before
# households were built from addresses (migration 0012) put a whole community into one.
CROWDED_HOUSEHOLD = 30


@dataclass(frozen=True)
class CrowdedHousehold:
    """A household too large to be one door: where it is written, how many it holds."""
    id: int
    address: str
    persons: int


class UnknownCommunity(CanvassError):
    """No community has that name or code (or several share the name)."""


@dataclass(frozen=True)
class CommunitySummary:
    id: int
    code: str
    name: str
    station: str
    households: int
    persons: int
    daily_target: int
    figures: CommunityCoverage
    work_groups: tuple[tuple[int, str], ...]
    crowded: tuple[CrowdedHousehold, ...] = ()

    @property
    def coverage(self) -> float | None:
        return coverage_percent(self.figures.households_done, self.households)

    @property
    def open_doors(self) -> int:
        return open_doors(self.households, self.figures.households_done)


def community_summary(session: Session, community_id: int, now: datetime) -> CommunitySummary:
    """The community's register figures, coverage as of `now` and active work groups;
    UnknownCommunity for an id no community has."""
    row = session.execute(
        select(Community, PoliceStation.name)
        .join(PoliceStation, PoliceStation.id == Community.station_id)
        .where(Community.id == community_id)).first()
    if row is None:
        raise UnknownCommunity(f"no community {community_id}",
                               CommunityRefusal.COMMUNITY_UNKNOWN)
    community, station = row
    figures = coverage_by_community(session, [community.id], now)[community.id]
    groups = tuple((int(i), str(n)) for i, n in session.execute(
        select(Team.id, Team.name).join(team_community, team_community.c.team_id == Team.id)
        .where(team_community.c.community_id == community.id,
               Team.kind == TeamKind.WORK_GROUP, Team.active.is_(True)).order_by(Team.name)))
    return CommunitySummary(community.id, community.code, community.name, str(station),
                            community.registered_households, community.registered_persons,
                            community.daily_visit_target, figures, groups,
                            crowded_households(session, community.id))


def crowded_households(session: Session, community_id: int) -> tuple[CrowdedHousehold, ...]:
    """The community's households holding CROWDED_HOUSEHOLD persons or more, largest first:
    one index range of the community's persons (a few thousand rows), not the register."""
    return _crowded(session.execute(_crowded_statement(community_id)))


def _crowded_statement(community_id: int | BindParameter[int]) -> Select[*tuple[Any, ...]]:
    counted = (select(Person.household_id, func.count().label("persons"))
               .where(Person.community_id == community_id, Person.active.is_(True))
               .group_by(Person.household_id)
               .having(func.count() >= CROWDED_HOUSEHOLD).subquery())
    return (select(Household.id, Household.address, Household.building, Household.unit,
                   Household.door, counted.c.persons)
            .join(counted, counted.c.household_id == Household.id)
            .order_by(counted.c.persons.desc(), Household.id).limit(5))


def _crowded(rows: Iterable[Any]) -> tuple[CrowdedHousehold, ...]:
    return tuple(CrowdedHousehold(int(hid), address or "-".join(
        part for part in (building, unit, door) if part), int(persons))
        for hid, address, building, unit, door, persons in rows)


def community_summary_held(database: Database, community_id: int,
                           now: datetime) -> CommunitySummary:
    """`community_summary` in two round trips on a held connection, where a session waits
    seven times (the community window over a slow link, bench/slow_link.py): the community with
    its coverage figures in one statement, its work groups and crowded households in another
    (UNION ALL, each part numbered in its own order). Both compiled once per database; the
    community and the clock's values given at each run."""
    head, parts = _summary_statements(database)
    given = {"community": community_id,
             "today": driver_value(database, Date(), now.date()),
             "cutoff": driver_value(database, DateTime(), now - REVISIT_AFTER)}
    found = fetch_compiled(database, head, given)
    if not found:
        raise UnknownCommunity(f"no community {community_id}",
                               CommunityRefusal.COMMUNITY_UNKNOWN)
    (ident, code, name, station, households, persons, target, done, screened, today, counted,
     settled, groups, last) = found[0]
    ordered = sorted(fetch_compiled(database, parts, {"community": community_id}),
                     key=lambda part: (part[0], part[1]))
    coverage = CommunityCoverage(
        households_done=int(done), persons_screened=int(screened),
        revisits_due=max(int(counted) - int(settled), 0), visits_today=int(today),
        last_visit_at=last, work_groups=int(groups))
    return CommunitySummary(
        int(ident), code, name, str(station), households, persons, target, coverage,
        tuple((int(part[2]), str(part[3])) for part in ordered if part[0] == 0),
        _crowded(part[2:] for part in ordered if part[0] == 1))


def _summary_statements(database: Database) -> tuple[DriverStatement, DriverStatement]:
    found: tuple[DriverStatement, DriverStatement] | None = database.memo.get("community_summary")
    if found is not None:
        return found
    community = bindparam("community", 0, type_=Integer())
    head = (select(Community.id, Community.code, Community.name, PoliceStation.name,
                   Community.registered_households, Community.registered_persons,
                   Community.daily_visit_target, *coverage_figures(date.min, datetime.min))
            .join(PoliceStation, PoliceStation.id == Community.station_id)
            .where(Community.id == community))
    crowded = _crowded_statement(community).subquery()
    parts = select(union_all(
        select(literal(0).label("part"), func.row_number().over(order_by=Team.name)
               .label("number"), Team.id.label("id"), Team.name.label("name"),
               null().label("building"), null().label("unit"), null().label("door"),
               null().label("persons"))
        .join(team_community, team_community.c.team_id == Team.id)
        .where(team_community.c.community_id == community,
               Team.kind == TeamKind.WORK_GROUP, Team.active.is_(True)),
        select(literal(1), func.row_number().over(order_by=(crowded.c.persons.desc(),
                                                            crowded.c.id)),
               crowded.c.id, crowded.c.address, crowded.c.building, crowded.c.unit,
               crowded.c.door, crowded.c.persons)).subquery())
    dialect = database.engine.dialect
    found = (compile_for_driver(head, dialect), compile_for_driver(parts, dialect))
    database.memo["community_summary"] = found
    return found


def find_community(session: Session, text: str) -> tuple[int, str]:
    """(id, name) of the community whose code or exact name is `text`; UnknownCommunity when none
    or when several communities share the name (then the code is needed)."""
    wanted = text.strip()
    if not wanted:
        raise UnknownCommunity("no community named", CommunityRefusal.COMMUNITY_UNKNOWN)
    found = session.execute(select(Community.id, Community.name, Community.code).where(
        or_(Community.code == wanted, Community.name == wanted)).limit(3)).all()
    by_code = [row for row in found if row.code == wanted]
    if by_code:
        return int(by_code[0].id), str(by_code[0].name)
    if len(found) == 1:
        return int(found[0].id), str(found[0].name)
    if not found:
        raise UnknownCommunity(f"no community has the name or code {wanted!r}",
                               CommunityRefusal.COMMUNITY_UNKNOWN)
    raise UnknownCommunity(f"several communities are named {wanted!r}: give its code",
                           CommunityRefusal.COMMUNITY_AMBIGUOUS)
