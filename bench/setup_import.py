"""Setting up a district from its workbook (issue 16), against a raw insert of the same rows.

Canvass: `setup import` of a workbook of 20 stations, 200 communities, 60 facilities, 300
teams, 2,000 responders, 300 vehicles, 40 lodgings and 60 supply stocks into a fresh migrated
database — the file read, every cell and reference checked, every row written through the ORM
with its audit entry, in one transaction. Baseline, in the same run: the very same rows
(district, stations, communities, facilities and their categories, lodging, teams and their
communities, responders and their memberships, vehicles, stocks), already in memory, inserted
into another fresh migrated database with the bare driver (sqlite3 executemany in one
transaction, or psycopg COPY). Target: under 5 s. Then the same workbook once more: what a
re-import costs when nothing changed (the export → import round trip).

Measured 2026-12-07 on the shared 2-core machine: SQLite 0.69 s against 28.5 ms raw
executemany; PostgreSQL 1.28 s against 97.8 ms raw COPY (the ORM writes each row with its
audit entry and version; the baseline writes the rows bare).

    python -m bench.setup_import [--db DIR_OR_POSTGRESQL_URL]
"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from bench.common import Row, table
from bench.demo_build import postgres_databases
from models.accounts.audit import Actor
from models.db.database import SQLITE_BUSY_TIMEOUT_MS, to_url
from models.enums import FacilityKind, Sex
from models.opening import open_database
from models.register.resident_id import make
from models.setup.importing import SetupOptions, import_district
from models.setup.instructions import instructions_sheet
from models.setup.reading import read_workbook
from models.setup.sheets import SHEETS
from models.setup.words import CATEGORIES, FACILITY_KINDS
from models.setup.xlsx import Sheet, write_workbook

TODAY = date(2020, 2, 20)
NOW = datetime(2020, 2, 20, 9, 0)
STATIONS, PER_STATION, FACILITIES, RESPONDERS = 20, 10, 60, 2000
QUICK_RESPONSE = ("快反一队", "快反二队", "快反三队", "快反四队")
ACCEPTS = {FacilityKind.DESIGNATED_HOSPITAL: "确诊、疑似", FacilityKind.FIELD_HOSPITAL: "确诊",
           FacilityKind.ISOLATION_SITE: "疑似、发热、密接", FacilityKind.FEVER_CLINIC: "发热、疑似"}
Rows = dict[str, list[tuple[Any, ...]]]
AGAIN = "setup import of the same workbook again: every row checked, nothing to change"


def district(path: Path) -> Rows:
    """Write the workbook; return the same rows as the tables hold them (ids from 1)."""
    sheets: dict[str, list[list[Any]]] = {spec.key: [] for spec in SHEETS}
    raw: Rows = {name: [] for name in ("police_station", "community", "facility",
                                       "facility_accepts", "lodging", "team", "team_community",
                                       "responder", "team_member", "vehicle", "supply_stock")}
    teams: list[tuple[str, str, list[int]]] = []        # station code, name, community ids
    for s in range(1, STATIONS + 1):
        code, rural = f"S{s:02d}", s > 16
        sheets["stations"].append([code, f"第{s}派出所", "", 30.5 + s / 100, 114.2 + s / 100,
                                   "村" if rural else "社区"])
        raw["police_station"].append((s, 1, code, f"第{s}派出所", "rural" if rural else "urban",
                                      "", 30.5 + s / 100, 114.2 + s / 100))
        ids = list(range((s - 1) * PER_STATION + 1, s * PER_STATION + 1))
        for c in ids:
            sheets["communities"].append([f"C{c:03d}", f"社区{c}", code, "村" if rural else "社区",
                                          2000, 5000, 100, 30.5 + c / 1000, 114.2 + c / 1000])
            raw["community"].append((c, s, f"C{c:03d}", f"社区{c}", "rural" if rural else "urban",
                                     30.5 + c / 1000, 114.2 + c / 1000, 2000, 5000, 100))
            teams.append((code, f"社区{c}工作组", [c]))
        teams += [(code, name, ids) for name in (*QUICK_RESPONSE, "流调工作组")]
        for n in (1, 2):
            lodging = len(raw["lodging"]) + 1
            sheets["lodging"].append([f"第{s}派出所住宿点{n}", "", 40, code])
            raw["lodging"].append((lodging, s, f"第{s}派出所住宿点{n}", "", 40))
        for i, item in enumerate(("防护服", "口罩", "消毒液")):
            sheets["supplies"].append([code, item, 500, 3])
            raw["supply_stock"].append((len(raw["supply_stock"]) + 1, s,
                                        ("protective_suit", "mask", "disinfectant")[i], 500, 0, 3))
    kinds = list(FacilityKind)
    for f in range(1, FACILITIES + 1):
        kind = kinds[f % 4]
        sheets["facilities"].append([f"F{f:02d}", f"收治机构{f}", FACILITY_KINDS.shown(kind),
                                     ACCEPTS[kind], 100 + f, "", 30.6, 114.3, ""])
        raw["facility"].append((f, 1, f"F{f:02d}", kind.value, f"收治机构{f}", "", 30.6, 114.3,
                                100 + f, 0))
        raw["facility_accepts"] += [(f, c.value) for c in {CATEGORIES.parse(w) for w in
                                                            ACCEPTS[kind].split("、")} if c]
    for t, (code, name, communities) in enumerate(teams, 1):
        word, value = (("流调工作组", "contact_tracing") if name == "流调工作组" else
                       ("工作组", "work_group") if name.endswith("工作组") else
                       ("快反队", "quick_response"))
        sheets["teams"].append([name, word, code, "、".join(f"C{c:03d}" for c in communities)])
        raw["team"].append((t, int(code[1:]), value, name, True))
        raw["team_community"] += [(t, c) for c in communities]
    for r in range(1, RESPONDERS + 1):
        t = (r - 1) % len(teams) + 1
        code, name, _ = teams[t - 1]
        leader = r <= len(teams)
        rid = make("420116", date(1960 + r % 40, 1 + r % 12, 1 + r % 28), r // 480, Sex.MALE)
        lodged = "快反" in name
        sheets["responders"].append([f"队员{r}", rid, f"139{r:08d}", "民警", "", f"{code}/{name}",
                                     "是" if leader else "否",
                                     f"第{int(code[1:])}派出所住宿点1" if lodged else ""])
        raw["responder"].append((r, int(code[1:]), f"队员{r}", rid, "police", "", f"139{r:08d}",
                                 2 * int(code[1:]) - 1 if lodged else None, True))
        raw["team_member"].append((r, t, r, leader, TODAY))
    quick = [t for t, (_, name, _) in enumerate(teams, 1) if "快反" in name or name == "流调工作组"]
    for v in range(1, 301):
        t = quick[(v - 1) % len(quick)]
        code, name, _ = teams[t - 1]
        sheets["vehicles"].append([f"鄂A·{v:05d}", code, name, 5])
        raw["vehicle"].append((v, int(code[1:]), t, f"鄂A·{v:05d}", "available", NOW, 5))
    write_workbook(path, [*(Sheet(spec.chinese, [c.chinese for c in spec.columns],
                                  sheets[spec.key]) for spec in SHEETS),
                          instructions_sheet("基准区", "429998")])
    return raw


COLUMNS = {
    "police_station": "id, district_id, code, name, area_kind, address, latitude, longitude",
    "community": "id, station_id, code, name, area_kind, latitude, longitude, "
                 "registered_households, registered_persons, daily_visit_target",
    "facility": "id, district_id, code, kind, name, address, latitude, longitude, beds_total, "
                "beds_taken",
    "facility_accepts": "facility_id, category",
    "lodging": "id, station_id, name, address, capacity",
    "team": "id, station_id, kind, name, active",
    "team_community": "team_id, community_id",
    "responder": "id, station_id, name, resident_id, role, unit, phone, lodging_id, active",
    "team_member": "id, team_id, responder_id, is_leader, joined_on",
    "vehicle": "id, station_id, team_id, plate, status, status_since, seats",
    "supply_stock": "id, station_id, item, quantity, low_threshold, low_stock_days",
}


def canvass(url: str, path: Path, writes: bool = True) -> float:
    """One `setup import` of `path`; `writes`: whether it should find anything to write."""
    database = open_database(url)
    actor = Actor(None, "bench")
    started = time.perf_counter()
    with database.sessions() as session:
        session.info["actor"] = actor
        result = import_district(session, read_workbook(path), SetupOptions(TODAY, NOW), actor)
        session.commit()
    elapsed = time.perf_counter() - started
    assert result.written == writes and not result.refused, result.problems[:5]
    database.dispose()
    return elapsed


def raw_sqlite(path: Path, rows: Rows) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
                   "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    stored = {name: [tuple(str(v) if isinstance(v, date) else v for v in row) for row in rows[name]]
              for name in COLUMNS}                 # dates as SQLite stores them, before the clock
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("INSERT INTO district (id, code, name) VALUES (1, '429998', '基准区')")
    for name, columns in COLUMNS.items():
        marks = ", ".join("?" * len(columns.split(",")))
        connection.executemany(f"INSERT INTO {name} ({columns}) VALUES ({marks})", stored[name])
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - started


def raw_postgresql(url: URL, rows: Rows) -> float:
    import psycopg
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        started = time.perf_counter()
        with conn.cursor() as cursor:
            cursor.execute("INSERT INTO district (id, code, name) VALUES (1, '429998', '基准区')")
            for name, columns in COLUMNS.items():
                with cursor.copy(f"COPY {name} ({columns}) FROM STDIN") as copy:
                    for row in rows[name]:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def measure(where: str, roles: bool = False) -> list[Row]:
    """`roles` (PostgreSQL): Canvass's database is made role-enforced and the workbook imported on
    a commander's login (bench/roles.py; `where` is then the owner's address)."""
    label = (f"setup import: {STATIONS} stations, {STATIONS * PER_STATION} communities, "
             f"{FACILITIES} facilities, 300 teams, {RESPONDERS:,} responders, 300 vehicles")
    with tempfile.TemporaryDirectory() as scratch:
        workbook = Path(scratch) / "district.xlsx"
        rows = district(workbook)
        if "://" in where and make_url(where).get_backend_name() == "postgresql":
            with postgres_databases(to_url(where)) as (ours, theirs):
                open_database(theirs.render_as_string(hide_password=False)).dispose()
                importer = ours.render_as_string(hide_password=False)
                if roles:
                    from bench.roles import COMMANDER, as_login, enforce
                    open_database(importer).dispose()          # migrated by its owner
                    enforce(ours)
                    importer = as_login(ours, COMMANDER)
                ours_s = canvass(importer, workbook)
                again_s = canvass(importer, workbook, False)
                theirs_s = raw_postgresql(theirs, rows)
                tag = " [roles]" if roles else ""
                return [Row(f"{label} (PostgreSQL; baseline COPY){tag}", ours_s, theirs_s,
                            limit_s=5.0),
                        Row(f"{AGAIN} (PostgreSQL){tag}", again_s, 0.0, limit_s=5.0)]
        folder = Path(where) if where else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        ours_path, theirs_path = folder / "bench-setup.sqlite3", folder / "bench-setup-raw.sqlite3"
        for db in (ours_path, theirs_path):
            db.unlink(missing_ok=True)
        open_database(str(theirs_path)).dispose()
        ours_s = canvass(f"sqlite:///{ours_path}", workbook)
        again_s = canvass(f"sqlite:///{ours_path}", workbook, False)
        theirs_s = raw_sqlite(theirs_path, rows)
        for db in (ours_path, theirs_path):
            db.unlink(missing_ok=True)
        return [Row(f"{label} (SQLite; baseline executemany)", ours_s, theirs_s, limit_s=5.0),
                Row(f"{AGAIN} (SQLite)", again_s, 0.0, limit_s=5.0)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="", help="a folder for the SQLite files (default: a "
                        "temporary one) or a postgresql:// URL of a server where we may create "
                        "two scratch databases")
    args = parser.parse_args(argv)
    rows = measure(args.db)
    print(table(rows))
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
