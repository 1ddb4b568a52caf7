"""Which household each imported person joins: one household per door of a community.

A door is the key models/register/addresses.py reads from the register's building/unit/door
columns or, failing those, from the address; the households a community already holds are read
back the same way, so next week's file from the same office finds last week's doors. A row that
says nothing about where the person lives gets a household of its own: put together, such rows
would be one "household" holding a whole community, which one visit would mark as covered.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from models.register.addresses import HouseholdPlace, household_place

Key = tuple[str, str, str, str]


@dataclass(frozen=True)
class Wanted:
    """A person's household to find or make: their community, their door, their row."""
    community_id: int
    place: HouseholdPlace | None
    row: int


@dataclass
class Assigned:
    """The household of each wanted row (in order), the households to write (load.py's
    HOUSEHOLD_COLUMNS), and the rows whose new household comes from an address that could not
    be read (for the report)."""
    household_ids: list[int] = field(default_factory=list)
    new_rows: list[tuple[int, int, str, str, str, str]] = field(default_factory=list)
    unread: list[Wanted] = field(default_factory=list)


class HouseholdBook:
    """The households of the communities one import touches, inside its transaction."""

    def __init__(self, connection: Connection, kind: str) -> None:
        self.connection = connection
        self.kind = kind
        self.known: dict[int, dict[Key, int]] = {}
        self.next_id = 0
        if kind == "sqlite":
            self.next_id = connection.exec_driver_sql(
                "SELECT COALESCE(MAX(id), 0) FROM household").scalar_one()

    def _known(self, community_id: int) -> dict[Key, int]:
        known = self.known.get(community_id)
        if known is None:
            known = {}
            for hid, address, building, unit, door in self.connection.execute(text(
                    "SELECT id, address, building, unit, door FROM household "
                    "WHERE community_id = :c ORDER BY id"), {"c": community_id}):
                place = household_place(address or "", building or "", unit or "", door or "")
                if place is not None:
                    known.setdefault(place.key, hid)
            self.known[community_id] = known
        return known

    def _ids(self, count: int) -> list[int]:
        if not count:
            return []
        if self.kind == "postgresql":
            return list(self.connection.execute(text(
                "SELECT nextval(pg_get_serial_sequence('household', 'id')) "
                "FROM generate_series(1, :n)"), {"n": count}).scalars())
        first = self.next_id + 1
        self.next_id += count
        return list(range(first, first + count))

    def assign(self, wanted: Sequence[Wanted]) -> Assigned:
        """Find each row's household, making the ones no community holds yet (numbered here,
        written by the caller with its bulk writer)."""
        new: list[Wanted] = []
        slots: list[int] = []          # a household id, or -(1 + its place in `new`)
        for want in wanted:
            if want.place is None:
                new.append(want)
                slots.append(-len(new))
                continue
            known = self._known(want.community_id)
            slot = known.get(want.place.key)
            if slot is None:
                new.append(want)
                slot = known[want.place.key] = -len(new)
            slots.append(slot)
        ids = self._ids(len(new))
        assigned = Assigned()
        for hid, want in zip(ids, new, strict=True):
            place = want.place
            if place is None:
                assigned.new_rows.append((hid, want.community_id, "", "", "", ""))
                continue
            self.known[want.community_id][place.key] = hid
            assigned.new_rows.append((hid, want.community_id, place.building, place.unit,
                                      place.door, place.address))
            if not place.understood:
                assigned.unread.append(want)
        assigned.household_ids = [slot if slot > 0 else ids[-slot - 1] for slot in slots]
        return assigned
