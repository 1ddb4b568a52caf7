"""What a checked workbook would change: per sheet, the rows to add, the rows to update (with
the stored row they update) and how many are already as the workbook says.

This is what a dry run reports and what loading.py writes; an exported workbook read back
plans no change at all.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from models.setup.checks import Checked
from models.setup.existing import Existing, Stored
from models.setup.rows import plate_key

R = TypeVar("R")


@dataclass
class SheetPlan(Generic[R]):
    added: list[R] = field(default_factory=list)
    updated: list[tuple[R, Stored[R]]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def counts(self) -> tuple[int, int, int]:
        return len(self.added), len(self.updated), self.unchanged


@dataclass
class Plan:
    district: tuple[str, str] | None
    sheets: dict[str, SheetPlan[Any]]
    responder_ids: dict[int, int | None] = field(default_factory=dict)   # workbook line → stored

    @property
    def changes(self) -> bool:
        return self.district is not None or any(
            plan.added or plan.updated for plan in self.sheets.values())

    def counts(self) -> dict[str, tuple[int, int, int]]:
        return {key: plan.counts for key, plan in self.sheets.items()}


def _plan(rows: list[R], stored: Callable[[R], Stored[R] | None]) -> SheetPlan[R]:
    plan: SheetPlan[R] = SheetPlan()
    for row in rows:
        found = stored(row)
        if found is None:
            plan.added.append(row)
        elif found.row != row:
            plan.updated.append((row, found))
        else:
            plan.unchanged += 1
    return plan


def _by(table: dict[Any, Stored[R]], key: Callable[[R], Hashable]) -> Callable[[R], Stored[R] | None]:
    return lambda row: table.get(key(row))


def plan_changes(checked: Checked, existing: Existing, present: set[str]) -> Plan:
    """The plan for the sheets `present` in the workbook (the others are left alone)."""
    responder_ids = {row.line: ident for row, ident in checked.responders}

    def stored_responder(row: Any) -> Stored[Any] | None:
        ident = responder_ids[row.line]
        return None if ident is None else existing.responders[ident]

    sheets: dict[str, SheetPlan[Any]] = {
        "stations": _plan(checked.stations, _by(existing.stations, lambda r: r.code)),
        "communities": _plan(checked.communities, _by(existing.communities, lambda r: r.code)),
        "facilities": _plan(checked.facilities, _by(existing.facilities, lambda r: r.code)),
        "teams": _plan(checked.teams, _by(existing.teams, lambda r: r.key)),
        "responders": _plan([row for row, _ in checked.responders], stored_responder),
        "vehicles": _plan(checked.vehicles, _by(existing.vehicles, lambda r: plate_key(r.plate))),
        "lodging": _plan(checked.lodgings, _by(existing.lodgings, lambda r: r.name)),
        "supplies": _plan(checked.supplies, _by(existing.supplies, lambda r: r.key)),
        "boundaries": _plan(checked.boundaries, _by(existing.boundaries, lambda r: r.community)),
    }
    return Plan(checked.district, {key: plan for key, plan in sheets.items() if key in present},
                responder_ids)
