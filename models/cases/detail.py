"""The case detail a dispatcher reads: person, household, history, persuasion visits, contacts
and transfers, in eight indexed reads that need nothing but the case's id, so the case window
asks them together: one round trip to the server (`case_detail_held`).

Values come back as stored: identifiers unmasked and Canvass's system texts as their codes. The
controller masks for the user's role and renders the texts, so this reader serves every role.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Integer, Select, bindparam, cast, literal, or_, select
from sqlalchemy.orm import Session, aliased

from models.cases.contacts import CHAIN_DEPTH, CHAIN_LIMIT, chain_of
from models.cases.workflow import allowed_categories, allowed_statuses
from models.db.database import Database
from models.db.held_reads import ask_held
from models.db.questions import Question
from models.errors import RecordGone
from models.schema.accounts import User
from models.schema.cases import Case, CaseEvent, ContactLink, PersuasionVisit
from models.schema.facilities import Facility
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.transfers import TransferOrder

T = TypeVar("T")
MEMBER_LIMIT = 30
EDGE_LIMIT = 20 * CHAIN_LIMIT   # links within reach read for the chain: a bound, never met


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


def _ref(case_id: int, name: str, category: Any, status: Any) -> CaseRef:
    return CaseRef(int(case_id), name, _plain(category), _plain(status))


def _plain(value: Any) -> str:
    return str(getattr(value, "value", value))


def _case_id() -> Any:
    """The case's id, given when a question is asked: each is compiled once
    (models/db/questions.py)."""
    return bindparam("case_id", None, type_=Integer)


def _asked(name: str, case_id: int, build: Callable[[], Select[*tuple[Any, ...]]],
           read: Callable[[Sequence[tuple[Any, ...]]], T]) -> Question[T]:
    return Question(build, read, key=("case detail", name), given={"case_id": case_id})


def _header() -> Select[*tuple[Any, ...]]:
    return (select(Case.id, Case.version, Case.person_id, Case.category, Case.status,
                   Case.is_open, Case.opened_at, Case.status_since, Case.facility_id,
                   Case.last_action, Person.name, Person.resident_id, Person.phone,
                   Household.address, Community.name, Facility.name)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Household, Household.id == Person.household_id)
            .outerjoin(Community, Community.id == Case.community_id)
            .outerjoin(Facility, Facility.id == Case.facility_id)
            .where(Case.id == _case_id()))


def _members() -> Select[*tuple[Any, ...]]:
    household = (select(Person.household_id).join(Case, Case.person_id == Person.id)
                 .where(Case.id == _case_id()).scalar_subquery())
    return (select(Person.id, Person.name, Person.resident_id)
            .where(Person.household_id == household, Person.active.is_(True))  # not merged away
            .order_by(Person.id).limit(MEMBER_LIMIT))


def _duplicates() -> Select[*tuple[Any, ...]]:
    """Other register entries with the same resident ID, not merged yet (as
    models.cases.workflow.persons_sharing_resident_id)."""
    person = select(Case.person_id).where(Case.id == _case_id()).scalar_subquery()
    resident_id = select(Person.resident_id).where(Person.id == person).scalar_subquery()
    return (select(Person.id).where(Person.resident_id == resident_id, Person.resident_id != "",
                                    Person.id != person, Person.merged_into_id.is_(None))
            .order_by(Person.id).limit(20))


def _events() -> Select[*tuple[Any, ...]]:
    return (select(CaseEvent.at, User.display_name, User.username, CaseEvent.kind,
                   CaseEvent.from_value, CaseEvent.to_value, CaseEvent.reason)
            .outerjoin(User, User.id == CaseEvent.user_id)
            .where(CaseEvent.case_id == _case_id()).order_by(CaseEvent.at, CaseEvent.id))


def _persuasion() -> Select[*tuple[Any, ...]]:
    return (select(PersuasionVisit.at, PersuasionVisit.by_name, PersuasionVisit.said,
                   PersuasionVisit.agreed)
            .where(PersuasionVisit.case_id == _case_id()).order_by(PersuasionVisit.at))


def _links() -> Select[*tuple[Any, ...]]:
    """Links in both directions (as models.cases.contacts.contact_links), each end's case."""
    source_case, contact_case = aliased(Case), aliased(Case)
    source_person, contact_person = aliased(Person), aliased(Person)
    return (select(ContactLink.source_case_id, ContactLink.contact_case_id, ContactLink.relation,
                   source_person.name, source_case.category, source_case.status,
                   contact_person.name, contact_case.category, contact_case.status)
            .join(source_case, source_case.id == ContactLink.source_case_id)
            .join(source_person, source_person.id == source_case.person_id)
            .join(contact_case, contact_case.id == ContactLink.contact_case_id)
            .join(contact_person, contact_person.id == contact_case.person_id)
            .where(or_(ContactLink.source_case_id == _case_id(),
                       ContactLink.contact_case_id == _case_id()))
            .order_by(ContactLink.id).limit(CHAIN_LIMIT))


def _reach() -> Select[*tuple[Any, ...]]:
    """Every link within the chain's depth of the case, with its contact's case: a recursive
    query over the cases reached, generation by generation."""
    root = select(cast(_case_id(), Integer).label("case_id"),
                  cast(literal(0), Integer).label("depth")).cte("reach", recursive=True)
    reach = root.union(select(ContactLink.contact_case_id, root.c.depth + 1)
                       .where(ContactLink.source_case_id == root.c.case_id,
                              root.c.depth < CHAIN_DEPTH - 1))
    return (select(ContactLink.source_case_id, ContactLink.contact_case_id, ContactLink.relation,
                   Person.name, Case.category, Case.status)
            .join(Case, Case.id == ContactLink.contact_case_id)
            .join(Person, Person.id == Case.person_id)
            .where(ContactLink.source_case_id.in_(select(reach.c.case_id)))
            .order_by(ContactLink.source_case_id, ContactLink.contact_case_id)
            .limit(EDGE_LIMIT))


def _transfers() -> Select[*tuple[Any, ...]]:
    return (select(TransferOrder.number, TransferOrder.status, TransferOrder.ordered_at,
                   Facility.name)
            .join(Facility, Facility.id == TransferOrder.facility_id)
            .where(TransferOrder.case_id == _case_id()).order_by(TransferOrder.ordered_at))


def _chain_read(case_id: int) -> Callable[[Sequence[tuple[Any, ...]]],
                                          tuple[tuple[int, int, CaseRef], ...]]:
    """The chain walked breadth first over the links within reach (models.cases.contacts)."""
    def read(rows: Sequence[tuple[Any, ...]]) -> tuple[tuple[int, int, CaseRef], ...]:
        refs = {int(c): _ref(c, name, category, status)
                for _s, c, _relation, name, category, status in rows}
        links = chain_of(case_id, [(int(s), int(c), relation)
                                   for s, c, relation, *_ref_columns in rows])
        return tuple((link.depth, link.source_case_id, refs[link.contact_case_id])
                     for link in links)
    return read


def detail_questions(case_id: int) -> list[Question[Any]]:
    """Everything the detail shows, as statements that need nothing but the case's id: asked
    together, one round trip (`case_detail_held`)."""
    return [
        _asked("header", case_id, _header, lambda rows: rows[0] if rows else None),
        _asked("members", case_id, _members,
               lambda rows: tuple((i, n, r or "") for i, n, r in rows)),
        _asked("duplicates", case_id, _duplicates, lambda rows: tuple(int(i) for i, in rows)),
        _asked("events", case_id, _events, lambda rows: tuple(
            (at, shown or name or "", _plain(kind), f or "", t or "", why or "")
            for at, shown, name, kind, f, t, why in rows)),
        _asked("persuasion", case_id, _persuasion, lambda rows: tuple(
            (at, by, said, bool(agreed)) for at, by, said, agreed in rows)),
        _asked("links", case_id, _links, lambda rows: [
            (int(s), int(c), relation, _ref(s, sn, sc, ss), _ref(c, cn, cc, cs))
            for s, c, relation, sn, sc, ss, cn, cc, cs in rows]),
        _asked("chain", case_id, _reach, _chain_read(case_id)),
        _asked("transfers", case_id, _transfers, lambda rows: tuple(
            (n, _plain(s), at, f) for n, s, at, f in rows))]


def detail_from(answers: Sequence[Any]) -> CaseDetail:
    """The detail from `detail_questions`' answers; RecordGone if the case was deleted."""
    header, members, duplicates, events, persuasion, links, chain, transfers = answers
    if header is None:
        raise RecordGone("This case no longer exists")
    (case_id, version, person_id, category, status, is_open, opened_at, status_since,
     facility_id, last_action, name, resident_id, phone, address, community, facility) = header
    category, status = _plain(category), _plain(status)
    moving = Case(is_open=bool(is_open), status=status, category=category,
                  facility_id=facility_id)   # what the allowed moves look at; never saved
    return CaseDetail(
        id=case_id, version=version, person_id=person_id, person_name=name,
        resident_id=resident_id or "", phone=phone or "", address=address or "",
        community=community or "", category=category, status=status, is_open=bool(is_open),
        opened_at=opened_at, status_since=status_since, facility=facility or "",
        last_action=last_action, members=members, duplicates=duplicates, events=events,
        persuasion=persuasion,
        exposed_to=tuple((source, relation) for _s, c, relation, source, _contact in links
                         if c == case_id),
        contacts=tuple((contact, relation) for s, _c, relation, _source, contact in links
                       if s == case_id),
        chain=chain, transfers=transfers,
        next_statuses=tuple(s.value for s in allowed_statuses(moving)),
        next_categories=tuple(c.value for c in allowed_categories(moving)))


def case_detail(session: Session, case_id: int) -> CaseDetail:
    """The case as the detail dialog shows it, read in `session` (after a change, what the
    session just wrote); RecordGone if it was deleted meanwhile."""
    return detail_from([question.asked_in(session) for question in detail_questions(case_id)])


def case_detail_held(database: Database, case_id: int) -> CaseDetail:
    """The same, asked in one round trip on a held connection: what the case window loads."""
    return detail_from(ask_held(database, detail_questions(case_id)))
