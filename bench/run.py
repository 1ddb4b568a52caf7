"""The district benchmark suite: one table, every figure beside its baseline, in one run.

    python bench/run.py [--db PATH_OR_URL] [--size district|small|city] [--only NAME ...]
                        [--roles]

Builds the demo district into bench/data/<size>.sqlite3 the first time (minutes at district
scale), then reuses it. With --db, the database must already hold a demo district (see
`canvass demo`), or is built there. Figures are medians of repeated runs; baselines are
measured in the same run. With --roles (PostgreSQL, --db the owner's address) the database is
made role-enforced first and every row runs as the proper login (bench/roles.py).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import (
    demo_build,
    memory,
    query_benchmarks,
    register_import,
    roles,
    setup_import,
    shift,
    window_start,
)
from bench.common import Row, table
from models.db.database import Database
from models.demo import build_demo
from models.opening import open_database

DATA = Path(__file__).resolve().parent / "data"
RESULTS = Path(__file__).resolve().parent / "results"
DEMO_END = datetime(2020, 2, 20, 18)   # the evening of the fixed day: deterministic rows
IMPORT_ROWS = {"district": 1_000_000, "small": 10_000, "city": 1_000_000}
BUILDS = ("demo_build", "register_import")
# At city size (five districts, 5,000,000 persons) the interactive rows run, each against its
# district target: the builds, the whole-shift drive and the whole-file exports and encryption
# measure work that grows with the data by nature (issue 24 item 5).
NOT_INTERACTIVE = (*BUILDS, "setup_import", "shift", "memory", "register_export", "encryption")


def district_database(location: str | None, size: str) -> tuple[str, Database]:
    if location is None:
        DATA.mkdir(exist_ok=True)
        location = str(DATA / f"{size}.sqlite3")
    database = open_database(location)
    if database.is_empty():
        print(f"building the {size} demo into {database.description} (once) …", flush=True)
        started = time.perf_counter()
        build_demo(database, size, seed=2020, end=DEMO_END)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return location, database


def in_scratch(location: str, measure: Callable[[str], list[Row]]) -> list[Row]:
    """Run a build suite where it may create scratch databases: on the PostgreSQL server of
    `location` (it creates and drops two databases), or in a temporary folder removed after."""
    if location.startswith("postgresql"):
        return measure(location)
    folder = tempfile.mkdtemp(prefix="canvass-bench-")
    try:
        return measure(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def suites(location: str, database: Database, size: str, owner: str | None = None
           ) -> dict[str, Callable[[], list[Row]]]:
    """Every suite; `owner`: with the login roles in place, the owner's address (the builds'
    scratch databases are made and enforced with it), `location` the commander's login."""
    builder = owner or location
    enforced = owner is not None
    found: dict[str, Callable[[], list[Row]]] = {
        "queries": lambda: query_benchmarks.rows(database),
        "window": lambda: window_start.rows(location),
        "memory": lambda: memory.rows(location),
        "shift": lambda: shift.rows(location),
        "demo_build": lambda: in_scratch(
            builder, lambda at: demo_build.measure(at, size, enforced)),
        "register_import": lambda: in_scratch(
            builder, lambda at: register_import.measure(at, IMPORT_ROWS[size], enforced)),
        "setup_import": lambda: in_scratch(
            builder, lambda at: setup_import.measure(at, enforced)),
    }
    # Benchmarks of the other areas join the table when their module offers rows(database).
    for name in ("community_list", "person_search", "table_jump", "change_feed",
                 "transfer_sheets", "register_export", "encryption", "four_hundred",
                 "slow_link", "situation_map"):
        try:
            module = __import__(f"bench.{name}", fromlist=["rows"])
        except ImportError:
            continue
        if hasattr(module, "rows"):
            found[name] = partial(module.rows, database)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database holding a demo district (default: built once)")
    parser.add_argument("--size", choices=("district", "small", "city"), default="district")
    parser.add_argument("--only", nargs="*", help="run only these suites")
    parser.add_argument("--skip-builds", action="store_true",
                        help=f"leave out {' and '.join(BUILDS)} (minutes at district scale)")
    parser.add_argument("--roles", action="store_true",
                        help="make the PostgreSQL database of --db (the owner's address) "
                             "role-enforced and run as the proper logins (bench/roles.py)")
    args = parser.parse_args(argv)
    if args.roles and not (args.db or "").startswith("postgresql"):
        parser.error("--roles needs --db with the PostgreSQL owner's address")
    location, database = district_database(args.db, args.size)
    owner = None
    if args.roles:
        database.dispose()
        roles.enforce(location)
        owner, location = location, roles.as_login(location, roles.COMMANDER)
        database = open_database(location)
    results: list[Row] = []
    try:
        for name, run in suites(location, database, args.size, owner).items():
            if args.only and name not in args.only:
                continue
            if args.skip_builds and name in BUILDS:
                continue
            if args.size == "city" and name in NOT_INTERACTIVE:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            results += run()
    finally:
        database.dispose()
    print(f"\n{database.description} ({args.size}{', roles enforced' if owner else ''})\n")
    print(table(results))
    saved = save_results(results, database.kind + ("-roles" if owner else ""), args.size)
    print(f"\nresults: {saved}")
    return 0 if all(row.met for row in results) else 1


def save_results(results: list[Row], backend: str, size: str) -> Path:
    """One JSON object per operation, so the next run can be compared with this one."""
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"{stamp}-{backend}-{size}.json"
    path.write_text(json.dumps({
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "backend": backend, "size": size,
        "operations": [{"operation": r.operation, "unit": r.unit, "figure": r.canvass_s,
                        "baseline": r.baseline_s or None,
                        "ratio": r.ratio if r.baseline_s > 0 else None, "target": r.target,
                        "meets_target": r.met} for r in results]},
        ensure_ascii=False, indent=1), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
