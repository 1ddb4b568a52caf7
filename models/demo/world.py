"""What the stages of the demo build share: the plan, the one random source, the clock, and the
compact facts later stages need about what earlier stages made (who lives where, which team
covers which community). Rows themselves are not kept here: each stage hands them to the
writer as batches and forgets them.

Ids are explicit and 1-based: the n-th thing made of a kind gets id n, so a list index is
an id minus one.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from models.demo.clock import Clock
from models.demo.identity import People
from models.demo.plan import Plan
from models.enums import AreaKind, CaseCategory, FacilityKind


class Batch(NamedTuple):
    """Rows for one table, each a tuple in `columns` order, values as the database stores them."""
    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class DistrictPlace:
    """One district of the demo: its code, names and where its stations sit (a city has five)."""
    id: int
    code: str
    name: str
    prefix: str                   # the address prefix: 武汉市江岸区
    offset: tuple[float, float]   # latitude, longitude from the first district's places


@dataclass(slots=True)
class Station:
    id: int
    name: str
    kind: AreaKind
    latitude: float
    longitude: float
    district: int = 1
    communities: list[int] = field(default_factory=list)       # community ids
    quick_response: list[int] = field(default_factory=list)    # team ids
    tracing_team: int = 0
    responders: list[int] = field(default_factory=list)


@dataclass(slots=True)
class CommunityPlace:
    id: int
    station: int                  # station id
    name: str
    kind: AreaKind
    latitude: float
    longitude: float
    first_household: int = 0      # household ids first_household .. first_household+households-1
    households: int = 0
    first_person: int = 0
    persons: int = 0
    work_group: int = 0           # team id


@dataclass(slots=True)
class FacilityPlace:
    id: int
    kind: FacilityKind
    name: str
    latitude: float
    longitude: float
    beds: int
    accepts: tuple[CaseCategory, ...]
    occupied: int = 0             # beds held in the simulation (admitted or on the way)
    district: int = 1


@dataclass(slots=True)
class VehiclePlace:
    id: int
    station: int
    team: int
    plate: str
    free_at: int = 0              # minute the vehicle is back, disinfected
    retired_at: int = 1 << 40     # out of service from this minute


@dataclass(slots=True)
class QuickResponseTeam:
    id: int
    station: int
    crews: tuple[list[int], list[int]]   # responder ids of the two alternating crews
    vehicles: list[int] = field(default_factory=list)


@dataclass
class World:
    plan: Plan
    rng: random.Random
    clock: Clock
    people: People
    districts: list[DistrictPlace] = field(default_factory=list)
    stations: list[Station] = field(default_factory=list)
    communities: list[CommunityPlace] = field(default_factory=list)
    facilities: list[FacilityPlace] = field(default_factory=list)
    vehicles: list[VehiclePlace] = field(default_factory=list)
    quick_response: dict[int, QuickResponseTeam] = field(default_factory=dict)
    responder_names: list[str] = field(default_factory=list)   # index = responder id - 1
    team_members: dict[int, list[int]] = field(default_factory=dict)
    # day_key(responder, day) of every day a responder is off duty after a morning check, and
    # for the day it happened, the reason and the minute of the check.
    stood_down: set[int] = field(default_factory=set)
    stand_downs: dict[int, tuple[str, int]] = field(default_factory=dict)
    # Register facts, index = id - 1.
    household_community: list[int] = field(default_factory=list)
    household_first_person: list[int] = field(default_factory=list)
    household_size: list[int] = field(default_factory=list)
    household_address: list[str] = field(default_factory=list)
    person_household: list[int] = field(default_factory=list)
    person_age: list[int] = field(default_factory=list)
    person_name: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def prefix_of(self, station: Station) -> str:
        """The address prefix of the station's district (武汉市江岸区)."""
        return self.districts[station.district - 1].prefix

    def station_of(self, community_id: int) -> Station:
        return self.stations[self.communities[community_id - 1].station - 1]

    def count(self, batch: Batch) -> Batch:
        """Tally a batch's rows for the summary and pass it on."""
        self.counts[batch.table] = self.counts.get(batch.table, 0) + len(batch.rows)
        return batch

    @staticmethod
    def day_key(responder: int, day: int) -> int:
        return responder * 64 + day
