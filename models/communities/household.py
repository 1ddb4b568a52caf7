"""One household as the community view shows it: its members with their latest screening, and
its visits newest first: four statements, whatever the size of the household."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.communities.refusals import CommunityRefusal
from models.errors import CanvassError
from models.schema.register import Household, Person
from models.schema.screening import ScreeningResult, Visit
from models.schema.teams import Team


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    resident_id: str    # as registered: the caller masks it as the user's role requires
    is_head: bool
    temperature_c: Decimal | None
    symptoms: str
    screened_at: datetime | None
    residence: str = "here"      # what the teams found: here, away, moved out, deceased …
    origin: str = "register"     # register, door (found there), intake (a contact list)
    to_find: bool = False        # named on a contact-tracing list, not found yet


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


def _latest_screenings(session: Session, household_id: int
                       ) -> dict[int, tuple[Decimal | None, str, datetime]]:
    """Each member's temperature and symptoms at their latest screening."""
    latest = (select(ScreeningResult.person_id, func.max(Visit.visited_at).label("at"))
              .join(Visit, Visit.id == ScreeningResult.visit_id)
              .join(Person, Person.id == ScreeningResult.person_id)
              .where(Person.household_id == household_id)
              .group_by(ScreeningResult.person_id).subquery())
    return {int(person): (temperature, symptoms or "", at) for person, temperature, symptoms, at
            in session.execute(
                select(ScreeningResult.person_id, ScreeningResult.temperature_c,
                       ScreeningResult.symptoms, Visit.visited_at)
                .join(Visit, Visit.id == ScreeningResult.visit_id)
                .join(latest, (latest.c.person_id == ScreeningResult.person_id)
                      & (latest.c.at == Visit.visited_at)))}


def _member(person: Person, latest: tuple[Decimal | None, str, datetime | None]) -> MemberRow:
    temperature, symptoms, at = latest
    return MemberRow(person.id, person.name, person.resident_id or "", person.is_household_head,
                     temperature, symptoms, at,
                     getattr(person.residence, "value", str(person.residence)),
                     getattr(person.origin, "value", str(person.origin)), bool(person.to_find))


def household_detail(session: Session, household_id: int) -> HouseholdDetail:
    """Members with their latest screening, and the visit history newest first; refused
    ("visit_household_unknown") for a household not in the register."""
    household = session.get(Household, household_id)
    if household is None:
        raise CanvassError(f"no household {household_id}",
                           CommunityRefusal.VISIT_HOUSEHOLD_UNKNOWN)
    screenings = _latest_screenings(session, household_id)
    members = tuple(_member(person, screenings.get(person.id, (None, "", None)))
                    for person in session.scalars(select(Person).where(
                        Person.household_id == household_id,
                        Person.active.is_(True))   # not merged away
                        .order_by(Person.is_household_head.desc(), Person.id)))
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
