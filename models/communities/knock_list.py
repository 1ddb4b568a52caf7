"""The knock list (敲门清单) a field team carries: a community's open doors in walking order.

Open doors are the gap list's (models.communities.coverage.gap_households): households without a
finished outcome, so a printed list never sends a team back to a door already screened, unless
someone named on a contact-tracing list is still to be found there: the sheet names them. Members
and heads are counted 500 households a statement, whatever the size of the community.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from models.communities.coverage import gap_households
from models.communities.summary import community_summary
from models.schema.register import Person

CHUNK = 500


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


@dataclass(frozen=True)
class KnockList:
    community: str
    station: str
    code: str
    printed_at: datetime
    doors: tuple[Door, ...]

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


def _members_and_heads(session: Session, household_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Household id → members in the register, the head's name ("" when none is marked)."""
    members: dict[int, tuple[int, str]] = {}
    for start in range(0, len(household_ids), CHUNK):
        chunk = household_ids[start:start + CHUNK]
        counts = dict(session.execute(select(Person.household_id, func.count())
                                      .where(Person.household_id.in_(chunk),
                                             Person.active.is_(True))   # not merged away
                                      .group_by(Person.household_id)).all())
        heads = dict(session.execute(select(Person.household_id, func.min(Person.name))
                                     .where(Person.household_id.in_(chunk),
                                            Person.is_household_head.is_(True))
                                     .group_by(Person.household_id)).all())
        for ident in chunk:
            members[ident] = (int(counts.get(ident, 0)), str(heads.get(ident) or ""))
    return members


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
    members = _members_and_heads(session, [int(row.id) for row in rows])
    to_find = _persons_to_find(session, [int(row.id) for row in rows if row.to_find])
    doors = sorted((Door(int(row.id), row.building or "", row.unit or "", row.door or "",
                         row.address or "", *members[int(row.id)],
                         getattr(row.last_outcome, "value", row.last_outcome), row.last_visit_at,
                         to_find.get(int(row.id), ()))
                    for row in rows), key=walking_order)
    return KnockList(summary.name, summary.station, summary.code, now, tuple(doors))
