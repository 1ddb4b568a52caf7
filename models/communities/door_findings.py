"""What a work group finds at a door besides temperatures: a person the register does not have, a
member who moved out, is away, died or lives elsewhere, a door the knock list does not have.

不漏一人: whoever the team meets is recorded with the visit, screened in it, and counted; the
register then knows where each person came from (`Person.origin`). The community's register
figures follow every finding (a new door is one more household, a newcomer one more person, a
member who moved out one fewer), by a plain UPDATE. The database moves the community's version
with it (migration 0018 bumps it on every UPDATE): a community form open meanwhile is told that
the register figures moved before it saves, as for any other change to the record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from models.communities.household import place_of
from models.communities.refusals import CommunityRefusal
from models.enums import PersonOrigin, Residence, Sex
from models.errors import CanvassError
from models.register.person_fields import InvalidField, clean_name, clean_phone
from models.register.refusals import RegisterRefusal
from models.register.resident_id import validate
from models.schema.geography import Community
from models.schema.register import Household, Person

# The residences that keep a person among the community's persons (the coverage denominator).
COUNTED: frozenset[Residence] = frozenset({Residence.HERE, Residence.AWAY})
RELATION_LIMIT = 16     # Person.household_relation
WHERE_LIMIT = 100       # Person.residence_where
REASON_LIMIT = 100      # Person.no_id_reason
PLACE_LIMIT = 16        # Household.building / unit / door
ADDRESS_LIMIT = 200


class DoorFindingRefused(CanvassError):
    """Something found at the door cannot be recorded as entered; nothing was written."""


@dataclass(frozen=True)
class FoundPerson:
    """A person met at the door who is not in the register, screened in the same visit."""
    name: str
    temperature_c: Decimal | float | str | None
    symptoms: str = ""
    sex: str | None = None              # Sex's value; the resident ID's sex wins
    resident_id: str = ""
    no_id_reason: str = ""              # why no ID was shown: required without an ID
    phone: str = ""
    relation: str = ""                  # to the household's head: 租客, 亲戚 …
    not_registered_here: bool = False   # household registration (户籍) elsewhere


@dataclass(frozen=True)
class ResidenceChange:
    """A member found to live elsewhere now, or back home (HERE)."""
    person_id: int
    residence: str
    where: str = ""
    since: date | None = None


@dataclass(frozen=True)
class NewDoor:
    """A door the list does not have (a rented room, a new door number) in the community of the
    household the team stood beside."""
    building: str
    unit: str
    door: str
    address: str = ""

    @property
    def place(self) -> str:
        return place_of(self.building, self.unit, self.door)


@dataclass(frozen=True)
class CheckedFinding:
    """A found person's values, cleaned."""
    name: str
    resident_id: str | None
    sex: Sex | None
    birth_date: date | None
    phone: str | None
    relation: str
    not_registered_here: bool
    no_id_reason: str


def _fits(value: str, limit: int, field: str) -> str:
    text = " ".join(value.split())
    if len(text) > limit:
        raise DoorFindingRefused(f"{field} has at most {limit} characters",
                                 CommunityRefusal.FOUND_TEXT_TOO_LONG, limit=limit)
    return text


def check_found(session: Session, found: FoundPerson, today: date) -> CheckedFinding:
    """Clean a found person's values; refuse an ID that fails its check or that the register
    already gives someone (that person is recorded where the register has them, never
    overwritten), and a missing ID without the reason none was shown."""
    name = clean_name(found.name)
    sex = Sex(found.sex) if found.sex in {s.value for s in Sex} else None
    resident_id: str | None = None
    birth: date | None = None
    reason = _fits(found.no_id_reason, REASON_LIMIT, "the reason")
    if found.resident_id.strip():
        check = validate(found.resident_id, today)
        if not check.ok:
            raise InvalidField("resident_id", " ".join(p.message for p in check.errors),
                               RegisterRefusal.of_resident_id(check.errors[0].code))
        resident_id, sex, birth, reason = check.value, check.sex or sex, check.birth_date, ""
        holder = session.execute(
            select(Person.name, Community.name).join(Community, Community.id == Person.community_id)
            .where(Person.resident_id == resident_id, Person.active.is_(True)).limit(1)).first()
        if holder is not None:
            raise DoorFindingRefused(f"{resident_id} is registered as {holder[0]}",
                                     CommunityRefusal.FOUND_ID_REGISTERED, name=str(holder[0]),
                                     community=str(holder[1]))
    elif not reason:
        raise DoorFindingRefused(f"{name}: no ID and no reason why",
                                 CommunityRefusal.FOUND_NO_ID_REASON, name=name)
    return CheckedFinding(name, resident_id, sex, birth, clean_phone(found.phone),
                          _fits(found.relation, RELATION_LIMIT, "the relation"),
                          found.not_registered_here, reason)


def check_residence(change: ResidenceChange, visited_on: date) -> Residence:
    try:
        residence = Residence(change.residence)
    except ValueError:
        raise DoorFindingRefused(f"unknown residence {change.residence!r}",
                                 CommunityRefusal.RESIDENCE_UNKNOWN) from None
    _fits(change.where, WHERE_LIMIT, "where")
    if change.since is not None and change.since > visited_on:
        raise DoorFindingRefused("the member left after the visit",
                                 CommunityRefusal.RESIDENCE_SINCE_FUTURE)
    return residence


def check_new_door(session: Session, community_id: int, door: NewDoor) -> NewDoor:
    """The door cleaned; refused when it is empty or the community already lists it."""
    parts = [_fits(part, PLACE_LIMIT, "a place") for part in (door.building, door.unit, door.door)]
    address = _fits(door.address, ADDRESS_LIMIT, "the address")
    checked = NewDoor(parts[0], parts[1], parts[2], address)
    if not parts[2] and not address:
        raise DoorFindingRefused("a new door needs its number or an address",
                                 CommunityRefusal.NEW_DOOR_EMPTY)
    listed = session.scalar(select(Household.id).where(
        Household.community_id == community_id, Household.building == parts[0],
        Household.unit == parts[1], Household.door == parts[2],
        *([Household.address == address] if not parts[2] else [])).limit(1))
    if listed is not None:
        raise DoorFindingRefused(f"{checked.place or address} is on the list already",
                                 CommunityRefusal.NEW_DOOR_LISTED,
                                 place=checked.place or address)
    return checked


def add_household(session: Session, community_id: int, door: NewDoor) -> Household:
    household = Household(community_id=community_id, building=door.building, unit=door.unit,
                          door=door.door, address=door.address)
    session.add(household)
    session.flush()
    return household


def add_found_person(session: Session, household: Household, found: CheckedFinding) -> Person:
    person = Person(household_id=household.id, community_id=household.community_id,
                    name=found.name, resident_id=found.resident_id,
                    resident_id_reversed=found.resident_id[::-1] if found.resident_id else None,
                    sex=found.sex, birth_date=found.birth_date, phone=found.phone,
                    household_relation=found.relation,
                    not_registered_here=found.not_registered_here,
                    no_id_reason=found.no_id_reason, origin=PersonOrigin.DOOR)
    session.add(person)
    session.flush()
    return person


def change_residence(person: Person, residence: Residence, where: str,
                     since: date | None) -> int:
    """Write the member's residence; +1, -1 or 0: how the community's persons change. A person
    the teams were looking for is accounted for once they know where they live."""
    before = Residence(person.residence)
    person.residence = residence
    person.residence_where = "" if residence is Residence.HERE else " ".join(where.split())
    person.residence_since = None if residence is Residence.HERE else since
    if residence is not Residence.HERE:
        person.to_find = False
    return int(residence in COUNTED) - int(before in COUNTED)


def count_register(session: Session, community_id: int, households: int, persons: int) -> None:
    """The community's register figures follow what was found (never below zero)."""
    if not households and not persons:
        return
    table = Community.__table__

    def moved(column_name: str, step: int) -> object:
        column = table.c[column_name]
        return case((column + step < 0, 0), else_=column + step)
    session.execute(update(table).where(table.c.id == community_id).values(
        registered_households=moved("registered_households", households),
        registered_persons=moved("registered_persons", persons)))
