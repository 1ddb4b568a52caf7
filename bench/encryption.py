"""An encrypted SQLite file beside the same file plain (issue 20, item 7).

The district's SQLite file is copied twice into a scratch folder; one copy is encrypted with
`encrypt_file` (SQLCipher). The same operations then run on both, each encrypted figure beside
the plain one as its baseline: opening the file (schema check, guards), the dashboard's refresh,
the case board's first page, person searches, and a save (one audited update committed). The
encryption itself is reported for the record. SQLCipher derives the page key once per connection
(PBKDF2, on purpose slow) and then decrypts each page it reads from disk: reads served from the
page cache cost the same; opening and first reads cost more.

    python -m bench.encryption --db bench/data/district.sqlite3
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import URL

from bench.common import Row, table
from bench.raw import median_time
from controllers.browse import SortOrder
from controllers.dashboard.summary import dashboard_summary
from controllers.register.search import find_persons
from controllers.runtime.actions import SignedInUser
from models.cases.rows import CaseRows
from models.db.database import Database
from models.db.encryption import cipher_available, encrypt_file, unlocked
from models.enums import UserRole
from models.opening import open_database
from models.schema.facilities import Facility

KEY = "bench key, not a secret"
USER = SignedInUser(None, "bench", "bench", UserRole.DISPATCHER)
READ_RATIO = 3.0      # a read on the encrypted file at most this many times the plain one
READ_LIMIT_S = 0.05   # and within the interactive reads' own limit (person search: 50 ms)
SAVE_RATIO = 2.0      # a save (it writes and syncs encrypted pages)
OPEN_LIMIT_S = 3.0    # opening the encrypted file, key derivation included


def _operations(database: Database) -> dict[str, Callable[[], object]]:
    with database.engine.connect() as connection:
        name, tail = connection.exec_driver_sql(
            "SELECT name, resident_id FROM person WHERE resident_id IS NOT NULL "
            "AND id >= (SELECT max(id) / 2 FROM person) LIMIT 1").one()
    with database.sessions() as session:
        facility = session.scalar(select(Facility.id).order_by(Facility.id).limit(1))
    source = CaseRows(database)

    def save() -> None:
        """One audited update committed, and put back (two commits)."""
        for step in (1, -1):
            with database.sessions.begin() as session:
                session.execute(update(Facility).where(Facility.id == facility)
                                .values(beds_total=Facility.beds_total + step))

    return {
        "dashboard full refresh": lambda: dashboard_summary(database),
        "case board first page": lambda: source.page({}, SortOrder("status_since", descending=True),
                                                     0, 100),
        "person search: name prefix": lambda: find_persons(database, USER, name[:1]),
        "person search: ID last 6": lambda: find_persons(database, USER, tail[-6:]),
        "save (one audited update, committed twice)": save,
    }


def _opening(location: str | URL) -> Callable[[], object]:
    def run() -> None:
        open_database(location, migrate=False).dispose()
    return run


def compare(plain_path: Path, encrypted_path: Path) -> list[Row]:
    """Each operation on the encrypted copy beside the plain copy."""
    rows = [Row("encrypted file: open (key derived, schema and guards checked)",
                median_time(_opening(unlocked(encrypted_path, KEY)), 5),
                median_time(_opening(str(plain_path)), 5), float("inf"), OPEN_LIMIT_S)]
    plain = open_database(str(plain_path), migrate=False)
    encrypted = open_database(unlocked(encrypted_path, KEY), migrate=False)
    try:
        for (label, on_plain), on_encrypted in zip(_operations(plain).items(),
                                                   _operations(encrypted).values(), strict=True):
            on_plain(), on_encrypted()                      # warm: pools, memos, page cache
            saving = label.startswith("save")
            rows.append(Row(f"encrypted file: {label}", median_time(on_encrypted, 9),
                            median_time(on_plain, 9), SAVE_RATIO if saving else READ_RATIO,
                            None if saving else READ_LIMIT_S))
    finally:
        plain.dispose()
        encrypted.dispose()
    return rows


def rows(database: Database) -> list[Row]:
    """For bench/run.py: SQLite only, and only where the SQLCipher binding is installed."""
    if database.kind != "sqlite" or not cipher_available():
        return []
    source = Path(str(database.url.database))
    folder = Path(tempfile.mkdtemp(prefix="canvass-bench-cipher-"))
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        plain, encrypted = folder / "plain.sqlite3", folder / "encrypted.sqlite3"
        shutil.copyfile(source, plain)
        shutil.copyfile(source, encrypted)
        started = time.perf_counter()
        done = encrypt_file(encrypted, KEY)
        took = time.perf_counter() - started
        return [Row(f"encrypted file: `canvass db encrypt` ({done.rows:,} rows, for the record)",
                    took, 0.0), *compare(plain, encrypted)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite file holding a demo district")
    args = parser.parse_args(argv)
    database = open_database(args.db)
    try:
        measured = rows(database)
    finally:
        database.dispose()
    if not measured:
        print("SQLCipher (sqlcipher3) is not installed, or the database is not SQLite",
              file=sys.stderr)
        return 1
    print(table(measured))
    return 0 if all(row.met for row in measured) else 1


if __name__ == "__main__":
    sys.exit(main())
