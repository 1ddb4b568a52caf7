"""Case use cases: open a case, move its status or category, add a note, bulk moves, and the
case detail a dispatcher reads (person masked per role, household, history, contacts, transfers).

Every change is version-checked: two workstations moving the same case → the second gets an
EditConflict saying who changed what, and nothing of theirs is written.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from controllers.browse.system_text import render
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.editing import EditConflict, FieldDifference, RecordGone, last_change
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.cases.contacts import contact_chain, contact_links
from models.cases.workflow import (
    STATUS_MOVES,
    CaseMoveRefused,
    add_note,
    allowed_categories,
    allowed_statuses,
    as_category,
    as_status,
    move_category,
    move_status,
    open_case,
    persons_sharing_resident_id,
)
from models.db.database import Database
from models.enums import CaseStatus
from models.schema import Case, CaseEvent, Facility, Household, Person, PersuasionVisit, TransferOrder, User
from models.schema.geography import Community

MEMBER_LIMIT = 30


def statuses_for_selection(statuses: Sequence[str]) -> list[str]:
    """Statuses a person may pick for cases now in `statuses` (any of them; the move itself
    checks each case), without the moves only a transfer makes."""
    reachable = {to for s in statuses if s in STATUS_MOVES
                 for to, move in STATUS_MOVES[CaseStatus(s)].items() if not move.via_transfer}
    return [s.value for s in CaseStatus if s in reachable]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class CaseRef:
    """A case as the detail lists it elsewhere (contacts, chain): id, person, category, status."""
    case_id: int
    person_name: str
    category: str
    status: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    person_id: int
    person_name: str
    resident_id: str          # masked unless the role may see it
    phone: str                # masked likewise
    address: str
    community: str
    category: str
    status: str
    is_open: bool
    opened_at: datetime
    status_since: datetime
    facility: str
    last_action: str          # rendered (controllers/browse/system_text.py), as are the events
    members: tuple[tuple[int, str, str], ...]               # id, name, shown resident ID
    duplicates: tuple[int, ...]                             # other register rows with this ID
    events: tuple[tuple[datetime, str, str, str, str, str], ...]  # at, who, kind, from, to, why
    persuasion: tuple[tuple[datetime, str, str, bool], ...]       # at, by, said, agreed
    exposed_to: tuple[tuple[CaseRef, str], ...]            # sources this case was exposed to
    contacts: tuple[tuple[CaseRef, str], ...]              # contacts this case exposed
    chain: tuple[tuple[int, int, CaseRef], ...]            # depth, source case id, contact
    transfers: tuple[tuple[str, str, datetime, str], ...]  # number, status, ordered, facility
    next_statuses: tuple[str, ...]
    next_categories: tuple[str, ...]


def _refs(session: Session, case_ids: Sequence[int]) -> dict[int, CaseRef]:
    if not case_ids:
        return {}
    rows = session.execute(select(Case.id, Person.name, Case.category, Case.status)
                           .join(Person, Person.id == Case.person_id)
                           .where(Case.id.in_(list(set(case_ids)))))
    return {r[0]: CaseRef(r[0], r[1], str(r[2]), str(r[3])) for r in rows}


def detail_of(session: Session, case: Case, user: SignedInUser) -> CaseDetail:
    full = user.sees_full_identifiers
    person = session.get(Person, case.person_id)
    assert person is not None
    household = session.get(Household, person.household_id)
    community = session.get(Community, case.community_id)
    facility = session.get(Facility, case.facility_id) if case.facility_id else None
    members = session.execute(select(Person.id, Person.name, Person.resident_id)
                              .where(Person.household_id == person.household_id)
                              .order_by(Person.id).limit(MEMBER_LIMIT))
    events = session.execute(
        select(CaseEvent.at, User.display_name, User.username, CaseEvent.kind,
               CaseEvent.from_value, CaseEvent.to_value, CaseEvent.reason)
        .outerjoin(User, User.id == CaseEvent.user_id)
        .where(CaseEvent.case_id == case.id).order_by(CaseEvent.at, CaseEvent.id))
    visits = session.execute(
        select(PersuasionVisit.at, PersuasionVisit.by_name, PersuasionVisit.said,
               PersuasionVisit.agreed)
        .where(PersuasionVisit.case_id == case.id).order_by(PersuasionVisit.at))
    links = contact_links(session, case.id)
    chain = contact_chain(session, case.id)
    refs = _refs(session, [link.source_case_id for link in links]
                 + [link.contact_case_id for link in links]
                 + [link.contact_case_id for link in chain])
    transfers = session.execute(
        select(TransferOrder.number, TransferOrder.status, TransferOrder.ordered_at, Facility.name)
        .join(Facility, Facility.id == TransferOrder.facility_id)
        .where(TransferOrder.case_id == case.id).order_by(TransferOrder.ordered_at))
    return CaseDetail(
        id=case.id, version=case.version, person_id=person.id, person_name=person.name,
        resident_id=shown_resident_id(person.resident_id, full),
        phone=shown_phone(person.phone, full),
        address=household.address if household else "",
        community=community.name if community else "", category=str(case.category),
        status=str(case.status), is_open=case.is_open, opened_at=case.opened_at,
        status_since=case.status_since, facility=facility.name if facility else "",
        last_action=render(case.last_action),
        members=tuple((i, n, shown_resident_id(r, full)) for i, n, r in members),
        duplicates=tuple(persons_sharing_resident_id(session, person.id)),
        events=tuple((at, shown or name or "", str(kind), f or "", t or "", render(why))
                     for at, shown, name, kind, f, t, why in events),
        persuasion=tuple((at, by, said, bool(agreed)) for at, by, said, agreed in visits),
        exposed_to=tuple((refs[link.source_case_id], link.relation) for link in links
                         if link.contact_case_id == case.id),
        contacts=tuple((refs[link.contact_case_id], link.relation) for link in links
                       if link.source_case_id == case.id),
        chain=tuple((c.depth, c.source_case_id, refs[c.contact_case_id]) for c in chain),
        transfers=tuple((n, str(s), at, f) for n, s, at, f in transfers),
        next_statuses=tuple(s.value for s in allowed_statuses(case)),
        next_categories=tuple(c.value for c in allowed_categories(case)))


def case_for_change(session: Session, case_id: int, expected_version: int | None,
                    attempted: dict[str, Any]) -> Case:
    """The case, if it is still the version the person looked at; else EditConflict."""
    case = session.get(Case, case_id, with_for_update=expected_version is not None)
    if case is None:
        raise RecordGone("This case no longer exists; nothing was saved", "gone")
    if expected_version is not None and case.version != expected_version:
        by, at = last_change(session, Case.__tablename__, case.id)
        differences = [FieldDifference("status", None, attempted.get("status"), str(case.status)),
                       FieldDifference("category", None, attempted.get("category"),
                                       str(case.category))]
        raise EditConflict(Case.__tablename__, case.id, case.version, by, at, differences)
    return case


@action(Permission.VIEW)
def load_case(database: Database, user: SignedInUser, case_id: int) -> CaseDetail:
    with read_session(database) as session:
        case = session.get(Case, case_id)
        if case is None:
            raise RecordGone("This case no longer exists", "gone")
        return detail_of(session, case, user)


@action(Permission.MANAGE_CASES)
def open_case_for_person(database: Database, user: SignedInUser, person_id: int,
                         category: str, reason: str = "", at: datetime | None = None,
                         source_visit_id: int | None = None) -> int:
    """Open a case; CaseAlreadyOpen (with the open case's id) if the person has one."""
    with user_session(database, user) as session:
        case = open_case(session, person_id, as_category(category), at or now(), user.id, reason,
                         source_visit_id)
        return case.id


@action(Permission.MANAGE_CASES)
def change_status(database: Database, user: SignedInUser, case_id: int, expected_version: int,
                  to: str, reason: str = "", at: datetime | None = None,
                  facility_id: int | None = None) -> CaseDetail:
    with user_session(database, user) as session:
        case = case_for_change(session, case_id, expected_version, {"status": to})
        move_status(session, case, as_status(to), at or now(), user.id, reason,
                    facility_id=facility_id)
        return detail_of(session, case, user)


@action(Permission.MANAGE_CASES)
def change_category(database: Database, user: SignedInUser, case_id: int, expected_version: int,
                    to: str, reason: str, at: datetime | None = None) -> CaseDetail:
    with user_session(database, user) as session:
        case = case_for_change(session, case_id, expected_version, {"category": to})
        move_category(session, case, as_category(to), at or now(), user.id, reason)
        return detail_of(session, case, user)


@action(Permission.MANAGE_CASES)
def add_case_note(database: Database, user: SignedInUser, case_id: int, text: str,
                  at: datetime | None = None) -> CaseDetail:
    """A note needs no version check: it adds to the history and overwrites nothing."""
    with user_session(database, user) as session:
        case = case_for_change(session, case_id, None, {})
        add_note(session, case, at or now(), user.id, text)
        return detail_of(session, case, user)


class BulkMoveRefused(CaseMoveRefused):
    """One case of a bulk move was refused, so none moved: `case_id` and `cause` say which."""

    def __init__(self, case_id: int, cause: CaseMoveRefused) -> None:
        super().__init__(f"Case {case_id}: {cause}; no case was changed", cause.code)
        self.case_id = case_id
        self.cause = cause


@action(Permission.MANAGE_CASES)
def bulk_change_status(database: Database, user: SignedInUser, case_ids: Sequence[int], to: str,
                       reason: str = "", at: datetime | None = None) -> int:
    """Move every selected case, or none: the first refusal rolls the whole batch back."""
    when = at or now()
    with user_session(database, user) as session:
        for case_id in sorted(set(case_ids)):
            case = case_for_change(session, case_id, None, {})
            try:
                move_status(session, case, as_status(to), when, user.id, reason)
            except CaseMoveRefused as refused:
                raise BulkMoveRefused(case_id, refused) from refused
        return len(set(case_ids))


@action(Permission.MANAGE_CASES)
def mark_for_transfer(database: Database, user: SignedInUser, case_ids: Sequence[int],
                      reason: str = "", at: datetime | None = None) -> int:
    """Put the selected cases in the transfer queue (awaiting transfer), all or nothing."""
    return bulk_change_status(database, user, case_ids, CaseStatus.AWAITING_TRANSFER.value,
                              reason, at)
