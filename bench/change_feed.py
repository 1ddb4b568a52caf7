"""A commit on one connection seen by another workstation's change feed, at the 99th percentile.

Canvass: the app's ChangeFeed in a running Qt event loop (PostgreSQL: the statement trigger's
NOTIFY read through a QSocketNotifier; SQLite: the `data_version` poll), timed from the
writer's commit returning to the feed's `noticed` signal; and, separately, to the coalesced
`changed` signal the views refresh on. Baseline, same run: the same write seen by a bare
psycopg LISTEN connection blocked on its socket (PostgreSQL), or by a bare sqlite3 connection
polling `data_version` in a tight loop (SQLite). Targets: PostgreSQL ≤ 50 ms at p99, SQLite
≤ 250 ms at p99; views refreshed within 1 s (issue 8).

    python -m bench.change_feed --db PATH_OR_URL
"""
from __future__ import annotations

import os
import random
import select
import sqlite3
import sys
import time
from collections.abc import Callable
from typing import Any

import psycopg

from bench.common import Row, run_on_database
from bench.qt_wait import run_until
from models.db.database import SQLITE_BUSY_TIMEOUT_MS, Database

SAMPLES = 60
TARGETS_S = {"postgresql": 0.050, "sqlite": 0.250}
DELIVERED_LIMIT_S = 1.0
WAIT_LIMIT_S = 5.0
# A write every workstation's feed watches and that nobody sees (a station's row version; SQLite
# skips an UPDATE that changes nothing, so it must change something).
TOUCH = ("UPDATE police_station SET version = version + 1 "
         "WHERE id = (SELECT min(id) FROM police_station)")


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def writer(database: Database) -> Callable[[], float]:
    """A second connection that commits TOUCH and returns the time its commit returned."""
    if database.kind == "sqlite":
        connection: Any = sqlite3.connect(str(database.url.database),
                                          timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    else:
        connection = psycopg.connect(_conninfo(database))

    def commit() -> float:
        connection.execute(TOUCH)
        connection.commit()
        return time.perf_counter()
    return commit


def _conninfo(database: Database) -> str:
    return database.url.set(drivername="postgresql").render_as_string(hide_password=False)


def feed_latencies(database: Database, commit: Callable[[], float]) -> tuple[list[float],
                                                                             list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from controllers.runtime.change_feed import SQLITE_POLL_MS, ChangeFeed, FeedState

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    feed = ChangeFeed(database)
    seen: list[float] = []
    delivered: list[float] = []
    feed.noticed.connect(lambda: seen.append(time.perf_counter()))
    feed.changed.connect(lambda _change: delivered.append(time.perf_counter()))

    feed.start()
    run_until(lambda: feed.state == FeedState.LIVE, WAIT_LIMIT_S)
    to_seen, to_delivered = [], []
    try:
        for _ in range(SAMPLES):
            # Commits fall anywhere in the poll's cycle, as another workstation's do.
            pause = random.uniform(0, SQLITE_POLL_MS / 1000) + 0.15
            run_until(lambda: False, pause)
            seen.clear()
            delivered.clear()
            committed = commit()
            run_until(lambda: bool(delivered), WAIT_LIMIT_S)
            if seen and delivered:
                to_seen.append(seen[0] - committed)
                to_delivered.append(delivered[0] - committed)
    finally:
        feed.stop()
        app.processEvents()
    return to_seen, to_delivered


def raw_latencies(database: Database, commit: Callable[[], float]) -> list[float]:
    latencies = []
    if database.kind == "sqlite":
        probe = sqlite3.connect(str(database.url.database))
        for _ in range(SAMPLES):
            last = probe.execute("PRAGMA data_version").fetchone()[0]
            committed = commit()
            while probe.execute("PRAGMA data_version").fetchone()[0] == last:
                pass
            latencies.append(time.perf_counter() - committed)
        probe.close()
        return latencies
    from models.db.change_tables import CHANNEL
    with psycopg.connect(_conninfo(database), autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        for _ in range(SAMPLES):
            committed = commit()
            select.select([listener.pgconn.socket], [], [], WAIT_LIMIT_S)
            listener.pgconn.consume_input()
            while listener.pgconn.notifies() is not None:
                pass
            latencies.append(time.perf_counter() - committed)
    return latencies


def rows(database: Database) -> list[Row]:
    commit = writer(database)
    baseline = p99(raw_latencies(database, commit))
    seen, delivered = feed_latencies(database, commit)
    if not seen:
        raise RuntimeError("the change feed saw none of the commits")
    backend = "PostgreSQL NOTIFY" if database.kind == "postgresql" else "SQLite data_version"
    return [Row(f"change feed: a commit seen ({backend}), p99", p99(seen), baseline,
                float("inf"), TARGETS_S[database.kind]),
            Row("change feed: views told (after coalescing bursts), p99", p99(delivered),
                baseline, float("inf"), DELIVERED_LIMIT_S)]


def main(argv: list[str] | None = None) -> int:
    return run_on_database(__doc__.splitlines()[0], rows, argv)


if __name__ == "__main__":
    sys.exit(main())
