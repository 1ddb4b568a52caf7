"""Importing a district-sized register file, validation included, against a raw insert.

Canvass: `import_register` on a GBK-free UTF-8 CSV of N persons in 200 communities (read,
columns mapped, every ID checked, households grouped, written in one transaction) into a fresh
migrated database holding only the communities. Baseline, in the same run: the very same
household and person rows, already in memory, inserted into another fresh migrated database with
the bare driver: sqlite3 executemany in one transaction, or psycopg COPY. Target (issue 9): at
least 0.2x the baseline's throughput on SQLite (≤5x its time), 0.3x on PostgreSQL (≤3.33x).

    python -m bench.register_import [--rows 1000000] [--db DIR_OR_POSTGRESQL_URL]

Measured 2026-11-29 on the shared 2-core machine (other work running), 1,000,000 rows:
SQLite 127.8 s against 31.1 s raw executemany (0.24x throughput; target 0.2x);
PostgreSQL 175.5 s against 83.4 s raw COPY (0.48x; target 0.3x). Both baselines write into the
migrated schema with its indexes, hence far below an index-free 600,000 rows/s.
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from bench.common import Row, table
from bench.demo_build import postgres_databases
from models.accounts.audit import Actor
from models.db.database import SQLITE_BUSY_TIMEOUT_MS, to_url
from models.enums import Sex
from models.importing.columns import guess_mapping
from models.importing.load import HOUSEHOLD_COLUMNS, PERSON_COLUMNS, ImportOptions, import_register
from models.importing.readers import open_register
from models.opening import open_database
from models.pinyin import name_key
from models.register.resident_id import make

TODAY = date(2020, 2, 20)
COMMUNITIES = 200
PER_HOUSEHOLD = 3
FIRST_BIRTH = date(1940, 1, 1)
BIRTH_DAYS = 21900


# Names hold letters only (the import refuses digits in a name): the n-th resident is named by
# n written in the twenty-two stems and branches, 居民甲, 居民甲乙, … (five give 5,153,632).
NAME_DIGITS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def resident_name(n: int) -> str:
    letters = ""
    while True:
        n, digit = divmod(n, len(NAME_DIGITS))
        letters = NAME_DIGITS[digit] + letters
        if n == 0:
            return "居民" + letters


def write_register(path: Path, rows: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The CSV, and the household and person rows the database should end up with."""
    households: list[tuple[object, ...]] = []
    persons: list[tuple[object, ...]] = []
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("姓名,身份证号,联系电话,社区,楼栋,单元,门牌号,与户主关系\r\n")
        for n in range(rows):
            household = n // PER_HOUSEHOLD
            community = household % COMMUNITIES + 1
            building, door = str(household // COMMUNITIES // 40), str(household // COMMUNITIES % 40)
            birth = FIRST_BIRTH + timedelta(days=n % BIRTH_DAYS)   # distinct IDs below 10.9M
            sex = Sex.MALE if n % 2 else Sex.FEMALE
            rid = make("420102", birth, n // BIRTH_DAYS % 499, sex)
            phone = f"138{n:08d}"
            name = resident_name(n)
            head = n % PER_HOUSEHOLD == 0
            out.write(f"{name},{rid},{phone},社区{community},{building},1,{door},"
                      f"{'本人' if head else '子女'}\r\n")
            if head:
                households.append((household + 1, community, building, "1", door, ""))
            persons.append((household + 1, community, name, name_key(name), rid,
                            rid[::-1], sex.value, birth.isoformat(), phone, head))
    return households, persons


def add_communities(url: URL | str) -> None:
    database = open_database(str(url) if isinstance(url, str) else url.render_as_string(False))
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO district (code, name) VALUES ('D', '江岸区')"))
        connection.execute(text("INSERT INTO police_station (district_id, code, name, area_kind, "
                                "address, latitude, longitude) VALUES (1, 'S', '站', 'urban', '', 30, 114)"))
        connection.execute(text(
            "INSERT INTO community (station_id, code, name, area_kind, latitude, longitude, "
            "registered_households, registered_persons, daily_visit_target) VALUES "
            "(1, :code, :name, 'urban', 30, 114, 0, 0, 0)"),
            [{"code": f"C{i}", "name": f"社区{i}"} for i in range(1, COMMUNITIES + 1)])
    database.dispose()


def canvass(url: str, path: Path) -> float:
    database = open_database(url)
    register = open_register(path)
    started = time.perf_counter()
    result = import_register(database, register, guess_mapping(register.headers),
                             ImportOptions(today=TODAY), Actor(None, "bench"))
    elapsed = time.perf_counter() - started
    assert result.committed, result.problems[:5]
    database.dispose()
    return elapsed


def raw_sqlite(path: Path, households: list[tuple[object, ...]],
               persons: list[tuple[object, ...]]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
                   "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    connection.execute("BEGIN")
    for name in ("household", "person"):   # the rows alone: not the audit's entry per row
        connection.execute(f"DROP TRIGGER IF EXISTS {name}_audit_insert")
    for name, columns, rows in (("household", HOUSEHOLD_COLUMNS, households),
                                ("person", PERSON_COLUMNS, persons)):
        connection.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
                               f"({', '.join('?' * len(columns))})", rows)
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - started


def raw_postgresql(url: URL, households: list[tuple[object, ...]],
                   persons: list[tuple[object, ...]]) -> float:
    import psycopg
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        started = time.perf_counter()
        with conn.cursor() as cursor:
            for name, columns, rows in (("household", HOUSEHOLD_COLUMNS, households),
                                        ("person", PERSON_COLUMNS, persons)):
                with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def measure(where: str, rows: int, roles: bool = False) -> list[Row]:
    """`roles` (PostgreSQL): Canvass's database is made role-enforced and the register imported on
    a clerk's login (bench/roles.py; `where` is then the owner's address)."""
    with tempfile.TemporaryDirectory() as scratch:
        csv_path = Path(scratch) / "register.csv"
        households, persons = write_register(csv_path, rows)
        label = f"import {rows:,} register rows"
        if "://" in where and make_url(where).get_backend_name() == "postgresql":
            with postgres_databases(to_url(where)) as (ours, theirs):
                for url in (ours, theirs):
                    add_communities(url.render_as_string(hide_password=False))
                importer = ours.render_as_string(hide_password=False)
                if roles:
                    from bench.roles import CLERK, as_login, enforce
                    enforce(ours)
                    importer = as_login(ours, CLERK)
                ours_s = canvass(importer, csv_path)
                theirs_s = raw_postgresql(theirs, households, persons)
                return [Row(f"{label} (PostgreSQL; baseline COPY)" + (" [roles]" if roles else ""),
                            ours_s, theirs_s, round(1 / 0.3, 2))]
        folder = Path(where) if where else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        ours_path, theirs_path = folder / "bench-import.sqlite3", folder / "bench-raw.sqlite3"
        for db in (ours_path, theirs_path):
            db.unlink(missing_ok=True)
            add_communities(f"sqlite:///{db}")
        ours_s = canvass(f"sqlite:///{ours_path}", csv_path)
        theirs_s = raw_sqlite(theirs_path, households, persons)
        for db in (ours_path, theirs_path):
            db.unlink(missing_ok=True)
        return [Row(f"{label} (SQLite; baseline executemany)", ours_s, theirs_s, 1 / 0.2)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="", help="a folder for the SQLite files (default: a "
                        "temporary one) or a postgresql:// URL of a server where we may create "
                        "two scratch databases")
    args = parser.parse_args(argv)
    rows = measure(args.db, args.rows)
    print(table(rows))
    for row in rows:
        print(f"{row.operation}: Canvass {args.rows / row.canvass_s:,.0f} rows/s, baseline "
              f"{args.rows / row.baseline_s:,.0f} rows/s, throughput {1 / row.ratio:.2f}x")
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
