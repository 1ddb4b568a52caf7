"""Looking at one community: its figures, a household's members and visits, finding it by name.

Plain dataclasses of plain values leave here; the views never hold ORM objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, or_, select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import shown_resident_id
from models.accounts.permissions import Permission
from models.communities.coverage import CommunityCoverage, coverage_by_community, coverage_percent, open_doors
from models.db.database import Database
from models.enums import TeamKind
from models.errors import CanvassError
from models.schema.geography import Community, PoliceStation
from models.schema.register import Household, Person
from models.schema.screening import ScreeningResult, Visit
from models.schema.teams import Team, team_community


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

    @property
    def coverage(self) -> float | None:
        return coverage_percent(self.figures.households_done, self.households)

    @property
    def open_doors(self) -> int:
        return open_doors(self.households, self.figures.households_done)


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    resident_id: str
    is_head: bool
    temperature_c: Decimal | None
    symptoms: str
    screened_at: datetime | None


@dataclass(frozen=True)
class VisitRow:
    visit_id: int
    visited_at: datetime
    outcome: str
    team: str
    note: str


@dataclass(frozen=True)
class HouseholdDetail:
    id: int
    community_id: int
    place: str
    address: str
    members: tuple[MemberRow, ...]
    visits: tuple[VisitRow, ...]


def place_of(building: str, unit: str, door: str) -> str:
    """楼栋-单元-门牌 as people write it on the door list: 3-2-301."""
    return "-".join(part for part in (building, unit, door) if part)


@action(Permission.VIEW)
def community_summary(database: Database, user: SignedInUser, community_id: int,
                      now: datetime | None = None) -> CommunitySummary:
    with read_session(database) as session:
        row = session.execute(
            select(Community, PoliceStation.name)
            .join(PoliceStation, PoliceStation.id == Community.station_id)
            .where(Community.id == community_id)).first()
        if row is None:
            raise UnknownCommunity(f"no community {community_id}", "community_unknown")
        community, station = row
        figures = coverage_by_community(session, [community.id], now or datetime.now())[community.id]
        groups = tuple((int(i), str(n)) for i, n in session.execute(
            select(Team.id, Team.name).join(team_community, team_community.c.team_id == Team.id)
            .where(team_community.c.community_id == community.id,
                   Team.kind == TeamKind.WORK_GROUP, Team.active.is_(True)).order_by(Team.name)))
        return CommunitySummary(community.id, community.code, community.name, str(station),
                                community.registered_households, community.registered_persons,
                                community.daily_visit_target, figures, groups)


@action(Permission.VIEW)
def household_detail(database: Database, user: SignedInUser,
                     household_id: int) -> HouseholdDetail:
    """Members with their latest screening, and the visit history newest first."""
    with read_session(database) as session:
        household = session.get(Household, household_id)
        if household is None:
            raise CanvassError(f"no household {household_id}", "visit_household_unknown")
        latest = (select(ScreeningResult.person_id, func.max(Visit.visited_at).label("at"))
                  .join(Visit, Visit.id == ScreeningResult.visit_id)
                  .join(Person, Person.id == ScreeningResult.person_id)
                  .where(Person.household_id == household_id)
                  .group_by(ScreeningResult.person_id).subquery())
        screenings = {int(person): (temperature, symptoms or "", at) for person, temperature,
                      symptoms, at in session.execute(
                          select(ScreeningResult.person_id, ScreeningResult.temperature_c,
                                 ScreeningResult.symptoms, Visit.visited_at)
                          .join(Visit, Visit.id == ScreeningResult.visit_id)
                          .join(latest, (latest.c.person_id == ScreeningResult.person_id)
                                & (latest.c.at == Visit.visited_at)))}
        members = tuple(
            MemberRow(person.id, person.name,
                      shown_resident_id(person.resident_id, user.sees_full_identifiers),
                      person.is_household_head, *screenings.get(person.id, (None, "", None)))
            for person in session.scalars(select(Person).where(
                Person.household_id == household_id).order_by(Person.is_household_head.desc(),
                                                              Person.id)))
        visits = tuple(VisitRow(int(i), at, getattr(outcome, "value", str(outcome)),
                                str(team or ""), note or "")
                       for i, at, outcome, team, note in session.execute(
                           select(Visit.id, Visit.visited_at, Visit.outcome, Team.name,
                                  Visit.note).outerjoin(Team, Team.id == Visit.team_id)
                           .where(Visit.household_id == household_id)
                           .order_by(Visit.visited_at.desc(), Visit.id.desc())))
        return HouseholdDetail(household.id, household.community_id,
                               place_of(household.building, household.unit, household.door),
                               household.address, members, visits)


def find_community(database: Database, text: str) -> tuple[int, str]:
    """(id, name) of the community whose code or exact name is `text`; UnknownCommunity when none
    or when several communities share the name (then the code is needed)."""
    wanted = text.strip()
    if not wanted:
        raise UnknownCommunity("no community named", "community_unknown")
    with read_session(database) as session:
        found = session.execute(select(Community.id, Community.name, Community.code).where(
            or_(Community.code == wanted, Community.name == wanted)).limit(3)).all()
    by_code = [row for row in found if row.code == wanted]
    if by_code:
        return int(by_code[0].id), str(by_code[0].name)
    if len(found) == 1:
        return int(found[0].id), str(found[0].name)
    if not found:
        raise UnknownCommunity(f"no community has the name or code {wanted!r}", "community_unknown")
    raise UnknownCommunity(f"several communities are named {wanted!r}: give its code",
                           "community_ambiguous")
