"""The knock list (敲门清单) a field team carries: a community's open doors in walking order.

Open doors are the gap list's (models.communities.coverage.gap_households): households without a
finished outcome, so a printed list never sends a team back to a door already screened, unless
someone named on a contact-tracing list is still to be found there: the sheet names them. Each
door carries its registered members (the head first), so the sheet has a row and a temperature
box for every one of them; they are read 500 households a statement, whatever the size of the
community. The work groups assigned to the community head the sheet.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from models.communities.coverage import gap_households
from models.communities.summary import community_summary
from models.schema.register import Person

CHUNK = 500


@dataclass(frozen=True)
class Resident:
    """A registered member of an open household: a row on the sheet."""
    name: str
    sex: str                # "M", "F" or ""
    age: int | None
    head: bool = False


@dataclass(frozen=True)
class Door:
    household_id: int
    building: str
    unit: str
    door: str
    address: str
    members: int
    head: str
    last_outcome: str | None
    last_visit_at: datetime | None
    to_find: tuple[str, ...] = ()     # names from contact-tracing lists, not found yet
    residents: tuple[Resident, ...] = ()


@dataclass(frozen=True)
class KnockList:
    community: str
    station: str
    code: str
    printed_at: datetime
    doors: tuple[Door, ...]
    work_groups: tuple[str, ...] = ()

    @property
    def persons_to_find(self) -> int:
        return sum(len(door.to_find) for door in self.doors)

    def by_building_and_unit(self) -> Iterator[tuple[tuple[str, str], list[Door]]]:
        for key, doors in groupby(self.doors, key=lambda d: (d.building, d.unit)):
            yield key, list(doors)


def walking_order(door: Door) -> tuple[tuple[int, str], ...]:
    """Building, unit, door in the order a team walks them: 2 before 10, 403 before 1301."""
    def natural(text: str) -> tuple[int, str]:
        digits = "".join(ch for ch in text if ch.isdigit())
        return (int(digits) if digits else 1 << 30, text)
    return (natural(door.building), natural(door.unit), natural(door.door))


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _residents(session: Session, household_ids: list[int],
               day: date) -> dict[int, tuple[Resident, ...]]:
    """Household id → its active members (not merged away), the head first."""
    found: dict[int, list[Resident]] = {}
    for start in range(0, len(household_ids), CHUNK):
        for household, name, sex, birth, head in session.execute(
                select(Person.household_id, Person.name, Person.sex, Person.birth_date,
                       Person.is_household_head)
                .where(Person.household_id.in_(household_ids[start:start + CHUNK]),
                       Person.active.is_(True))
                .order_by(Person.household_id, Person.is_household_head.desc(), Person.id)):
            found.setdefault(int(household), []).append(Resident(
                str(name), str(getattr(sex, "value", sex) or ""), age_on(birth, day),
                bool(head)))
    return {household: tuple(people) for household, people in found.items()}


def _members_and_head(residents: tuple[Resident, ...]) -> tuple[int, str]:
    heads = [person.name for person in residents if person.head]
    return len(residents), (min(heads) if heads else "")


def _persons_to_find(session: Session, household_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Household id → the names of the persons to find there (a partial index holds them)."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(household_ids), CHUNK):
        for household, name in session.execute(
                select(Person.household_id, Person.name)
                .where(Person.household_id.in_(household_ids[start:start + CHUNK]),
                       Person.to_find == true()).order_by(Person.household_id, Person.id)):
            found.setdefault(int(household), []).append(str(name))
    return {household: tuple(names) for household, names in found.items()}


def knock_list(session: Session, community_id: int, now: datetime) -> KnockList:
    """The community's open doors as of `now`, in walking order: building, unit, door;
    UnknownCommunity for an id no community has."""
    summary = community_summary(session, community_id, now)
    gaps = gap_households(community_id, now).subquery()
    rows = session.execute(select(gaps).order_by(gaps.c.building, gaps.c.unit, gaps.c.door,
                                                 gaps.c.id)).all()
    residents = _residents(session, [int(row.id) for row in rows], now.date())
    to_find = _persons_to_find(session, [int(row.id) for row in rows if row.to_find])
    doors = sorted((Door(int(row.id), row.building or "", row.unit or "", row.door or "",
                         row.address or "",
                         *_members_and_head(residents.get(int(row.id), ())),
                         getattr(row.last_outcome, "value", row.last_outcome), row.last_visit_at,
                         to_find.get(int(row.id), ()), residents.get(int(row.id), ()))
                    for row in rows), key=walking_order)
    return KnockList(summary.name, summary.station, summary.code, now, tuple(doors),
                     tuple(name for _ident, name in summary.work_groups))
