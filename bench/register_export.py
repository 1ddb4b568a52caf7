"""Exporting the whole register as the list shows it, against a bare read-and-write.

Canvass: `export_shown_list` over the register's row source as a dispatcher sees it (identifiers
masked in SQL), every column in the screen's words (ui/kit/export_list.py cell_words: 男/女, birth
dates as date cells), a page at a time by key, to .xlsx and to .csv. Baseline, in the same run:
the same columns read by the bare sqlite3 driver in one streamed SELECT (fetchmany) and written
by csv.writer — the floor for any export. Memory must not grow with the list: the resident
set's growth over each export, and the peak of Python's own allocations (tracemalloc, in a
third, slower run); the target is a bound, not a ratio.

The households list as `canvass export households` writes it (the line list of every door
with its persons, visits, outcome and last visit: issue 25 asks ≤ 5 s for 400,000 households)
runs through the same use case as the command, beside the same columns read by the bare driver
(the household tallies joined, persons counted) and written by csv.writer.

    python -m bench.register_export --db PATH_OR_URL

Measured 2026-12-07 on the shared 2-core machine (other work running), the district demo on
SQLite (1,000,000 persons): .xlsx 19.5 s, .csv 10.6 s against 3.1 s for the bare read-and-write;
the resident set grew 3 MB (.xlsx) and 0 MB (.csv), Python's allocations peaked at 2 MB.
"""
from __future__ import annotations

import argparse
import csv
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

from bench.common import Row, table
from controllers.exporting.lists import export_list
from controllers.exporting.shown import ShownColumn, export_shown_list
from controllers.register.rows import person_rows
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.db.row_source import SortOrder
from models.enums import UserRole
from models.opening import open_database
from ui.kit.export_list import cell_words

PEAK_LIMIT_MB = 64.0
HOUSEHOLDS_LIMIT_S = 5.0
DISPATCHER = SignedInUser(None, "bench", "bench", UserRole.DISPATCHER)
COMMANDER = SignedInUser(None, "bench", "bench", UserRole.COMMANDER)
HOUSEHOLDS_BASELINE = (
    "SELECT c.name, h.building, h.unit, h.door, h.address, "
    "(SELECT count(*) FROM person p WHERE p.household_id = h.id), coalesce(t.visits, 0), "
    "coalesce(t.done_visits, 0) > 0, t.last_visit_at "
    "FROM household h JOIN community c ON c.id = h.community_id "
    "LEFT JOIN household_tally t ON t.household_id = h.id ORDER BY h.id")
BASELINE = ("SELECT p.id, p.name, p.sex, p.birth_date, p.resident_id, p.phone, c.name, h.address "
            "FROM person p JOIN community c ON c.id = p.community_id "
            "JOIN household h ON h.id = p.household_id ORDER BY p.id")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def canvass_export(database: Database, path: Path, traced: bool = False) -> tuple[float, float, int]:
    """(seconds, MB: the peak of Python's allocations when `traced`, else the growth of the
    resident set, rows)."""
    source = person_rows(database, DISPATCHER)
    columns = [ShownColumn(column.key, column.title, cell_words(column.kind))
               for column in source.columns]
    before = rss_mb()
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    count = export_shown_list(database, DISPATCHER, "PersonRows", "人员", source, {},
                              SortOrder("id"), columns, path)
    elapsed = time.perf_counter() - started
    if traced:
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return elapsed, peak / 2**20, count
    return elapsed, rss_mb() - before, count


def households_export(database: Database, path: Path) -> tuple[float, int]:
    """(seconds, rows) of `canvass export households` as a commander runs it."""
    started = time.perf_counter()
    count = export_list(database, COMMANDER, "households", path)
    return time.perf_counter() - started, count


def bare_export(location: str, path: Path, query: str = BASELINE) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(location)
    try:
        cursor = connection.execute(query)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            while True:
                rows = cursor.fetchmany(2000)
                if not rows:
                    break
                writer.writerows(rows)
    finally:
        connection.close()
    return time.perf_counter() - started


def measure(database: Database, sqlite_file: str | None) -> Sequence[Row]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        xlsx_s, xlsx_growth, count = canvass_export(database, out / "register.xlsx")
        csv_s, csv_growth, _count = canvass_export(database, out / "register.csv")
        _traced_s, peak, _count = canvass_export(database, out / "traced.csv", traced=True)
        baseline = bare_export(sqlite_file, out / "bare.csv") if sqlite_file else 0.0
        doors_xlsx_s, doors = households_export(database, out / "households.xlsx")
        doors_csv_s, _doors = households_export(database, out / "households.csv")
        doors_baseline = (bare_export(sqlite_file, out / "bare_households.csv",
                                      HOUSEHOLDS_BASELINE) if sqlite_file else 0.0)
    label = f"{count:,} persons"
    return [Row(f"register → .xlsx ({label})", xlsx_s, baseline),
            Row(f"register → .csv ({label})", csv_s, baseline),
            Row(f"export households → .xlsx ({doors:,} households)", doors_xlsx_s,
                doors_baseline, limit_s=HOUSEHOLDS_LIMIT_S),
            Row(f"export households → .csv ({doors:,} households)", doors_csv_s,
                doors_baseline, limit_s=HOUSEHOLDS_LIMIT_S),
            Row("resident set growth, .xlsx export", max(xlsx_growth, 0.0), 0,
                limit_s=PEAK_LIMIT_MB, unit="MB"),
            Row("resident set growth, .csv export", max(csv_growth, 0.0), 0,
                limit_s=PEAK_LIMIT_MB, unit="MB"),
            Row("peak Python allocations, .csv export", peak, 0, limit_s=PEAK_LIMIT_MB,
                unit="MB")]


def rows(database: Database) -> Sequence[Row]:
    """The suite's rows (bench/run.py): the bare baseline where the database is a SQLite file."""
    sqlite_file = database.engine.url.database if database.kind == "sqlite" else None
    return measure(database, sqlite_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database holding a demo district")
    args = parser.parse_args(argv)
    database = open_database(args.db)
    sqlite_file = None if "://" in args.db else str(Path(args.db).expanduser())
    try:
        print(table(measure(database, sqlite_file)))
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
