"""Each sheet's rows read into typed rows (models/setup/rows.py), every cell checked on its own.

A row with a problem in any cell is left out of what follows (its problems are enough: a bad
code would only breed "unknown station" refusals further down); whatever is left is checked
across rows and against the database by checks.py.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from models.importing.validate import cell_text
from models.map.boundaries import BoundaryCode, outline_polygons, shape_problems, shape_text
from models.setup.cells import RowReader
from models.setup.problems import SetupCode, SetupProblem
from models.setup.reading import RawSheet, WorkbookFile
from models.setup.rows import (
    BoundaryRow,
    CommunityRow,
    FacilityRow,
    LodgingRow,
    ResponderRow,
    StationRow,
    SupplyRow,
    TeamKey,
    TeamRow,
    VehicleRow,
)
from models.setup.words import (
    AREA_KINDS,
    CATEGORIES,
    FACILITY_KINDS,
    ROLES,
    SUPPLY_ITEMS,
    TEAM_KINDS,
    TEAM_SEPARATORS,
    split_list,
)

T = TypeVar("T")
CODE, NAME, ADDRESS, UNIT, PHONE = 16, 64, 200, 64, 20
STATION_CODE = 12
MAX_BEDS = 100_000
MAX_SEATS = 60
MAX_DAYS = 365


def station(r: RowReader, today: date) -> StationRow | None:
    code, name = r.text("code", STATION_CODE, True), r.text("name", NAME, True)
    address = r.text("address", ADDRESS)
    lat, lon = r.coordinate("latitude"), r.coordinate("longitude")
    kind = r.word("area_kind", AREA_KINDS, required=False) if r.has("area_kind") else None
    if r.problems or lat is None or lon is None:
        return None
    return StationRow(code, name, address, lat, lon, kind, r.line)


def community(r: RowReader, today: date) -> CommunityRow | None:
    code, name = r.text("code", CODE, True), r.text("name", NAME, True)
    station_code = r.text("station", STATION_CODE, True)
    kind = r.word("area_kind", AREA_KINDS)
    households, persons = r.count("households"), r.count("persons")
    target = r.count("daily_target")
    lat, lon = r.coordinate("latitude"), r.coordinate("longitude")
    if (r.problems or kind is None or lat is None or lon is None or households is None
            or persons is None or target is None):
        return None
    return CommunityRow(code, name, station_code, kind, households, persons, target, lat, lon,
                        r.line)


def facility(r: RowReader, today: date) -> FacilityRow | None:
    code, name = r.text("code", CODE, True), r.text("name", NAME, True)
    kind = r.word("kind", FACILITY_KINDS)
    accepts = r.words("accepts", CATEGORIES)
    beds = r.count("beds_total", MAX_BEDS, blank=None)
    address = r.text("address", ADDRESS)
    lat, lon = r.coordinate("latitude"), r.coordinate("longitude")
    phone = r.phone("phone")
    if r.problems or kind is None or beds is None or lat is None or lon is None:
        return None
    return FacilityRow(code, name, kind, accepts, beds, address, lat, lon, phone, r.line)


def team(r: RowReader, today: date) -> TeamRow | None:
    name = r.text("name", NAME, True)
    kind = r.word("kind", TEAM_KINDS)
    station_code = r.text("station", STATION_CODE, True)
    refs = tuple(split_list(r.text("communities", 4000)))
    if r.problems or kind is None:
        return None
    return TeamRow(name, kind, station_code, (), refs, r.line)


def responder(r: RowReader, today: date) -> ResponderRow | None:
    name = r.text("name", NAME, True)
    resident_id = r.resident_id("resident_id", today)
    phone = r.phone("phone")
    role = r.word("role", ROLES)
    unit = r.text("unit", UNIT)
    refs = tuple(split_list(r.text("teams", 1000), TEAM_SEPARATORS))
    leader = r.yes("leader")
    lodging = r.text("lodging", NAME) or None
    if r.problems or role is None:
        return None
    return ResponderRow(name, resident_id, phone, role, unit, (), leader, lodging, refs, r.line)


def vehicle(r: RowReader, today: date) -> VehicleRow | None:
    plate = r.plate("plate")
    station_code = r.text("station", STATION_CODE, True)
    team_ref = r.text("team", NAME + STATION_CODE + 1)
    seats = r.count("seats", MAX_SEATS, low=1, blank=None) if r.text("seats", 10) else None
    if r.problems or plate is None:
        return None
    return VehicleRow(plate, station_code, None, seats, team_ref, r.line)


def lodging(r: RowReader, today: date) -> LodgingRow | None:
    name = r.text("name", NAME, True)
    address = r.text("address", ADDRESS)
    rooms = r.count("rooms", MAX_BEDS)
    station_code = r.text("station", STATION_CODE) or None if r.has("station") else None
    if r.problems or rooms is None:
        return None
    return LodgingRow(name, address, rooms, station_code, r.line)


def supply(r: RowReader, today: date) -> SupplyRow | None:
    station_code = r.text("station", STATION_CODE, True)
    item = r.word("item", SUPPLY_ITEMS)
    quantity = r.count("quantity", blank=None)
    days = r.count("low_stock_days", MAX_DAYS, blank=3)
    if r.problems or item is None or quantity is None or days is None:
        return None
    return SupplyRow(station_code, item, quantity, days, r.line)


OUTLINE_CODES = {   # a shape's problem (models/map/boundaries.py) as the workbook's
    BoundaryCode.NOT_A_POLYGON: SetupCode.OUTLINE_NOT_AN_AREA,
    BoundaryCode.EMPTY: SetupCode.OUTLINE_EMPTY,
    BoundaryCode.TOO_FEW_POINTS: SetupCode.OUTLINE_TOO_FEW_POINTS,
    BoundaryCode.SELF_INTERSECTING: SetupCode.OUTLINE_CROSSES_ITSELF,
    BoundaryCode.OUTSIDE_CHINA: SetupCode.OUTLINE_OUTSIDE_CHINA,
}


def boundary(r: RowReader, today: date) -> BoundaryRow | None:
    """A community's outline, checked as a boundary file's shapes are (the same checks)."""
    community_ref = r.text("community", NAME, True)
    text = cell_text(r.raw("outline"))
    if not text:
        r.note("outline", SetupCode.EMPTY)
        return None
    polygons, kind = outline_polygons(text)
    if polygons is None:
        if kind == "text":
            r.note("outline", SetupCode.OUTLINE_UNREADABLE)
        else:
            r.note("outline", SetupCode.OUTLINE_NOT_AN_AREA, kind)
        return None
    shape, problems = shape_problems(polygons, mercator=False)
    for problem, values in problems[:1]:   # the first says enough for one cell
        r.note("outline", OUTLINE_CODES[problem], *values)
    if r.problems:
        return None
    return BoundaryRow(community_ref, shape_text(shape), r.line)


PARSERS: dict[str, Callable[[RowReader, date], Any]] = {
    "stations": station, "communities": community, "facilities": facility, "teams": team,
    "responders": responder, "vehicles": vehicle, "lodging": lodging, "supplies": supply,
    "boundaries": boundary,
}


@dataclass
class ParsedWorkbook:
    """Every row that read cleanly, per sheet, and every problem found so far.

    `named` holds the key of every row, clean or not (a station's code, a community's code and
    name, a team's station and name, a lodging's name): a row refused for a bad cell is still
    on its sheet, and the rows naming it should not be refused a second time as naming
    nothing."""
    sheets: dict[str, RawSheet]
    rows: dict[str, list[Any]] = field(default_factory=dict)
    problems: list[SetupProblem] = field(default_factory=list)
    named: dict[str, dict[Hashable, str]] = field(default_factory=dict)

    def of(self, key: str, kind: type[T]) -> list[T]:
        return [row for row in self.rows.get(key, []) if isinstance(row, kind)]

    def sheet_name(self, key: str) -> str:
        sheet = self.sheets.get(key)
        return sheet.name if sheet else key


def parse_workbook(book: WorkbookFile, today: date) -> ParsedWorkbook:
    parsed = ParsedWorkbook(book.sheets, problems=list(book.problems))
    for key, sheet in book.sheets.items():
        rows = parsed.rows.setdefault(key, [])
        if not sheet.usable:
            continue
        named = parsed.named.setdefault(key, {})
        for line, cells in sheet.rows:
            reader = RowReader(sheet.name, line, cells, sheet.columns)
            row = PARSERS[key](reader, today)
            parsed.problems += reader.problems
            if row is not None:
                rows.append(row)
            _name(key, reader, named)
    return parsed


def _name(key: str, reader: RowReader, named: dict[Hashable, str]) -> None:
    """Remember the row's key (and a community's name, for the code it stands for)."""
    def cell(column: str) -> str:
        return cell_text(reader.raw(column))
    if key in ("stations", "communities"):
        named.setdefault(cell("code"), cell("code"))
        if key == "communities":
            named.setdefault(cell("name"), cell("code"))
    elif key == "teams":
        named.setdefault(TeamKey(cell("station"), cell("name")), cell("name"))
    elif key == "lodging":
        named.setdefault(cell("name"), cell("name"))
