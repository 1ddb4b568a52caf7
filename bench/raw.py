"""Baselines as "the same queries, in plain SQL, on the bare driver".

`captured` runs a Canvass function once and records every statement it sent (SQL text and
parameters, as the driver received them, through the engine or on a held driver connection);
`replay` times those statements on a raw sqlite3 or psycopg connection with no SQLAlchemy in
between. The ratio is then exactly what Canvass's own layers add to what the database itself
costs.
"""
from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

import psycopg
from sqlalchemy import event

from models.db.database import SQLITE_BUSY_TIMEOUT_MS, Database
from models.db.held_connections import HeldConnections

Statement = tuple[str, Any]
REPEATS = 5
QUICK_S = 0.005
QUICK_REPEATS = 101


def median_time(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """The median wall time of `repeats` runs after a warm-up run; an operation shorter than
    QUICK_S (once warm) is run QUICK_REPEATS times, as a few runs of it would mostly measure the
    noise of other processes."""
    action()                  # warm-up: first-time costs (a statement compiled, a connection)
    started = time.perf_counter()
    action()
    if time.perf_counter() - started < QUICK_S:
        repeats = max(repeats, QUICK_REPEATS)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def captured(database: Database, action: Callable[[], object]) -> list[Statement]:
    """The statements `action` sends: through the engine, and on held driver connections
    (alone or asked together in a batch)."""
    statements: list[Statement] = []
    with capturing(database, statements):
        action()
    return statements


@contextmanager
def capturing(database: Database, statements: list[Statement]) -> Iterator[None]:
    """While the block runs, every statement sent is appended to `statements`."""
    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any,
               _many: bool) -> None:
        if not sql.lstrip().upper().startswith(("PRAGMA", "SAVEPOINT", "RELEASE")):
            statements.append((sql, parameters))

    held_fetch = HeldConnections.fetch_all

    def record_held(held: HeldConnections, sql: str,
                    parameters: Sequence[Any] | dict[str, Any]) -> list[Any]:
        statements.append((sql, parameters))   # read on a held driver connection, no engine
        return held_fetch(held, sql, parameters)

    held_batch = HeldConnections.fetch_batch

    def record_batch(held: HeldConnections,
                     batch: Sequence[tuple[str, Sequence[Any] | dict[str, Any]]]
                     ) -> list[list[Any]]:
        statements.extend(batch)               # asked together, replayed one by one
        return held_batch(held, batch)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with patch.object(HeldConnections, "fetch_all", record_held), \
                patch.object(HeldConnections, "fetch_batch", record_batch):
            yield
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def waits(database: Database, action: Callable[[], object]) -> int:
    """How many times `action` waits for the database: each statement sent through the engine
    or alone on a held connection is one, a batch asked together on a held connection is one
    (one round trip to PostgreSQL, pipelined: models/db/held_connections.py)."""
    batches: list[int] = []
    held_batch = HeldConnections.fetch_batch

    def count_batch(held: HeldConnections,
                    batch: Sequence[tuple[str, Sequence[Any] | dict[str, Any]]]
                    ) -> list[list[Any]]:
        batches.append(len(batch))
        return held_batch(held, batch)

    with patch.object(HeldConnections, "fetch_batch", count_batch):
        statements = captured(database, action)
    return len(statements) - sum(batches) + len(batches)


@contextmanager
def raw_connection(database: Database) -> Iterator[Any]:
    connection: sqlite3.Connection | psycopg.Connection[Any]
    if database.kind == "sqlite":
        connection = sqlite3.connect(str(database.url.database), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    else:
        connection = psycopg.connect(database.url.set(drivername="postgresql")
                                     .render_as_string(hide_password=False))
    try:
        yield connection
    finally:
        connection.close()


def run_statements(cursor: Any, statements: Sequence[Statement]) -> None:
    """The statements on a bare driver's cursor, every row fetched."""
    for sql, parameters in statements:
        cursor.execute(sql, parameters or ())
        cursor.fetchall()


def replay(database: Database, statements: Sequence[Statement]) -> float:
    """Median time of running the statements, fetching every row, on the bare driver."""
    with raw_connection(database) as connection:
        def run() -> None:
            cursor = connection.cursor()
            run_statements(cursor, statements)
            cursor.close()
        return median_time(run)
