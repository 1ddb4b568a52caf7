"""One community at a glance: its register, station, coverage figures and work groups; and
finding a community by the code or name a person types."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.communities.coverage import (
    CommunityCoverage,
    coverage_by_community,
    coverage_percent,
    open_doors,
)
from models.communities.refusals import CommunityRefusal
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
    counted = (select(Person.household_id, func.count().label("persons"))
               .where(Person.community_id == community_id, Person.active.is_(True))
               .group_by(Person.household_id)
               .having(func.count() >= CROWDED_HOUSEHOLD).subquery())
    rows = session.execute(
        select(Household.id, Household.address, Household.building, Household.unit,
               Household.door, counted.c.persons)
        .join(counted, counted.c.household_id == Household.id)
        .order_by(counted.c.persons.desc(), Household.id).limit(5))
    return tuple(CrowdedHousehold(int(hid), address or "-".join(
        part for part in (building, unit, door) if part), int(persons))
        for hid, address, building, unit, door, persons in rows)


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
