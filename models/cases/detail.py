"""The case detail a dispatcher reads: person, household, history, persuasion visits, contacts
and transfers, in a handful of indexed reads.

Values come back as stored: identifiers unmasked and Canvass's system texts as their codes. The
controller masks for the user's role and renders the texts, so this reader serves every role.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases.contacts import contact_chain, contact_links
from models.cases.workflow import allowed_categories, allowed_statuses, persons_sharing_resident_id
from models.errors import RecordGone
from models.schema.accounts import User
from models.schema.cases import Case, CaseEvent, PersuasionVisit
from models.schema.facilities import Facility
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.transfers import TransferOrder

MEMBER_LIMIT = 30


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
    resident_id: str          # as stored here; masked by the controller per role
    phone: str                # likewise
    address: str
    community: str
    category: str
    status: str
    is_open: bool
    opened_at: datetime
    status_since: datetime
    facility: str
    last_action: str          # a system text's code here; rendered by the controller
    members: tuple[tuple[int, str, str], ...]               # id, name, resident ID
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


def case_detail(session: Session, case_id: int) -> CaseDetail:
    """The case as the detail dialog shows it; RecordGone if it was deleted meanwhile. A case
    the session already holds (just moved) is not read again."""
    case = session.get(Case, case_id)
    if case is None:
        raise RecordGone("This case no longer exists")
    person = session.get(Person, case.person_id)
    assert person is not None
    household = session.get(Household, person.household_id)
    community = session.get(Community, case.community_id)
    facility = session.get(Facility, case.facility_id) if case.facility_id else None
    members = session.execute(select(Person.id, Person.name, Person.resident_id)
                              .where(Person.household_id == person.household_id,
                                     Person.active.is_(True))   # not merged away
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
        resident_id=person.resident_id or "", phone=person.phone or "",
        address=household.address if household else "",
        community=community.name if community else "", category=str(case.category),
        status=str(case.status), is_open=case.is_open, opened_at=case.opened_at,
        status_since=case.status_since, facility=facility.name if facility else "",
        last_action=case.last_action,
        members=tuple((i, n, r or "") for i, n, r in members),
        duplicates=tuple(persons_sharing_resident_id(session, person.id)),
        events=tuple((at, shown or name or "", str(kind), f or "", t or "", why or "")
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
