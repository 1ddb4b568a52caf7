"""Everything the register knows of one person, for the person's window: their cases, their
screenings at the door, their household and its members, and the visits to that household.

Each list is one indexed read, newest first and bounded (a person screened every week of a
campaign has a few dozen rows; a household a few more visits). Values come back as stored: the
controller masks identifiers for the reader's role.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import RecordGone
from models.schema.cases import Case
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.screening import ScreeningResult, Visit
from models.schema.teams import Team

LIMIT = 100
MEMBER_LIMIT = 30


@dataclass(frozen=True)
class PersonCase:
    case_id: int
    category: str
    status: str
    opened_at: datetime
    status_since: datetime
    is_open: bool


@dataclass(frozen=True)
class PersonScreening:
    at: datetime
    temperature: str          # °C as read ("37.8"), "" when none was taken
    symptoms: str             # as noted; "" for none
    has_symptoms: bool


@dataclass(frozen=True)
class HouseholdVisit:
    at: datetime
    outcome: str              # a VisitOutcome value
    team: str
    note: str


@dataclass(frozen=True)
class PersonFile:
    person_id: int
    name: str
    sex: str | None
    birth_date: date | None
    resident_id: str | None   # as stored; the controller masks per role
    phone: str | None
    household_id: int
    door: str                 # building, unit and door, as the knock list names it
    address: str
    community: str
    active: bool              # False once merged into another entry
    members: tuple[tuple[int, str, str | None], ...]     # id, name, resident ID (others)
    cases: tuple[PersonCase, ...]
    screenings: tuple[PersonScreening, ...]
    visits: tuple[HouseholdVisit, ...]


def person_file(session: Session, person_id: int) -> PersonFile:
    """The person's file; RecordGone if the person is no longer in the register."""
    person = session.get(Person, person_id)
    if person is None:
        raise RecordGone("This person is no longer in the register")
    household = session.get(Household, person.household_id)
    community = session.scalar(select(Community.name).where(Community.id == person.community_id))
    members = session.execute(
        select(Person.id, Person.name, Person.resident_id)
        .where(Person.household_id == person.household_id, Person.id != person.id,
               Person.active.is_(True))
        .order_by(Person.id).limit(MEMBER_LIMIT))
    cases = session.execute(
        select(Case.id, Case.category, Case.status, Case.opened_at, Case.status_since,
               Case.is_open)
        .where(Case.person_id == person.id).order_by(Case.opened_at.desc()).limit(LIMIT))
    screenings = session.execute(
        select(Visit.visited_at, ScreeningResult.temperature_c, ScreeningResult.symptoms,
               ScreeningResult.has_symptoms)
        .join(Visit, Visit.id == ScreeningResult.visit_id)
        .where(ScreeningResult.person_id == person.id)
        .order_by(Visit.visited_at.desc()).limit(LIMIT))
    visits = session.execute(
        select(Visit.visited_at, Visit.outcome, Team.name, Visit.note)
        .outerjoin(Team, Team.id == Visit.team_id)
        .where(Visit.household_id == person.household_id)
        .order_by(Visit.visited_at.desc()).limit(LIMIT))
    return PersonFile(
        person.id, person.name, str(person.sex) if person.sex else None, person.birth_date,
        person.resident_id, person.phone, person.household_id,
        " ".join(part for part in (household.building, household.unit, household.door) if part)
        if household is not None else "",
        household.address if household is not None else "", community or "",
        bool(person.active), tuple((i, n, r) for i, n, r in members),
        tuple(PersonCase(i, str(c), str(s), o, since, bool(is_open))
              for i, c, s, o, since, is_open in cases),
        tuple(PersonScreening(at, "" if t is None else f"{t:.1f}", symptoms or "", bool(has))
              for at, t, symptoms, has in screenings),
        tuple(HouseholdVisit(at, str(outcome), team or "", note or "")
              for at, outcome, team, note in visits))
