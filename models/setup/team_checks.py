"""The checks of teams, responders and vehicles: which team a reference means, who a responder
row is, one leader per team.

A team is named by its station's code and its name (快反一队 is a name every station uses), so a
reference is the name alone where only one station has such a team, else `code/name`
(S01/快反一队); a vehicle's team is looked up in the vehicle's own station first. A responder row
is the stored responder with its resident ID; a stored responder without one (set up before
responders had IDs) is the one with the same name and phone. A team keeps one leader: the
workbook's, or the stored one if he is not in the workbook.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from models.setup.problems import SetupCode
from models.setup.rows import ResponderRow, TeamKey, TeamRow, VehicleRow, ordered_teams, plate_key

if TYPE_CHECKING:
    from models.setup.checks import Checks

SLASHES = ("/", "／")


class TeamChecks:
    def __init__(self, checks: Checks) -> None:
        self.checks = checks
        self.existing = checks.existing
        self.result = checks.result
        self.keys: set[TeamKey] = set()
        self.by_name: dict[str, list[TeamKey]] = {}

    def retired(self, key: TeamKey) -> bool:
        stored = self.existing.teams.get(key)
        return stored is not None and not stored.active

    def teams(self) -> None:
        checks = self.checks
        rows = checks.unique("teams", checks.parsed.of("teams", TeamRow), lambda r: r.key, "name",
                             lambda r: f"{r.station}/{r.name}")
        stations = checks.station_codes()
        names = {str(name): code for name, code in checks.parsed.named.get("communities", {}).items()}
        known = set(self.existing.communities) | set(names.values())
        for row in rows:
            stored = self.existing.teams.get(row.key)
            checks.retired_row("teams", row.line, "name", row.name, stored)
            if not checks.reference("teams", row.line, "station", SetupCode.UNKNOWN_STATION,
                                    row.station, stations, checks.station_retired,
                                    stored is not None):
                continue
            codes, ok = set(), True
            for ref in row.community_refs:
                code = ref if ref in known else names.get(ref, self.existing.community_names.get(ref, ref))
                before = stored.row.communities if stored else ()
                ok = checks.reference(
                    "teams", row.line, "communities", SetupCode.UNKNOWN_COMMUNITY, code, known,
                    checks.community_retired, code in before) and ok
                codes.add(code)
            if ok:
                self.result.teams.append(replace(row, communities=tuple(sorted(codes))))
        named = checks.parsed.named.get("teams", {})
        self.keys = {key for key in named if isinstance(key, TeamKey)} | set(self.existing.teams)
        for key in sorted(self.keys):
            self.by_name.setdefault(key.name, []).append(key)

    def resolve(self, ref: str, station: str | None = None,
                report: tuple[str, int, str] | None = None) -> TeamKey | None:
        """The team `ref` means; with `report` (sheet, line, column) a failure is a problem."""
        found: TeamKey | None = None
        problem: tuple[SetupCode, tuple[str, ...]]
        prefix, slash, name = next(((ref.partition(s)) for s in SLASHES if s in ref), ("", "", ref))
        if slash and prefix.strip() in self.checks.station_codes():
            station, ref = prefix.strip(), name.strip()
        if station is not None:
            key = TeamKey(station, ref)
            found = key if key in self.keys else None
            problem = (SetupCode.UNKNOWN_TEAM_IN_STATION, (ref, station))
        else:
            candidates = self.by_name.get(ref, [])
            if len(candidates) == 1:
                found = candidates[0]
            problem = ((SetupCode.AMBIGUOUS_TEAM, (ref, "、".join(k.station for k in candidates),
                                                   f"{candidates[0].station}/{ref}"))
                       if candidates else (SetupCode.UNKNOWN_TEAM, (ref,)))
        if found is None and report is not None:
            self.checks.problem(*report, problem[0], *problem[1])
        return found

    def stations_of_lodgers(self) -> dict[str, str]:
        """Lodging name → the station of the first team of a responder lodged there."""
        found: dict[str, str] = {}
        for row in self.checks.parsed.of("responders", ResponderRow):
            key = self.resolve(row.team_refs[0]) if row.lodging and row.team_refs else None
            if key is not None and row.lodging is not None:
                found.setdefault(row.lodging, key.station)
        return found

    def _match(self, row: ResponderRow) -> tuple[int | None, bool]:
        """(the stored responder this row is, or None for a new one; whether the row is usable)."""
        checks = self.checks
        if row.resident_id and row.resident_id in self.existing.by_resident_id:
            return self.existing.by_resident_id[row.resident_id], True
        same = self.existing.without_id.get((row.name, row.phone), [])
        if len(same) == 1:
            return same[0], True      # a stored responder without an ID: now given one, or not
        if row.resident_id:
            return None, True
        if same:
            checks.problem("responders", row.line, "resident_id", SetupCode.RESPONDER_AMBIGUOUS,
                           row.name, row.phone or "")
        else:
            checks.problem("responders", row.line, "resident_id",
                           SetupCode.NEW_RESPONDER_WITHOUT_ID)
        return None, False

    def responders(self, lodgings: set[str]) -> None:
        checks = self.checks
        rows = checks.unique("responders", checks.parsed.of("responders", ResponderRow),
                             lambda r: r.resident_id or ("", r.line), "resident_id",
                             lambda r: r.resident_id or "")
        chosen: list[tuple[ResponderRow, int | None]] = []
        seen: dict[int, int] = {}
        for row in rows:
            ident, ok = self._match(row)
            stored = self.existing.responders.get(ident) if ident is not None else None
            if ident is not None and ident in seen:
                checks.problem("responders", row.line, "name", SetupCode.DUPLICATE_KEY, row.name,
                               seen[ident])
                continue
            where = ("responders", row.line, "teams")
            keys = [self.resolve(ref, report=where) for ref in row.team_refs]
            before = set(stored.row.teams) if stored else set()
            for key in keys:
                if key is not None and self.retired(key) and key not in before:
                    checks.problem(*where, SetupCode.RETIRED, f"{key.station}/{key.name}")
                    ok = False
            if row.lodging is not None:
                ok = checks.reference(
                    "responders", row.line, "lodging", SetupCode.UNKNOWN_LODGING, row.lodging,
                    lodgings, checks.lodging_retired,
                    stored is not None and stored.row.lodging == row.lodging) and ok
            if row.leader and not row.team_refs:
                checks.problem("responders", row.line, "leader", SetupCode.LEADER_WITHOUT_TEAM)
                ok = False
            if ident is None and ok and not row.team_refs:
                checks.problem(*where, SetupCode.RESPONDER_NEEDS_TEAM)
                ok = False
            if not ok or any(key is None for key in keys):
                continue
            if ident is not None:
                seen[ident] = row.line
                checks.retired_row("responders", row.line, "name", row.name, stored)
            teams = ordered_teams([key for key in keys if key is not None], row.leader)
            chosen.append((replace(row, teams=teams), ident))
        self.result.responders = self._one_leader(chosen, set(seen))

    def _one_leader(self, rows: list[tuple[ResponderRow, int | None]],
                    in_workbook: set[int]) -> list[tuple[ResponderRow, int | None]]:
        """Refuse the rows that would give a team a second leader."""
        stored_leader: dict[TeamKey, str] = {}
        for responder, memberships in self.existing.memberships.items():
            for membership in memberships.values():
                if membership.active and membership.is_leader and responder not in in_workbook:
                    stored_leader[self.existing.team_keys[membership.team_id]] = \
                        self.existing.responders[responder].row.name
        first: dict[TeamKey, int] = {}
        kept = []
        for row, ident in rows:
            if row.leader:
                team = row.teams[0]
                shown = f"{team.station}/{team.name}"
                if team in first:
                    self.checks.problem("responders", row.line, "leader",
                                        SetupCode.SECOND_LEADER_IN_SHEET, shown, first[team])
                    continue
                first[team] = row.line
                if team in stored_leader:
                    self.checks.problem("responders", row.line, "leader",
                                        SetupCode.SECOND_LEADER_IN_DATABASE, shown,
                                        stored_leader[team])
                    continue
            kept.append((row, ident))
        return kept

    def vehicles(self) -> None:
        checks = self.checks
        rows = checks.unique("vehicles", checks.parsed.of("vehicles", VehicleRow),
                             lambda r: plate_key(r.plate), "plate", lambda r: r.plate)
        stations = checks.station_codes()
        for row in rows:
            stored = self.existing.vehicles.get(plate_key(row.plate))
            checks.retired_row("vehicles", row.line, "plate", row.plate, stored)
            if not checks.reference("vehicles", row.line, "station", SetupCode.UNKNOWN_STATION,
                                    row.station, stations, checks.station_retired,
                                    stored is not None and stored.row.station == row.station):
                continue
            team = None
            if row.team_ref:
                team = self.resolve(row.team_ref, row.station, ("vehicles", row.line, "team"))
                if team is None:
                    continue
                if self.retired(team) and not (stored and stored.row.team == team):
                    checks.problem("vehicles", row.line, "team", SetupCode.RETIRED, row.team_ref)
                    continue
            plate = stored.row.plate if stored else row.plate
            self.result.vehicles.append(replace(row, plate=plate, team=team))

