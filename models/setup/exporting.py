"""The district's master data written as its workbook: the same sheets, columns and words as
the template, so that exporting and importing again changes nothing.

Rows in use only (a retired row is left out; a re-import leaves it as it is). A team is written
by its name where no other station has a team so named, else as `code/name`; a vehicle's team
by its name when it is the vehicle's own station's.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from models.map.boundaries import geometry_text
from models.setup.existing import Existing
from models.setup.instructions import instructions_sheet
from models.setup.rows import TeamKey
from models.setup.sheets import SHEETS, SheetSpec
from models.setup.words import (
    AREA_KINDS,
    CATEGORIES,
    FACILITY_KINDS,
    NO_WORD,
    ROLES,
    SUPPLY_ITEMS,
    TEAM_KINDS,
    YES_WORD,
)
from models.setup.xlsx import Sheet, write_workbook


def sheet_of(spec: SheetSpec, rows: list[list[Any]]) -> Sheet:
    return Sheet(spec.chinese, [c.chinese for c in spec.columns], rows,
                 [c.width for c in spec.columns])


def workbook_rows(existing: Existing) -> dict[str, list[list[Any]]]:
    """Each sheet's rows as cells, in a stable order (by code, name or plate)."""
    names = Counter(key.name for key in existing.teams)

    def team(key: TeamKey, station: str | None = None) -> str:
        plain = names[key.name] == 1 if station is None else key.station == station
        return key.name if plain else f"{key.station}/{key.name}"

    def active(table: dict[Any, Any]) -> list[Any]:
        return [stored.row for _, stored in sorted(table.items()) if stored.active]

    responders = sorted((s.row for s in existing.responders.values() if s.active),
                        key=lambda r: (r.teams[:1], not r.leader, r.name, r.resident_id or ""))
    return {
        "stations": [[r.code, r.name, r.address, r.latitude, r.longitude,
                      AREA_KINDS.shown(r.area_kind) if r.area_kind else ""]
                     for r in active(existing.stations)],
        "communities": [[r.code, r.name, r.station, AREA_KINDS.shown(r.area_kind), r.households,
                         r.persons, r.daily_target, r.latitude, r.longitude]
                        for r in active(existing.communities)],
        "facilities": [[r.code, r.name, FACILITY_KINDS.shown(r.kind), CATEGORIES.shown_list(r.accepts),
                        r.beds_total, r.address, r.latitude, r.longitude, r.phone or ""]
                       for r in active(existing.facilities)],
        "teams": [[r.name, TEAM_KINDS.shown(r.kind), r.station, "、".join(r.communities)]
                  for r in active(existing.teams)],
        "responders": [[r.name, r.resident_id or "", r.phone or "", ROLES.shown(r.role), r.unit,
                        "、".join(team(key) for key in r.teams), YES_WORD if r.leader else NO_WORD,
                        r.lodging or ""] for r in responders],
        "vehicles": [[r.plate, r.station, team(r.team, r.station) if r.team else "",
                      "" if r.seats is None else r.seats] for r in active(existing.vehicles)],
        "lodging": [[r.name, r.address, r.rooms, r.station or ""] for r in active(existing.lodgings)],
        "supplies": [[r.station, SUPPLY_ITEMS.shown(r.item), r.quantity, r.low_stock_days]
                     for _, stored in sorted(existing.supplies.items()) for r in (stored.row,)],
        "boundaries": [[r.community, geometry_text(r.shape)] for r in active(existing.boundaries)],
    }


def write_district_workbook(path: Path | str, existing: Existing) -> dict[str, int]:
    """Write the workbook; returns the rows written per sheet."""
    rows = workbook_rows(existing)
    name, code = (existing.district[2], existing.district[1]) if existing.district else ("", "")
    sheets = [sheet_of(spec, rows[spec.key]) for spec in SHEETS]
    write_workbook(path, [*sheets, instructions_sheet(name, code)])
    return {key: len(value) for key, value in rows.items()}
