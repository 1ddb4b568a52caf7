"""What the situation map shows, as plain values (no SQL: the screens hold these; the
statements that fill them are models/map/figures.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.map.geometry import MultiPolygon


class Place:
    """Where a vehicle is, said by its trip's step (ui/map words them)."""
    STATION = "station"
    TO_SCENE = "to_scene"
    SCENE = "scene"
    TO_FACILITY = "to_facility"


@dataclass(frozen=True)
class CommunitySpot:
    id: int
    name: str
    longitude: float
    latitude: float
    households: int
    done: int
    outlined: bool

    @property
    def coverage(self) -> float | None:
        """Households with an outcome over households registered (None: none registered)."""
        return min(self.done / self.households, 1.0) if self.households else None


@dataclass(frozen=True)
class FacilitySpot:
    id: int
    name: str
    kind: str
    longitude: float
    latitude: float
    beds_total: int
    beds_taken: int


@dataclass(frozen=True)
class StationSpot:
    id: int
    name: str
    longitude: float
    latitude: float


@dataclass(frozen=True)
class VehicleSpot:
    id: int
    plate: str
    status: str
    place: str            # a Place
    longitude: float
    latitude: float
    transfer_id: int | None


@dataclass(frozen=True)
class MapFigures:
    communities: tuple[CommunitySpot, ...]
    facilities: tuple[FacilitySpot, ...]
    stations: tuple[StationSpot, ...]
    vehicles: tuple[VehicleSpot, ...]
    open_cases: tuple[tuple[int, str, int], ...]       # community, category, open cases
    outlines: dict[int, MultiPolygon]                   # by community
    outlines_stamp: tuple[int, int, int]                # changes when any outline changes


@dataclass
class MapCache:
    """The outlines last read and the stamp they were read at, kept between refreshes (a view
    holds one). Replaced as one pair: two loads on the runner's threads never mix them."""
    kept: tuple[tuple[int, int, int] | None, dict[int, MultiPolygon]] = field(
        default_factory=lambda: (None, {}))

    @property
    def outlines(self) -> dict[int, MultiPolygon]:
        return self.kept[1]


@dataclass(frozen=True)
class IncomingTransfer:
    id: int
    number: str
    status: str          # a TransferStatus value
    person: str
    category: str        # a CaseCategory value
    community: str
    ordered_at: datetime


@dataclass(frozen=True)
class AdmittedPerson:
    case_id: int
    person: str
    category: str
    community: str
    since: datetime


@dataclass(frozen=True)
class FacilityCard:
    id: int
    name: str
    kind: str            # a FacilityKind value
    accepts: tuple[str, ...]
    beds_total: int
    beds_taken: int
    active: bool
    incoming: tuple[IncomingTransfer, ...]
    incoming_count: int
    admitted: tuple[AdmittedPerson, ...]
    admitted_count: int

    @property
    def beds_free(self) -> int:
        return max(self.beds_total - self.beds_taken, 0)
