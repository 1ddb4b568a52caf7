"""Building the demo district: the use case behind `canvass demo` and the first-start offer.

Runs on whatever thread calls it (the GUI calls it from a task-runner worker): it touches no
widget and reports only through `progress(done, total)` and `cancelled()`. A cancel raises
DemoCancelled after the transaction was rolled back, so the database is as empty as before.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from models.db.database import Database
from models.demo import SIZES, DemoCancelled, DemoSummary, evening_of
from models.demo import build_demo as build_demo_district

log = logging.getLogger("canvass.demo")

__all__ = ["SIZES", "DemoCancelled", "DemoSummary", "build_demo", "evening_of"]


def build_demo(database: Database, size: str, seed: int, end: datetime,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, by: str = "demo") -> DemoSummary:
    """Build the `size` demo into an empty `database`; see models.demo.build_demo."""
    log.info("building the %s demo (seed %s, up to %s) into %s", size, seed, end,
             database.description)
    try:
        summary = build_demo_district(database, size, seed, end, progress, cancelled, by)
    except DemoCancelled:
        log.info("demo build cancelled; nothing was written")
        raise
    log.info("%s", summary.line())
    return summary
