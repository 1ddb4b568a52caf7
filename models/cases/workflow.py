"""The case workflow: which status and category moves are allowed, under which conditions.

The tables are the rule; `move_status`, `move_category`, `add_note` and `open_case` are the only
writers of a case's status and category, so the GUI, the transfer workflow and the command line
enforce the same rules. Every accepted change leaves exactly one CaseEvent (who, when, why), and
every move says why: a person types a reason or takes the move's usual one
(models/cases/reasons.py), the transfer workflow writes its own.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.cases.refusals import CaseRefusal
from models.db.savepoints import savepoint
from models.enums import CLOSED_CASE_STATUSES, CaseCategory, CaseEventKind, CaseStatus
from models.errors import CanvassError
from models.schema.cases import Case, CaseEvent
from models.schema.register import Person
from models.system_text import fit

S = CaseStatus
# A workstation's clock may run a little ahead of the database's; more than this is a typo.
CLOCK_TOLERANCE = timedelta(minutes=5)
REASON_LIMIT = 500
LAST_ACTION_LIMIT = 200   # Case.last_action's length


class CaseMoveRefused(CanvassError):
    """A case change the workflow does not allow; nothing was written. `code` says which rule."""


@dataclass(frozen=True)
class StatusMove:
    """One allowed move. `via_transfer`: only the transfer workflow makes it (a vehicle carries
    the person); `needs_facility`: the case must name the facility that admitted the person."""
    via_transfer: bool = False
    needs_facility: bool = False


_SIDE = StatusMove()   # a side road or a closing move
STATUS_MOVES: dict[CaseStatus, dict[CaseStatus, StatusMove]] = {
    S.IDENTIFIED: {S.VERIFIED: StatusMove(), S.AWAITING_TRANSFER: StatusMove(),
                   S.HOME_OBSERVATION: _SIDE, S.REFUSED: _SIDE, S.CLEARED: _SIDE,
                   S.DECEASED: _SIDE},
    S.VERIFIED: {S.AWAITING_TRANSFER: StatusMove(), S.HOME_OBSERVATION: _SIDE, S.REFUSED: _SIDE,
                 S.CLEARED: _SIDE, S.DECEASED: _SIDE},
    S.AWAITING_TRANSFER: {S.IN_TRANSIT: StatusMove(via_transfer=True), S.REFUSED: _SIDE,
                          S.HOME_OBSERVATION: _SIDE, S.CLEARED: _SIDE, S.DECEASED: _SIDE},
    # A failed or cancelled trip brings the case back: to the queue, or to the persuasion road.
    S.IN_TRANSIT: {S.ADMITTED: StatusMove(via_transfer=True, needs_facility=True),
                   S.AWAITING_TRANSFER: StatusMove(via_transfer=True),
                   S.REFUSED: StatusMove(via_transfer=True),
                   S.DECEASED: _SIDE},
    S.ADMITTED: {S.RELEASED: _SIDE, S.DECEASED: _SIDE},
    # Agreeing after persuasion returns the case to the transfer queue.
    S.REFUSED: {S.AWAITING_TRANSFER: StatusMove(), S.HOME_OBSERVATION: _SIDE, S.CLEARED: _SIDE,
                S.DECEASED: _SIDE},
    S.HOME_OBSERVATION: {S.VERIFIED: StatusMove(), S.AWAITING_TRANSFER: StatusMove(),
                         S.REFUSED: _SIDE, S.CLEARED: _SIDE, S.RELEASED: _SIDE,
                         S.DECEASED: _SIDE},
    # Closed: a person who falls ill again gets a new case, so the old history stays as it was.
    S.RELEASED: {}, S.CLEARED: {}, S.DECEASED: {},
}

# Severity rises only: close contact → fever → suspected → confirmed (a step may be skipped:
# a close contact can test positive). Ruling out is the status CLEARED, not a category.
CATEGORY_ORDER: tuple[CaseCategory, ...] = (
    CaseCategory.CLOSE_CONTACT, CaseCategory.FEVER, CaseCategory.SUSPECTED, CaseCategory.CONFIRMED)
CATEGORY_MOVES: dict[CaseCategory, frozenset[CaseCategory]] = {
    c: frozenset(CATEGORY_ORDER[i + 1:]) for i, c in enumerate(CATEGORY_ORDER)}
# A confirmed case is not ruled out: it is released when it recovers.
NOT_CLEARABLE: frozenset[CaseCategory] = frozenset({CaseCategory.CONFIRMED})


def as_status(value: str | CaseStatus) -> CaseStatus:
    """A stored status from what a form or a command line sent; anything else is refused."""
    try:
        return CaseStatus(value)
    except ValueError:
        raise CaseMoveRefused(f"{value!r} is not a case status",
                              CaseRefusal.STATUS_UNKNOWN) from None


def as_category(value: str | CaseCategory) -> CaseCategory:
    try:
        return CaseCategory(value)
    except ValueError:
        raise CaseMoveRefused(f"{value!r} is not a case category",
                              CaseRefusal.CATEGORY_ILLEGAL) from None


def allowed_statuses(case: Case, *, via_transfer: bool = False) -> list[CaseStatus]:
    """The statuses a person may choose next (what the move dialog offers)."""
    if not case.is_open:
        return []
    return [to for to, move in STATUS_MOVES[CaseStatus(case.status)].items()
            if (via_transfer or not move.via_transfer)
            and not (to == S.CLEARED and case.category in NOT_CLEARABLE)
            and not (move.needs_facility and case.facility_id is None)]


def statuses_for_selection(statuses: Sequence[str]) -> list[str]:
    """Statuses a person may pick for cases now in `statuses` (any of them; the move itself
    checks each case), without the moves only a transfer makes."""
    reachable = {to for s in statuses if s in STATUS_MOVES
                 for to, move in STATUS_MOVES[CaseStatus(s)].items() if not move.via_transfer}
    return [s.value for s in CaseStatus if s in reachable]


def allowed_categories(case: Case) -> list[CaseCategory]:
    return sorted(CATEGORY_MOVES[CaseCategory(case.category)], key=CATEGORY_ORDER.index) \
        if case.is_open else []


def _check_time(case: Case, at: datetime, now: datetime | None) -> None:
    if at > (now or datetime.now()) + CLOCK_TOLERANCE:
        raise CaseMoveRefused(f"{at:%Y-%m-%d %H:%M} is in the future", CaseRefusal.FUTURE_TIME)
    latest = max(case.status_since, case.category_since)
    if at < latest:
        raise CaseMoveRefused(f"{at:%Y-%m-%d %H:%M} is before the case's last change "
                              f"({latest:%Y-%m-%d %H:%M})", CaseRefusal.TIME_BEFORE_LAST)


def clean_reason(reason: str | None, required: bool) -> str:
    """Reasons are plain text: control characters become spaces, the length is the column's."""
    text = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in (reason or "")).strip()
    if required and not text:
        raise CaseMoveRefused("Say why: this move needs a reason", CaseRefusal.REASON_REQUIRED)
    if len(text) > REASON_LIMIT:
        raise CaseMoveRefused(f"The reason is longer than {REASON_LIMIT} characters",
                              CaseRefusal.REASON_TOO_LONG, limit=REASON_LIMIT)
    return text


def _record(session: Session, case: Case, kind: CaseEventKind, at: datetime, user_id: int | None,
            reason: str, before: str | None, after: str | None) -> CaseEvent:
    event = CaseEvent(case_id=case.id, at=at, user_id=user_id, kind=kind, from_value=before,
                      to_value=after, reason=reason)
    session.add(event)
    case.last_action = fit(reason, LAST_ACTION_LIMIT)
    return event


def move_status(session: Session, case: Case, to: CaseStatus, at: datetime, user_id: int | None,
                reason: str, *, facility_id: int | None = None, via_transfer: bool = False,
                now: datetime | None = None) -> CaseEvent:
    """Move `case` to `to` or raise CaseMoveRefused (nothing changed). `via_transfer` is for
    the transfer workflow only; `facility_id` names the admitting facility."""
    to = as_status(to)
    current = CaseStatus(case.status)
    if not case.is_open:
        raise CaseMoveRefused(f"The case is closed ({current.value})", CaseRefusal.CLOSED)
    move = STATUS_MOVES[current].get(to)
    if move is None:
        raise CaseMoveRefused(f"A case cannot move from {current.value} to {to.value}",
                              CaseRefusal.MOVE_ILLEGAL, from_status=current.value,
                              to_status=to.value)
    if move.via_transfer and not via_transfer:
        raise CaseMoveRefused(f"Only a transfer order moves a case to {to.value}",
                              CaseRefusal.TRANSFER_ONLY)
    if to == S.CLEARED and case.category in NOT_CLEARABLE:
        raise CaseMoveRefused("A confirmed case is released, not cleared",
                              CaseRefusal.CONFIRMED_CLEAR)
    facility = facility_id if facility_id is not None else case.facility_id
    if move.needs_facility and facility is None:
        raise CaseMoveRefused("Admission needs the facility that took the person",
                              CaseRefusal.NEEDS_FACILITY)
    text = clean_reason(reason, True)
    _check_time(case, at, now)
    event = _record(session, case, CaseEventKind.STATUS, at, user_id, text, current.value, to.value)
    case.status, case.status_since = to, at
    if to == S.ADMITTED:
        case.facility_id = facility
    if to in CLOSED_CASE_STATUSES:
        case.is_open, case.closed_at = False, at
    session.flush()
    return event


def move_category(session: Session, case: Case, to: CaseCategory, at: datetime,
                  user_id: int | None, reason: str, *, now: datetime | None = None) -> CaseEvent:
    """Raise the case's category (never lower it) or raise CaseMoveRefused."""
    to = as_category(to)
    current = CaseCategory(case.category)
    if not case.is_open:
        raise CaseMoveRefused("The case is closed", CaseRefusal.CLOSED)
    if to not in CATEGORY_MOVES[current]:
        raise CaseMoveRefused(f"A case cannot move from {current.value} to {to.value}",
                              CaseRefusal.CATEGORY_ILLEGAL)
    text = clean_reason(reason, True)
    _check_time(case, at, now)
    event = _record(session, case, CaseEventKind.CATEGORY, at, user_id, text, current.value,
                    to.value)
    case.category, case.category_since = to, at
    session.flush()
    return event


def add_note(session: Session, case: Case, at: datetime, user_id: int | None, text: str,
             *, now: datetime | None = None) -> CaseEvent:
    """A note changes nothing but the history; closed cases take notes too (a late finding)."""
    cleaned = clean_reason(text, True)
    if at > (now or datetime.now()) + CLOCK_TOLERANCE:
        raise CaseMoveRefused(f"{at:%Y-%m-%d %H:%M} is in the future", CaseRefusal.FUTURE_TIME)
    event = _record(session, case, CaseEventKind.NOTE, at, user_id, cleaned, None, None)
    session.flush()
    return event


def open_case_of(session: Session, person_id: int) -> Case | None:
    return session.scalars(select(Case).where(Case.person_id == person_id,
                                              Case.is_open.is_(True))).first()


def open_case(session: Session, person_id: int, category: CaseCategory, at: datetime,
              user_id: int | None, reason: str, source_visit_id: int | None = None,
              *, now: datetime | None = None) -> Case:
    """Open a case for a person (from the register, or a fever proposal of a door-knock visit).

    At most one open case per person: checked first for a clear message, and by the database's
    partial unique index when two workstations open one at the same moment."""
    category = as_category(category)
    person = session.get(Person, person_id)
    if person is None:
        raise CaseMoveRefused(f"No person {person_id} in the register", CaseRefusal.NO_PERSON)
    if at > (now or datetime.now()) + CLOCK_TOLERANCE:
        raise CaseMoveRefused(f"{at:%Y-%m-%d %H:%M} is in the future", CaseRefusal.FUTURE_TIME)
    text = clean_reason(reason, False)
    existing = open_case_of(session, person_id)
    if existing is not None:
        raise CaseAlreadyOpen(existing.id)
    case = Case(person_id=person_id, community_id=person.community_id, category=category,
                status=S.IDENTIFIED, opened_at=at, status_since=at, category_since=at,
                is_open=True, source_visit_id=source_visit_id,
                last_action=fit(text, LAST_ACTION_LIMIT))
    try:
        with savepoint(session):
            session.add(case)
            session.flush()
    except IntegrityError as exc:
        raced = open_case_of(session, person_id)
        raise CaseAlreadyOpen(raced.id if raced else None) from exc
    session.add(CaseEvent(case_id=case.id, at=at, user_id=user_id, kind=CaseEventKind.OPENED,
                          from_value=None, to_value=category.value, reason=text))
    session.flush()
    return case


class CaseAlreadyOpen(CaseMoveRefused):
    """The person already has an open case: add to that one instead."""

    def __init__(self, case_id: int | None) -> None:
        super().__init__(f"This person already has an open case ({case_id})",
                         CaseRefusal.ALREADY_OPEN)
        self.case_id = case_id


def persons_sharing_resident_id(session: Session, person_id: int) -> list[int]:
    """Other register entries with the same resident ID, not merged yet: the same person twice
    (one set aside by migration 0013), to be merged from the register's duplicates list."""
    resident_id = session.scalar(select(Person.resident_id).where(Person.id == person_id))
    if not resident_id:
        return []
    return list(session.scalars(select(Person.id).where(
        Person.resident_id == resident_id, Person.id != person_id,
        Person.merged_into_id.is_(None)).order_by(Person.id).limit(20)))
