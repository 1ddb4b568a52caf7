"""Checks across rows and against the database: codes unique, every reference resolving, one
leader per team, beds never below the beds taken, nothing retired newly chosen.

A reference resolves to a row of the workbook or of the database (a workbook of vehicles alone
may name teams set up last week). A retired station, team, community or lodging stays where it
is already referred to, but cannot be chosen anew. Two columns may be missing or blank and are
then derived: a new station's area kind (rural when most of its communities are villages) and
a new lodging's station (the station of the first team lodged there); otherwise the stored
value is kept.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from models.enums import AreaKind
from models.setup.existing import Existing, Stored
from models.setup.parsing import ParsedWorkbook
from models.setup.problems import SetupCode, SetupProblem
from models.setup.rows import (
    BoundaryRow,
    CommunityRow,
    FacilityRow,
    LodgingRow,
    ResponderRow,
    StationRow,
    SupplyRow,
    TeamRow,
    VehicleRow,
)
from models.setup.team_checks import TeamChecks
from models.setup.words import SUPPLY_ITEMS

T = TypeVar("T", StationRow, CommunityRow, FacilityRow, TeamRow, ResponderRow, VehicleRow,
            LodgingRow, SupplyRow, BoundaryRow)


@dataclass
class Checked:
    """The workbook's rows, resolved, once every check has passed (or the problems if not)."""
    district: tuple[str, str] | None = None     # (code, name) when the district is new or renamed
    stations: list[StationRow] = field(default_factory=list)
    communities: list[CommunityRow] = field(default_factory=list)
    facilities: list[FacilityRow] = field(default_factory=list)
    teams: list[TeamRow] = field(default_factory=list)
    responders: list[tuple[ResponderRow, int | None]] = field(default_factory=list)
    vehicles: list[VehicleRow] = field(default_factory=list)
    lodgings: list[LodgingRow] = field(default_factory=list)
    supplies: list[SupplyRow] = field(default_factory=list)
    boundaries: list[BoundaryRow] = field(default_factory=list)
    problems: list[SetupProblem] = field(default_factory=list)


class Checks:
    """One run of the checks; `problem` names the cell as the workbook shows it."""

    def __init__(self, parsed: ParsedWorkbook, existing: Existing) -> None:
        self.parsed = parsed
        self.existing = existing
        self.result = Checked(problems=list(parsed.problems))

    def problem(self, sheet: str, line: int, column: str, code: SetupCode, *values: object) -> None:
        raw = self.parsed.sheets.get(sheet)
        header = raw.columns[column][1] if raw and column in raw.columns else column
        self.result.problems.append(SetupProblem(self.parsed.sheet_name(sheet), line, header,
                                                 code, tuple(str(v) for v in values)))

    def unique(self, sheet: str, rows: list[T], key: Callable[[T], Hashable], column: str,
               shown: Callable[[T], str]) -> list[T]:
        """The rows whose key is not taken by an earlier row; the others are refused."""
        first: dict[Hashable, int] = {}
        kept = []
        for row in rows:
            k = key(row)
            if k in first:
                self.problem(sheet, row.line, column, SetupCode.DUPLICATE_KEY, shown(row), first[k])
            else:
                first[k] = row.line
                kept.append(row)
        return kept

    def reference(self, sheet: str, line: int, column: str, kind: SetupCode, value: str,
                  known: Iterable[str], retired: Callable[[str], bool], unchanged: bool) -> bool:
        """Is `value` a known row, and not a retired one chosen anew?"""
        if value not in known:
            self.problem(sheet, line, column, kind, value)
            return False
        if retired(value) and not unchanged:
            self.problem(sheet, line, column, SetupCode.RETIRED, value)
            return False
        return True

    def retired_row(self, sheet: str, line: int, column: str, value: str,
                    stored: Stored[Any] | None) -> None:
        """A note: the row updates a retired one, which stays retired."""
        if stored is not None and not stored.active:
            self.problem(sheet, line, column, SetupCode.RETIRED_ROW, value)

    # -- the sheets -------------------------------------------------------------------------

    def stations(self) -> None:
        rows = self.unique("stations", self.parsed.of("stations", StationRow), lambda r: r.code,
                           "code", lambda r: r.code)
        villages: dict[str, list[AreaKind]] = {}
        for community in self.parsed.of("communities", CommunityRow):
            villages.setdefault(community.station, []).append(community.area_kind)
        for row in rows:
            stored = self.existing.stations.get(row.code)
            self.retired_row("stations", row.line, "code", row.code, stored)
            if row.area_kind is None:
                kinds = villages.get(row.code, [])
                derived = (AreaKind.RURAL if kinds.count(AreaKind.RURAL) * 2 > len(kinds)
                           else AreaKind.URBAN)
                row = replace(row, area_kind=stored.row.area_kind if stored else derived)
            self.result.stations.append(row)

    def station_codes(self) -> set[str]:
        """Every station a reference may name: the workbook's (also one refused for another
        reason, so that its refusal is not repeated as an unknown station on every row naming
        it) and the database's."""
        return {str(code) for code in self.parsed.named.get("stations", {})} | set(self.existing.stations)

    def station_retired(self, code: str) -> bool:
        stored = self.existing.stations.get(code)
        return stored is not None and not stored.active

    def community_retired(self, code: str) -> bool:
        stored = self.existing.communities.get(code)
        return stored is not None and not stored.active

    def lodging_retired(self, name: str) -> bool:
        stored = self.existing.lodgings.get(name)
        return stored is not None and not stored.active

    def communities(self) -> None:
        rows = self.unique("communities", self.parsed.of("communities", CommunityRow),
                           lambda r: r.code, "code", lambda r: r.code)
        stations = self.station_codes()
        for row in rows:
            stored = self.existing.communities.get(row.code)
            self.retired_row("communities", row.line, "code", row.code, stored)
            if self.reference("communities", row.line, "station", SetupCode.UNKNOWN_STATION,
                              row.station, stations, self.station_retired,
                              stored is not None and stored.row.station == row.station):
                self.result.communities.append(row)

    def facilities(self) -> None:
        rows = self.unique("facilities", self.parsed.of("facilities", FacilityRow),
                           lambda r: r.code, "code", lambda r: r.code)
        rows = self.unique("facilities", rows, lambda r: r.name, "name", lambda r: r.name)
        final = {code: stored.row.name for code, stored in self.existing.facilities.items()}
        final.update({row.code: row.name for row in rows})
        holders: dict[str, list[str]] = {}
        for code, name in final.items():
            holders.setdefault(name, []).append(code)
        for row in rows:
            stored = self.existing.facilities.get(row.code)
            self.retired_row("facilities", row.line, "code", row.code, stored)
            holder = next((code for code in holders[row.name] if code != row.code), None)
            taken = self.existing.beds_taken.get(row.code, 0)
            if holder is not None:
                self.problem("facilities", row.line, "name", SetupCode.NAME_TAKEN, row.name, holder)
            elif row.beds_total < taken:
                self.problem("facilities", row.line, "beds_total", SetupCode.BEDS_BELOW_TAKEN,
                             row.beds_total, taken)
            else:
                self.result.facilities.append(row)

    def lodgings(self, stations_of_lodgers: dict[str, str]) -> None:
        rows = self.unique("lodging", self.parsed.of("lodging", LodgingRow), lambda r: r.name,
                           "name", lambda r: r.name)
        stations = self.station_codes()
        for row in rows:
            stored = self.existing.lodgings.get(row.name)
            self.retired_row("lodging", row.line, "name", row.name, stored)
            if row.station is None:
                station = stored.row.station if stored else stations_of_lodgers.get(row.name)
                if station is None:
                    self.problem("lodging", row.line, "name", SetupCode.LODGING_NEEDS_STATION)
                    continue
                row = replace(row, station=station)
            elif not self.reference("lodging", row.line, "station", SetupCode.UNKNOWN_STATION,
                                    row.station, stations, self.station_retired,
                                    stored is not None and stored.row.station == row.station):
                continue
            self.result.lodgings.append(row)

    def supplies(self) -> None:
        rows = self.unique("supplies", self.parsed.of("supplies", SupplyRow), lambda r: r.key,
                           "item", lambda r: f"{r.station} {SUPPLY_ITEMS.shown(r.item)}")
        stations = self.station_codes()
        for row in rows:
            stored = self.existing.supplies.get(row.key)
            if self.reference("supplies", row.line, "station", SetupCode.UNKNOWN_STATION,
                              row.station, stations, self.station_retired, stored is not None):
                self.result.supplies.append(row)

    def boundaries(self) -> None:
        """Each outline's community by its code (or name), on the communities sheet or in
        Canvass; one outline a community."""
        named = {str(k): code for k, code in self.parsed.named.get("communities", {}).items()}
        resolved: list[BoundaryRow] = []
        for row in self.parsed.of("boundaries", BoundaryRow):
            ref = row.community
            code = named.get(ref) or (ref if ref in self.existing.communities
                                      else self.existing.community_names.get(ref))
            if code is None:
                self.problem("boundaries", row.line, "community", SetupCode.UNKNOWN_COMMUNITY, ref)
            else:
                resolved.append(replace(row, community=code))
        self.result.boundaries = self.unique("boundaries", resolved, lambda r: r.community,
                                             "community", lambda r: r.community)

    def district(self, name: str, code: str, instructions: str) -> None:
        stored = self.existing.district
        if stored is None:
            if not name or not code:
                self.result.problems.append(SetupProblem(instructions, 0, "",
                                                         SetupCode.DISTRICT_MISSING))
            else:
                self.result.district = (code, name)
        elif code and code != stored[1]:
            self.result.problems.append(SetupProblem(instructions, 0, "",
                                                     SetupCode.DISTRICT_MISMATCH, (code, stored[1])))
        elif name and name != stored[2]:
            self.result.district = (stored[1], name)


def check_workbook(parsed: ParsedWorkbook, existing: Existing, district_name: str = "",
                   district_code: str = "", instructions: str = "说明") -> Checked:
    """Every check; `Checked.problems` holds what was found (notes included)."""
    checks = Checks(parsed, existing)
    checks.district(district_name, district_code, instructions)
    checks.stations()
    checks.communities()
    checks.facilities()
    teams = TeamChecks(checks)
    teams.teams()
    checks.lodgings(teams.stations_of_lodgers())
    teams.responders({str(name) for name in parsed.named.get("lodging", {})} | set(existing.lodgings))
    teams.vehicles()
    checks.supplies()
    checks.boundaries()
    return checks.result
