"""The deterministic demo district: `build_demo(database, "small" | "district", seed, end)`.

A month of a district's screening and transfer campaign whose history ends at the instant
`end` (the moment it is built, or the evening of a fixed day for the benchmark), written into an
empty database in one transaction (cancelled or failed: nothing is written).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from models.accounts.audit import Actor, entry
from models.db.database import Database
from models.db.statistics import analyse
from models.demo.clock import evening_of
from models.demo.outcome import DemoCancelled, DemoSummary
from models.demo.plan import SIZES, plan_for
from models.demo.stages import batches, make_world
from models.demo.writer import write

__all__ = ["SIZES", "DemoCancelled", "DemoSummary", "build_demo", "evening_of"]
# A workstation's clock may run a little behind the caller's; an end further ahead is a mistake.
CLOCK_TOLERANCE = timedelta(minutes=5)


def build_demo(database: Database, size: str, seed: int, end: datetime,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, by: str = "demo") -> DemoSummary:
    """Build the demo of that size into an empty database.

    Raises ValueError for an unknown size or an `end` in the future (the demo is a history,
    and a history later than the clock shows times after now and negative durations),
    DatabaseNotEmpty if the database holds campaign data (checked before anything is
    generated), DemoCancelled when `cancelled()` turns true. The same (size, seed, end) always
    writes the same rows; `progress(done, total)` counts rows. One audit entry under the name
    `by` records the load, stamped at `end` like the rest of the history."""
    plan = plan_for(size)
    if end > datetime.now() + CLOCK_TOLERANCE:
        raise ValueError(f"The demo's history cannot end in the future ({end:%Y-%m-%d %H:%M})")
    started = time.perf_counter()
    world = make_world(plan, seed, end)

    def audit() -> dict[str, Any]:
        changes = {"demo": plan.size, "seed": seed, "end": world.clock.end.isoformat(" "),
                   "rows": world.counts}
        return entry(Actor(None, by[:32]), "bulk_load", "district", 1, changes, world.clock.end)

    write(database, batches(world), plan.expected_rows, progress, cancelled, audit)
    analyse(database)   # every table was empty: none has statistics worth keeping
    return DemoSummary(plan.size, seed, world.clock.end, dict(world.counts),
                       time.perf_counter() - started)
