"""Where an address on a contact-tracing list is in the district: its community, and the
household at that door when the register has one.

Addresses are read the way the register import reads them (models/register/addresses.py), so
胜利街1号1栋1单元101室 on a list finds the household the register built from 胜利街1号1-1-101.
The community is the one the row names, else the one whose name the address contains (the
longest, so 东湖新村 wins over 东湖), else the one whose households carry the address's street or
estate: one LIKE per distinct street, a handful per list. A community's households are read once
per list, and only for communities the list names.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.register.addresses import HouseholdPlace, household_place, read_address
from models.schema.geography import Community
from models.schema.register import Household
from models.setup.words import word_key

Key = tuple[str, str, str, str]
MIN_STREET = 3          # shorter text (一号, 3栋) names no place in particular


@dataclass(frozen=True)
class Located:
    """An address found in the district: its community, and its households (none: a door the
    register does not have; several: the same door entered twice)."""
    community_id: int
    households: tuple[int, ...]
    place: HouseholdPlace


@dataclass(frozen=True)
class NotLocated:
    """Why an address could not be placed: no address, outside, or in several communities."""
    ambiguous: tuple[str, ...] = ()


@dataclass
class Places:
    session: Session
    communities: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, code
    _doors: dict[int, tuple[dict[Key, list[int]], dict[Key, list[int]]]] = field(
        default_factory=dict)
    _streets: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.communities = [(int(i), str(n), str(c)) for i, n, c in self.session.execute(
            select(Community.id, Community.name, Community.code)
            .where(Community.active.is_(True)).order_by(Community.id))]

    def locate(self, address: str, named: str = "") -> Located | NotLocated:
        place = household_place(address)
        if place is None:
            return NotLocated()
        found = self._community(place, named)
        if isinstance(found, NotLocated):
            return found
        return Located(found, self._households(found, place), place)

    def _community(self, place: HouseholdPlace, named: str) -> int | NotLocated:
        if named:
            key = word_key(named)
            hits = {i for i, name, code in self.communities if key in (word_key(name),
                                                                         word_key(code))}
            return hits.pop() if len(hits) == 1 else NotLocated(
                tuple(sorted(n for i, n, _c in self.communities if i in hits)))
        text = place.address
        contained = [(len(name), i, name) for i, name, _code in self.communities if name in text]
        if contained:
            longest = max(length for length, _i, _name in contained)
            hits = {i for length, i, _name in contained if length == longest}
            if len(hits) == 1:
                return hits.pop()
            return NotLocated(tuple(sorted(n for length, _i, n in contained
                                           if length == longest)))
        read = read_address(text)
        street = read.place if read is not None else text
        if len(street) < MIN_STREET:
            return NotLocated()
        ids = self._street(street)
        if len(ids) == 1:
            return ids[0]
        return NotLocated(tuple(n for i, n, _c in self.communities if i in ids))

    def _street(self, street: str) -> tuple[int, ...]:
        """The communities whose households' addresses carry the street (at most a few)."""
        if street not in self._streets:
            pattern = "%" + street.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            self._streets[street] = tuple(int(i) for i in self.session.scalars(
                select(Household.community_id).where(Household.address.like(pattern, escape="\\"))
                .distinct().limit(5)))
        return self._streets[street]

    def _households(self, community_id: int, place: HouseholdPlace) -> tuple[int, ...]:
        """The community's households at the door: the same place read the same way, else the
        same building, unit and door when the row names a door (a register written without the
        street)."""
        exact, doors = self._doors_of(community_id)
        hits = exact.get(place.key)
        if not hits and place.understood and place.door:
            hits = doors.get(("",) + place.key[1:])
            if hits is not None and len(hits) > 1:   # the same door in two streets: neither
                hits = None
        return tuple(hits or ())

    def _doors_of(self, community_id: int) -> tuple[dict[Key, list[int]], dict[Key, list[int]]]:
        if community_id not in self._doors:
            exact: dict[Key, list[int]] = {}
            doors: dict[Key, list[int]] = {}
            for ident, address, building, unit, door in self.session.execute(
                    select(Household.id, Household.address, Household.building, Household.unit,
                           Household.door).where(Household.community_id == community_id)):
                stored = household_place(address or "", building or "", unit or "", door or "")
                if stored is None:
                    continue
                exact.setdefault(stored.key, []).append(int(ident))
                if stored.key[3]:
                    doors.setdefault(("",) + stored.key[1:], []).append(int(ident))
            self._doors[community_id] = (exact, doors)
        return self._doors[community_id]

    def remember(self, community_id: int, place: HouseholdPlace, household_id: int) -> None:
        """A household made for this list: the next row at the same door finds it."""
        exact, doors = self._doors_of(community_id)
        exact.setdefault(place.key, []).append(household_id)
        if place.key[3]:
            doors.setdefault(("",) + place.key[1:], []).append(household_id)
