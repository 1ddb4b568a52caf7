"""The deterministic demo district: `build_demo(database, "small" | "district", seed, today)`.

A month of a district's screening and transfer campaign, ending on `today`, written into an
empty database in one transaction (cancelled or failed: nothing is written).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from models.accounts.audit import Actor, entry
from models.db.database import Database
from models.demo.outcome import DemoCancelled, DemoSummary
from models.demo.plan import SIZES, plan_for
from models.demo.stages import batches, make_world
from models.demo.writer import write

__all__ = ["SIZES", "DemoCancelled", "DemoSummary", "build_demo"]


def build_demo(database: Database, size: str, seed: int, today: date,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, by: str = "demo") -> DemoSummary:
    """Build the demo of that size into an empty database.

    Raises ValueError for an unknown size, DatabaseNotEmpty if the database holds campaign data
    (checked before anything is generated), DemoCancelled when `cancelled()` turns true. The
    same (size, seed, today) always writes the same rows; `progress(done, total)` counts rows.
    One audit entry under the name `by` records the load, stamped with the real time of the
    build (the only thing in it that is not a function of size, seed and today)."""
    plan = plan_for(size)
    started = time.perf_counter()
    world = make_world(plan, seed, today)

    def audit() -> dict[str, Any]:
        changes = {"demo": plan.size, "seed": seed, "today": today.isoformat(),
                   "rows": world.counts}
        return entry(Actor(None, by[:32]), "bulk_load", "district", 1, changes, datetime.now())

    write(database, batches(world), plan.expected_rows, progress, cancelled, audit)
    return DemoSummary(plan.size, seed, today, dict(world.counts), time.perf_counter() - started)
