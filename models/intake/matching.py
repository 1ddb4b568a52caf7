"""Who in the register a row of a contact-tracing list names: by resident ID, else by name and
phone, else by name and address, with how sure the match is.

A match is taken only when it is one person and nothing contradicts it. Several persons (the
same ID entered twice, two 王芳 sharing a phone), or an ID the register gives someone of another
name, or a name and phone whose person carries another ID: the row is held for a person to
decide, with the candidates; an ID is never moved from one person to another.

Only active persons are matched (an entry merged into another is that other). The register is
read for a whole list at once (IDs and phones, 900 to a statement), then kept up
to date with the persons the list itself adds, so a person named twice is added once.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from models.accounts.masking import shown_phone, shown_resident_id
from models.cases.workflow import open_case_of
from models.intake.rows import ContactRow
from models.schema.cases import ContactLink
from models.schema.geography import Community
from models.schema.register import Household, Person

CHUNK = 900


class MatchBy(StrEnum):
    RESIDENT_ID = "resident_id"
    NAME_PHONE = "name_phone"
    NAME_ADDRESS = "name_address"
    CHOSEN = "chosen"              # a person picked the candidate


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


CONFIDENCE: dict[MatchBy, Confidence] = {
    MatchBy.RESIDENT_ID: Confidence.HIGH, MatchBy.CHOSEN: Confidence.HIGH,
    MatchBy.NAME_PHONE: Confidence.MEDIUM, MatchBy.NAME_ADDRESS: Confidence.LOW}


@dataclass(frozen=True)
class Known:
    """A registered person as matching needs them."""
    id: int
    name: str
    resident_id: str | None
    phone: str | None


@dataclass(frozen=True)
class Match:
    """What the register says about a row: one person (`by` says how), several or a
    contradiction (`held`, with the candidates), or nobody."""
    by: MatchBy | None = None
    persons: tuple[Known, ...] = ()
    conflict: str = ""             # the register's name for the row's ID, or the person's ID

    @property
    def person(self) -> Known | None:
        return self.persons[0] if len(self.persons) == 1 and not self.conflict else None

    @property
    def held(self) -> bool:
        return bool(self.persons) and self.person is None


@dataclass(frozen=True)
class Candidate:
    """A person a held row may name, as the person deciding sees them (identifiers masked
    unless their role may see them)."""
    person_id: int
    name: str
    resident_id: str
    phone: str
    community: str
    address: str
    open_case_id: int | None


@dataclass
class Register:
    """The persons a list's IDs and phones name, read once per list."""
    by_id: dict[str, list[Known]] = field(default_factory=dict)
    by_phone: dict[str, list[Known]] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session, rows: Sequence[ContactRow]) -> Register:
        register = cls()
        ids = sorted({row.resident_id for row in rows if row.resident_id})
        phones = sorted({row.phone for row in rows if row.phone})
        for column, values, into in ((Person.resident_id, ids, register.by_id),
                                     (Person.phone, phones, register.by_phone)):
            for start in range(0, len(values), CHUNK):
                for known in _known(session, column.in_(values[start:start + CHUNK])):
                    key = known.resident_id if into is register.by_id else known.phone
                    into.setdefault(str(key), []).append(known)
        return register

    def add(self, known: Known) -> None:
        if known.resident_id:
            self.by_id.setdefault(known.resident_id, []).append(known)
        if known.phone:
            self.by_phone.setdefault(known.phone, []).append(known)


def _known(session: Session, *where: ColumnElement[bool]) -> list[Known]:
    return [Known(int(i), str(n), r, p) for i, n, r, p in session.execute(
        select(Person.id, Person.name, Person.resident_id, Person.phone)
        .where(Person.active.is_(True), *where).order_by(Person.id))]


def match(session: Session, register: Register, row: ContactRow,
          households: Iterable[int] = ()) -> Match:
    """The row's person by resident ID, else name and phone, else name and address (the
    households at the row's address)."""
    if row.resident_id:
        by_id = register.by_id.get(row.resident_id, [])
        if by_id:
            others = [known.name for known in by_id if row.name and known.name != row.name]
            return Match(MatchBy.RESIDENT_ID, tuple(by_id),
                         others[0] if len(by_id) == 1 and others else "")
    if not row.name:
        return Match()
    if row.phone:
        same = [k for k in register.by_phone.get(row.phone, []) if k.name == row.name]
        if same:
            return _unless_other_id(MatchBy.NAME_PHONE, same, row)
    at_door = list(households)
    if at_door:
        same = _known(session, Person.household_id.in_(at_door), Person.name == row.name)
        if same:
            return _unless_other_id(MatchBy.NAME_ADDRESS, same, row)
    return Match()


def _unless_other_id(by: MatchBy, found: list[Known], row: ContactRow) -> Match:
    """A person whose ID is not the row's is another person, or a typing slip: a person
    decides."""
    if len(found) == 1 and row.resident_id and found[0].resident_id \
            and found[0].resident_id != row.resident_id:
        return Match(by, tuple(found), found[0].resident_id)
    return Match(by, tuple(found))


def already_linked(session: Session, source_case_id: int, persons: Iterable[Known]) -> Known | None:
    """The one candidate whose open case this source case already names as a contact (a list
    seen again): the earlier decision stands."""
    linked = []
    for known in persons:
        case = open_case_of(session, known.id)
        if case is not None and session.scalar(select(ContactLink.id).where(
                ContactLink.source_case_id == source_case_id,
                ContactLink.contact_case_id == case.id)) is not None:
            linked.append(known)
    return linked[0] if len(linked) == 1 else None


def candidates(session: Session, persons: Iterable[Known], sees_full: bool) -> tuple[Candidate, ...]:
    """The held row's candidates with where they live and their open case, for the decision."""
    found = []
    for known in persons:
        row = session.execute(
            select(Community.name, Household.address, Household.building, Household.unit,
                   Household.door)
            .join(Household, Household.community_id == Community.id)
            .join(Person, Person.household_id == Household.id)
            .where(Person.id == known.id)).first()
        community, address, *door = row if row is not None else ("", "", "", "", "")
        case = open_case_of(session, known.id)
        found.append(Candidate(known.id, known.name, shown_resident_id(known.resident_id, sees_full),
                               shown_phone(known.phone, sees_full), str(community),
                               str(address or "-".join(p for p in door if p)),
                               case.id if case is not None else None))
    return tuple(found)
