"""Recording a door-knock visit: what the form offers, what is refused, and the fever case a
hot forehead raises.

Every check runs before anything is written, so a bad entry leaves the database as it was; the
same rules serve the visit dialog and anything else that records visits.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from models.cases.workflow import CaseAlreadyOpen, open_case
from models.communities.household import place_of
from models.communities.refusals import CommunityRefusal
from models.enums import CaseCategory, TeamKind, VisitOutcome
from models.errors import CanvassError
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.screening import FEVER_THRESHOLD_C, PLAUSIBLE_TEMPERATURE_C, ScreeningResult, Visit
from models.schema.teams import Team, team_community
from models.system_text import SystemText, encode

FEVER_PROPOSAL_REASON = encode(SystemText.FEVER_AT_SCREENING)
# A clock a minute ahead of the server's is not a visit from the future.
CLOCK_SLACK = timedelta(minutes=5)
NOTE_LIMIT = 500        # Visit.note's length
SYMPTOMS_LIMIT = 200    # ScreeningResult.symptoms' length


class InvalidVisit(CanvassError):
    """A visit that cannot be recorded as entered; `code` says which rule refused it."""


@dataclass(frozen=True)
class MemberScreening:
    person_id: int
    temperature_c: Decimal | float | str | None
    symptoms: str = ""


@dataclass(frozen=True)
class VisitEntry:
    household_id: int
    outcome: str
    visited_at: datetime
    team_id: int | None = None
    note: str = ""
    screenings: Sequence[MemberScreening] = field(default_factory=tuple)


@dataclass(frozen=True)
class RecordedVisit:
    visit_id: int
    fever_case_ids: tuple[int, ...]
    fever_person_ids: tuple[int, ...]


@dataclass(frozen=True)
class VisitForm:
    """What the visit dialog offers for one household: its members and the likely teams."""
    household_id: int
    community_id: int
    place: str
    members: tuple[tuple[int, str], ...]
    teams: tuple[tuple[int, str], ...]


def visit_form(session: Session, household_id: int) -> VisitForm:
    """The household's members, and work groups: the community's own first, then the station's;
    InvalidVisit for a household not in the register."""
    household = session.get(Household, household_id)
    if household is None:
        raise InvalidVisit(f"household {household_id} is not in the register",
                           CommunityRefusal.VISIT_HOUSEHOLD_UNKNOWN)
    members = tuple((int(i), str(n)) for i, n in session.execute(
        select(Person.id, Person.name).where(Person.household_id == household_id)
        .order_by(Person.is_household_head.desc(), Person.id)))
    assigned = select(team_community.c.team_id).where(
        team_community.c.community_id == household.community_id)
    own = [(int(i), str(n)) for i, n in session.execute(
        select(Team.id, Team.name).where(Team.id.in_(assigned), Team.active.is_(True))
        .order_by(case((Team.kind == TeamKind.WORK_GROUP, 0), else_=1), Team.name))]
    station = session.scalar(select(Community.station_id).where(
        Community.id == household.community_id))
    others = [(int(i), str(n)) for i, n in session.execute(
        select(Team.id, Team.name).where(Team.station_id == station, Team.active.is_(True),
                                         Team.kind == TeamKind.WORK_GROUP,
                                         Team.id.not_in(assigned)).order_by(Team.name))]
    return VisitForm(household.id, household.community_id,
                     place_of(household.building, household.unit, household.door),
                     members, tuple(own + others))


def clean_temperature(value: Decimal | float | str | None) -> Decimal | None:
    """A temperature in °C to one decimal, within 34–43 °C; None when none was taken."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", ".")).quantize(Decimal("0.1"))
    except (InvalidOperation, ValueError):
        raise InvalidVisit(f"not a temperature: {value!r}",
                           CommunityRefusal.TEMPERATURE_UNREADABLE) from None
    low, high = PLAUSIBLE_TEMPERATURE_C
    if not low <= number <= high:
        raise InvalidVisit(f"a temperature of {number} °C is outside {low}–{high} °C",
                           CommunityRefusal.TEMPERATURE_IMPLAUSIBLE, low=str(low), high=str(high))
    return number


def is_fever(temperature_c: Decimal | None, symptoms: str) -> bool:
    """At or above 37.3 °C, or any symptom: the person goes on the case board as a fever case."""
    return bool(symptoms.strip()) or (temperature_c is not None
                                      and temperature_c >= FEVER_THRESHOLD_C)


def check_visit(session: Session, entry: VisitEntry, now: datetime) -> Household:
    """Refuse the entry (InvalidVisit) unless every rule holds; returns the household."""
    try:
        outcome = VisitOutcome(entry.outcome)
    except ValueError:
        raise InvalidVisit(f"unknown outcome {entry.outcome!r}",
                           CommunityRefusal.VISIT_OUTCOME) from None
    household = session.get(Household, entry.household_id)
    if household is None:
        raise InvalidVisit(f"household {entry.household_id} is not in the register",
                           CommunityRefusal.VISIT_HOUSEHOLD_UNKNOWN)
    if entry.visited_at > now + CLOCK_SLACK:
        raise InvalidVisit(f"the visit is dated {entry.visited_at:%Y-%m-%d %H:%M}, in the future",
                           CommunityRefusal.VISIT_IN_FUTURE)
    if entry.team_id is not None and session.get(Team, entry.team_id) is None:
        raise InvalidVisit(f"team {entry.team_id} does not exist",
                           CommunityRefusal.VISIT_TEAM_UNKNOWN)
    if entry.screenings and outcome is not VisitOutcome.SCREENED:
        raise InvalidVisit("temperatures belong to a screened household only",
                           CommunityRefusal.VISIT_SCREENINGS_WITHOUT_SCREENING)
    if len(entry.note) > NOTE_LIMIT:
        raise InvalidVisit(f"a note has at most {NOTE_LIMIT} characters",
                           CommunityRefusal.VISIT_NOTE_TOO_LONG, limit=NOTE_LIMIT)
    people = [screening.person_id for screening in entry.screenings]
    if len(set(people)) != len(people):
        raise InvalidVisit("a person is listed twice in one visit",
                           CommunityRefusal.VISIT_PERSON_TWICE)
    if people:
        members = set(session.scalars(select(Person.id).where(
            Person.household_id == household.id, Person.id.in_(people))))
        strangers = sorted(set(people) - members)
        if strangers:
            raise InvalidVisit(f"person {strangers[0]} does not belong to household {household.id}",
                               CommunityRefusal.VISIT_PERSON_NOT_MEMBER)
    for screening in entry.screenings:
        clean_temperature(screening.temperature_c)
        if len(screening.symptoms) > SYMPTOMS_LIMIT:
            raise InvalidVisit(f"symptoms have at most {SYMPTOMS_LIMIT} characters",
                               CommunityRefusal.VISIT_SYMPTOMS_TOO_LONG, limit=SYMPTOMS_LIMIT)
    duplicate = session.scalar(select(Visit.id).where(
        Visit.household_id == household.id, Visit.visited_at == entry.visited_at,
        Visit.outcome == outcome).limit(1))
    if duplicate is not None:
        raise InvalidVisit(f"this visit was already recorded (visit {duplicate})",
                           CommunityRefusal.VISIT_DUPLICATE)
    return household


def record_visit(session: Session, entry: VisitEntry, now: datetime,
                 user_id: int | None) -> RecordedVisit:
    """Write the visit, its screenings and a fever case per feverish member (in one flush with
    the caller's transaction: all or nothing)."""
    household = check_visit(session, entry, now)
    visit = Visit(household_id=household.id, community_id=household.community_id,
                  team_id=entry.team_id, visited_at=entry.visited_at,
                  outcome=VisitOutcome(entry.outcome), recorded_by_user_id=user_id,
                  note=entry.note.strip())
    session.add(visit)
    session.flush()
    feverish: list[int] = []
    for screening in entry.screenings:
        temperature = clean_temperature(screening.temperature_c)
        symptoms = screening.symptoms.strip()
        session.add(ScreeningResult(visit_id=visit.id, person_id=screening.person_id,
                                    temperature_c=temperature, has_symptoms=bool(symptoms),
                                    symptoms=symptoms))
        if is_fever(temperature, symptoms):
            feverish.append(screening.person_id)
    session.flush()
    case_ids = tuple(case_id for person_id in feverish
                     if (case_id := propose_fever_case(session, person_id, visit.id,
                                                       entry.visited_at, user_id, now)))
    return RecordedVisit(visit.id, case_ids, tuple(feverish))


def propose_fever_case(session: Session, person_id: int, visit_id: int, at: datetime,
                       user_id: int | None, now: datetime) -> int | None:
    """Open a fever case, status identified, for the case board to verify, through the case
    workflow's one rule for opening cases; None when the person already has an open case (the
    board already follows them)."""
    try:
        opened = open_case(session, person_id, CaseCategory.FEVER, at, user_id,
                           FEVER_PROPOSAL_REASON, source_visit_id=visit_id, now=now)
    except CaseAlreadyOpen:
        return None
    return opened.id
