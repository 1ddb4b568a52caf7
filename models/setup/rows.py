"""One typed row per sheet: what a workbook row says once its cells are read, and what the
database holds, in the same form, so that "would this change anything" is an equality.

References are natural keys (a station's code, a community's code, a team's station code and
name, a lodging's name), never ids: a workbook knows no ids. `line` is the spreadsheet row a
row came from (0 for the database's) and takes no part in comparisons; so do the references
as typed (`*_refs`), which checks.py resolves into the keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from models.enums import AreaKind, CaseCategory, FacilityKind, ResponderRole, SupplyItem, TeamKind


class TeamKey(NamedTuple):
    station: str      # the station's code
    name: str


@dataclass(frozen=True)
class StationRow:
    code: str
    name: str
    address: str
    latitude: float
    longitude: float
    area_kind: AreaKind | None        # None: not given (kept, or derived for a new station)
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class CommunityRow:
    code: str
    name: str
    station: str
    area_kind: AreaKind
    households: int
    persons: int
    daily_target: int
    latitude: float
    longitude: float
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class FacilityRow:
    code: str
    name: str
    kind: FacilityKind
    accepts: frozenset[CaseCategory]
    beds_total: int
    address: str
    latitude: float
    longitude: float
    phone: str | None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class TeamRow:
    name: str
    kind: TeamKind
    station: str
    communities: tuple[str, ...]      # community codes, sorted, once resolved
    community_refs: tuple[str, ...] = field(default=(), compare=False)
    line: int = field(default=0, compare=False)

    @property
    def key(self) -> TeamKey:
        return TeamKey(self.station, self.name)


@dataclass(frozen=True)
class ResponderRow:
    name: str
    resident_id: str | None
    phone: str | None
    role: ResponderRole
    unit: str
    teams: tuple[TeamKey, ...]        # resolved; the team led first when `leader`, else sorted
    leader: bool
    lodging: str | None
    team_refs: tuple[str, ...] = field(default=(), compare=False)
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class VehicleRow:
    plate: str
    station: str
    team: TeamKey | None
    seats: int | None
    team_ref: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class LodgingRow:
    name: str
    address: str
    rooms: int
    station: str | None               # None: not given (kept, or derived for a new lodging)
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class SupplyRow:
    station: str
    item: SupplyItem
    quantity: int
    low_stock_days: int
    line: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[str, SupplyItem]:
        return (self.station, self.item)


@dataclass(frozen=True)
class BoundaryRow:
    community: str                    # the community's code, once resolved (a name may be given)
    shape: str                        # the stored form (models/map/boundaries.py shape_text)
    line: int = field(default=0, compare=False)


def ordered_teams(teams: list[TeamKey] | tuple[TeamKey, ...], leader: bool) -> tuple[TeamKey, ...]:
    """The one order both sides use: the led team first, the others sorted."""
    if leader and teams:
        return (teams[0], *sorted(set(teams[1:]) - {teams[0]}))
    return tuple(sorted(set(teams)))


def plate_key(plate: str) -> str:
    """How two spellings of a plate are the same vehicle: 鄂A·12345, 鄂A 12345, 鄂a12345."""
    return "".join(ch for ch in plate.upper() if ch not in "·.・- \u00b7\u2022")
