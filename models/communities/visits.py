"""Recording a door-knock visit: what is refused, what "screened" means, and the fever case a
hot forehead raises (what the form offers is models/communities/visit_form.py's; what is found
at the door besides temperatures, door_findings.py's).

"Screened" accounts for every member living at the household: each screened with a temperature
of their own, or marked not at home or refusing, or found to live elsewhere now; nobody counts
as screened by another's figure. Every check runs before anything is written, so a bad entry
leaves the database as it was; the same rules serve the visit dialog and anything else that
records visits.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases.workflow import CaseAlreadyOpen, open_case
from models.communities.door_findings import (
    FoundPerson,
    NewDoor,
    ResidenceChange,
    add_found_person,
    add_household,
    change_residence,
    check_found,
    check_new_door,
    check_residence,
    count_register,
)
from models.communities.refusals import CommunityRefusal
from models.communities.visit_keys import lock_door, stored_result, stored_visit
from models.enums import CaseCategory, MemberPresence, Residence, VisitOutcome
from models.errors import CanvassError
from models.schema.register import Household, Person
from models.schema.screening import (
    FEVER_THRESHOLD_C,
    PLAUSIBLE_TEMPERATURE_C,
    ScreeningResult,
    Visit,
    VisitAbsence,
)
from models.schema.teams import Team
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
class MemberAbsence:
    """A member living here, not screened at this visit: absent, or refusing."""
    person_id: int
    presence: str


@dataclass(frozen=True)
class VisitEntry:
    """One visit as entered. A screened visit accounts for every member living at the
    household: screened with a temperature, absent or refusing (`absences`), or found to live
    elsewhere now (`residences`); newcomers met at the door are `found`. With `new_door` the
    visit is to a door the list does not have, in the community of `household_id`. `key`: the
    workstation's key for this entry, the same for every save of it (models/communities/
    visit_keys.py)."""
    household_id: int
    outcome: str
    visited_at: datetime
    team_id: int | None = None
    note: str = ""
    screenings: Sequence[MemberScreening] = field(default_factory=tuple)
    absences: Sequence[MemberAbsence] = field(default_factory=tuple)
    residences: Sequence[ResidenceChange] = field(default_factory=tuple)
    found: Sequence[FoundPerson] = field(default_factory=tuple)
    new_door: NewDoor | None = None
    key: uuid.UUID | None = None


@dataclass(frozen=True)
class RecordedVisit:
    visit_id: int
    fever_case_ids: tuple[int, ...]
    fever_person_ids: tuple[int, ...]
    household_id: int = 0                  # the new door's household when one was added
    found_person_ids: tuple[int, ...] = ()


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
    """Refuse the entry (InvalidVisit, or DoorFindingRefused / InvalidField for what was found at
    the door) unless every rule holds; returns the household knocked at (the neighbour, for a
    new door)."""
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
    if (entry.screenings or entry.absences or entry.residences or entry.found) \
            and outcome is not VisitOutcome.SCREENED:
        raise InvalidVisit("temperatures belong to a screened household only",
                           CommunityRefusal.VISIT_SCREENINGS_WITHOUT_SCREENING)
    if len(entry.note) > NOTE_LIMIT:
        raise InvalidVisit(f"a note has at most {NOTE_LIMIT} characters",
                           CommunityRefusal.VISIT_NOTE_TOO_LONG, limit=NOTE_LIMIT)
    if entry.new_door is not None:
        check_new_door(session, household.community_id, entry.new_door)
    _check_members(session, entry, None if entry.new_door is not None else household.id)
    for screening in entry.screenings:
        _check_screening(screening.temperature_c, screening.symptoms)
    for found in entry.found:
        _check_screening(found.temperature_c, found.symptoms, found.name)
        check_found(session, found, entry.visited_at.date())
    ids = [found.resident_id.strip().upper() for found in entry.found if found.resident_id.strip()]
    if len(set(ids)) != len(ids):
        raise InvalidVisit("a person is listed twice in one visit",
                           CommunityRefusal.VISIT_PERSON_TWICE)
    if outcome is VisitOutcome.SCREENED and not entry.screenings and not entry.found:
        raise InvalidVisit("a screened visit screens somebody",
                           CommunityRefusal.VISIT_NOBODY_SCREENED)
    if entry.new_door is None:
        duplicate = session.scalar(select(Visit.id).where(
            Visit.household_id == household.id, Visit.visited_at == entry.visited_at,
            Visit.outcome == outcome).limit(1))
        if duplicate is not None:
            raise InvalidVisit(f"this visit was already recorded (visit {duplicate})",
                               CommunityRefusal.VISIT_DUPLICATE)
    return household


def _check_screening(temperature: Decimal | float | str | None, symptoms: str,
                     name: str | None = None) -> None:
    if clean_temperature(temperature) is None and name is not None:
        raise InvalidVisit(f"{name}: no temperature", CommunityRefusal.VISIT_TEMPERATURE_MISSING,
                           name=name)
    if len(symptoms) > SYMPTOMS_LIMIT:
        raise InvalidVisit(f"symptoms have at most {SYMPTOMS_LIMIT} characters",
                           CommunityRefusal.VISIT_SYMPTOMS_TOO_LONG, limit=SYMPTOMS_LIMIT)


def _check_members(session: Session, entry: VisitEntry, household_id: int | None) -> None:
    """Everyone named is a member of the household, named once; each screened member has a
    temperature; a screened visit accounts for every member who lives here."""
    seen = [s.person_id for s in entry.screenings] + [a.person_id for a in entry.absences]
    moved = [change.person_id for change in entry.residences]
    if len(set(seen)) != len(seen) or len(set(moved)) != len(moved):
        raise InvalidVisit("a person is listed twice in one visit",
                           CommunityRefusal.VISIT_PERSON_TWICE)
    members = {int(i): (str(n), Residence(r)) for i, n, r in session.execute(
        select(Person.id, Person.name, Person.residence).where(
            Person.household_id == household_id, Person.active.is_(True),
            Person.residence != Residence.DECEASED))} if household_id is not None else {}
    strangers = sorted((set(seen) | set(moved)) - set(members))
    if strangers:
        raise InvalidVisit(f"person {strangers[0]} does not belong to household {household_id}",
                           CommunityRefusal.VISIT_PERSON_NOT_MEMBER)
    residence = {ident: state for ident, (_name, state) in members.items()}
    for change in entry.residences:
        residence[change.person_id] = check_residence(change, entry.visited_at.date())
        if residence[change.person_id] is not Residence.HERE and change.person_id in seen:
            raise InvalidVisit("a person is listed twice in one visit",
                               CommunityRefusal.VISIT_PERSON_TWICE)
    for absence in entry.absences:
        if absence.presence not in {p.value for p in MemberPresence}:
            raise InvalidVisit(f"unknown presence {absence.presence!r}",
                               CommunityRefusal.PRESENCE_UNKNOWN)
    for screening in entry.screenings:
        if clean_temperature(screening.temperature_c) is None:
            name = members[screening.person_id][0]
            raise InvalidVisit(f"{name}: no temperature",
                               CommunityRefusal.VISIT_TEMPERATURE_MISSING, name=name)
    if entry.outcome == VisitOutcome.SCREENED.value:
        for ident, (name, _before) in members.items():
            if residence[ident] is Residence.HERE and ident not in seen:
                raise InvalidVisit(f"{name} is neither screened nor marked absent",
                                   CommunityRefusal.VISIT_MEMBER_UNACCOUNTED, name=name)


def record_visit(session: Session, entry: VisitEntry, now: datetime,
                 user_id: int | None) -> RecordedVisit:
    """Write the visit, what was found at the door, its screenings and a fever case per
    feverish person (in one flush with the caller's transaction: all or nothing); the
    community's register figures follow. A save of an entry already stored under its key
    answers what the first save did, writing nothing."""
    lock_door(session, entry.household_id)
    stored = stored_visit(session, entry.key)
    if stored is not None:
        return _replayed(session, stored, entry)
    household = check_visit(session, entry, now)
    added_households = added_persons = 0
    if entry.new_door is not None:
        household = add_household(session, household.community_id,
                                  check_new_door(session, household.community_id,
                                                 entry.new_door))
        added_households = 1
    visit = Visit(household_id=household.id, community_id=household.community_id,
                  team_id=entry.team_id, visited_at=entry.visited_at,
                  outcome=VisitOutcome(entry.outcome), recorded_by_user_id=user_id,
                  note=entry.note.strip(), entry_key=entry.key)
    session.add(visit)
    session.flush()
    screened = list(entry.screenings)
    found_ids: list[int] = []
    for found in entry.found:
        person = add_found_person(session, household,
                                  check_found(session, found, entry.visited_at.date()))
        found_ids.append(person.id)
        screened.append(MemberScreening(person.id, found.temperature_c, found.symptoms))
        added_persons += 1
    for change in entry.residences:
        member = session.get(Person, change.person_id)
        assert member is not None   # checked: a member of the household
        added_persons += change_residence(member, Residence(change.residence), change.where,
                                          change.since)
    feverish: list[int] = []
    for screening in screened:
        temperature = clean_temperature(screening.temperature_c)
        symptoms = screening.symptoms.strip()
        session.add(ScreeningResult(visit_id=visit.id, person_id=screening.person_id,
                                    temperature_c=temperature, has_symptoms=bool(symptoms),
                                    symptoms=symptoms))
        if is_fever(temperature, symptoms):
            feverish.append(screening.person_id)
    for absence in entry.absences:
        session.add(VisitAbsence(visit_id=visit.id, person_id=absence.person_id,
                                 presence=MemberPresence(absence.presence)))
    _found_at_last(session, [s.person_id for s in entry.screenings])
    session.flush()
    count_register(session, household.community_id, added_households, added_persons)
    case_ids = tuple(case_id for person_id in feverish
                     if (case_id := propose_fever_case(session, person_id, visit.id,
                                                       entry.visited_at, user_id, now)))
    return RecordedVisit(visit.id, case_ids, tuple(feverish), household.id, tuple(found_ids))


def _replayed(session: Session, visit: Visit, entry: VisitEntry) -> RecordedVisit:
    """The first save's answer, for the same entry sent again. The key on another door, moment
    or outcome is a form changed after its save went through: refused, so the person looks at
    what was stored before recording anything else."""
    if (visit.visited_at, str(visit.outcome)) != (entry.visited_at, entry.outcome) or (
            entry.new_door is None and visit.household_id != entry.household_id):
        raise InvalidVisit(f"this form's visit was already saved as visit {visit.id}",
                           CommunityRefusal.VISIT_ALREADY_SAVED)
    result = stored_result(session, visit)
    return RecordedVisit(visit.id, result.fever_case_ids, result.fever_person_ids,
                         visit.household_id, result.found_person_ids)


def _found_at_last(session: Session, screened: list[int]) -> None:
    """A person the teams were looking for who was screened here is found."""
    if screened:
        for person in session.scalars(select(Person).where(Person.id.in_(screened),
                                                           Person.to_find.is_(True))):
            person.to_find = False


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
