"""How long the demo district takes to build, against a raw insert of the very same rows.

Canvass: `build_demo` into a fresh migrated database, generation included. Baseline, in the same
run: the same row stream (same size, seed and end) inserted into another fresh migrated database
with the bare driver, timing only the inserts and the commit: sqlite3 `executemany` in one
transaction with the pragmas Canvass sets on every connection, or psycopg `COPY` for PostgreSQL.
Like Canvass, it loads the tables bare and builds their indexes (and PostgreSQL's foreign keys)
once at the end, with the same statements (models/db/bulk_load.py), timed as part of the inserts.
The ratio is what generating the rows and Canvass's own writing add to the floor the database
itself sets. Target: at most 3x.

    python -m bench.demo_build [--size district|small] [--db DIR_OR_POSTGRESQL_URL]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import URL, make_url

from bench.common import Row, table
from models.communities.tallies_triggers import remove as remove_tally_triggers
from models.db.bulk_load import before_and_after
from models.db.database import SQLITE_BUSY_TIMEOUT_MS, to_url
from models.demo import build_demo
from models.demo.plan import plan_for
from models.demo.stages import batches, make_world
from models.demo.writer import demo_tables
from models.opening import open_database

SEED = 2020
END = datetime(2020, 2, 20, 18)
TARGET = 3.0


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def raw_sqlite(path: Path, size: str) -> tuple[float, float, int]:
    """Insert the demo's rows with sqlite3 alone: (insert seconds, generation seconds, rows)."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
                   "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    inserting, rows = 0.0, 0
    started = time.perf_counter()
    connection.execute("BEGIN")
    before, after = before_and_after(demo_tables(), sqlite_dialect())
    inserting += timed(lambda: [connection.execute(statement) for statement in before])
    for batch in batches(make_world(plan_for(size), SEED, END)):
        sql = (f"INSERT INTO {batch.table} ({', '.join(batch.columns)}) "
               f"VALUES ({', '.join('?' * len(batch.columns))})")
        t = time.perf_counter()
        connection.executemany(sql, batch.rows)
        inserting += time.perf_counter() - t
        rows += len(batch.rows)
    inserting += timed(lambda: [connection.execute(statement) for statement in after])
    t = time.perf_counter()
    connection.execute("COMMIT")
    inserting += time.perf_counter() - t
    connection.close()
    return inserting, time.perf_counter() - started - inserting, rows


def raw_postgresql(url: URL, size: str) -> tuple[float, float, int]:
    """Insert the demo's rows with psycopg COPY alone: (insert s, generation s, rows)."""
    import psycopg
    inserting, rows = 0.0, 0
    started = time.perf_counter()
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        with conn.cursor() as cursor:
            # The engine's own dialect for the driver (the dialect class's constructor is untyped).
            dialect = URL.create("postgresql+psycopg").get_dialect()()
            before, after = before_and_after(demo_tables(), dialect)
            inserting += timed(lambda: [cursor.execute(statement) for statement in before])
            for batch in batches(make_world(plan_for(size), SEED, END)):
                t = time.perf_counter()
                sql = f"COPY {batch.table} ({', '.join(batch.columns)}) FROM STDIN"
                with cursor.copy(sql) as copy:
                    for row in batch.rows:
                        copy.write_row(row)
                inserting += time.perf_counter() - t
                rows += len(batch.rows)
            inserting += timed(lambda: [cursor.execute(statement) for statement in after])
        t = time.perf_counter()
        conn.commit()
        inserting += time.perf_counter() - t
    return inserting, time.perf_counter() - started - inserting, rows


@contextmanager
def postgres_databases(url: URL) -> Iterator[tuple[URL, URL]]:
    """Two fresh databases on the server of `url` (needs CREATEDB), dropped afterwards."""
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    names = [f"canvass_bench_{os.getpid()}_{which}" for which in ("canvass", "baseline")]
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield url.set(database=names[0]), url.set(database=names[1])
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def measure(db_url_or_path: str, size: str, roles: bool = False) -> list[Row]:
    """Build `size` into fresh databases at `db_url_or_path` (a folder for SQLite files, or a
    postgresql:// URL whose server gets two scratch databases) and time it against the baseline.
    `roles`: Canvass's database is made role-enforced first (bench/roles.py; the URL is then
    its owner's, who builds)."""
    if "://" in db_url_or_path and make_url(db_url_or_path).get_backend_name() == "postgresql":
        with postgres_databases(to_url(db_url_or_path)) as (ours, theirs):
            return _measure(ours, theirs, size, lambda: raw_postgresql(theirs, size), "COPY",
                            roles)
    folder = Path(db_url_or_path)
    folder.mkdir(parents=True, exist_ok=True)
    ours_file = folder / f"demo-{size}.sqlite3"
    theirs_file = folder / f"demo-{size}-baseline.sqlite3"
    for path in (ours_file, theirs_file):
        if path.exists():
            raise SystemExit(f"{path} exists: give an empty folder")
    return _measure(to_url(str(ours_file)), to_url(str(theirs_file)), size,
                    lambda: raw_sqlite(theirs_file, size), "executemany")


def _measure(ours: URL, theirs: URL, size: str,
             baseline: Callable[[], tuple[float, float, int]], how: str,
             roles: bool = False) -> list[Row]:
    baseline_database = open_database(theirs)        # migrated, empty: the same schema, less
    with baseline_database.engine.begin() as connection:  # the coverage tallies' triggers: the
        remove_tally_triggers(connection)             # rows alone, the floor the database sets
    baseline_database.dispose()
    database = open_database(ours)
    if roles:
        from bench.roles import enforce
        enforce(ours, people=False)     # the deployment's order: roles, demo, first account
    try:
        summary = build_demo(database, size, SEED, END)
    finally:
        database.dispose()
    inserting, generating, rows = baseline()
    assert rows == summary.total_rows, (rows, summary.total_rows)
    print(f"{summary.line()}\nbaseline: {rows:,} rows by raw {how} in {inserting:.1f} s "
          f"(generating them took {generating:.1f} s, not counted)", file=sys.stderr)
    operation = f"build {size} demo ({rows:,} rows, {ours.get_backend_name()})"
    return [Row(f"{operation} [roles]" if roles else operation, summary.seconds, inserting,
                TARGET)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=("small", "district"), default="district")
    parser.add_argument("--db", help="folder for the SQLite files (default: a temporary one) "
                                     "or a postgresql:// URL of a server where we may create "
                                     "databases")
    args = parser.parse_args(argv)
    if args.db:
        rows = measure(args.db, args.size)
    else:
        with tempfile.TemporaryDirectory(prefix="canvass-bench-") as folder:
            rows = measure(folder, args.size)
    print(table(rows))
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
