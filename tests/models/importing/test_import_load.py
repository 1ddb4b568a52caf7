"""Loading registers on both databases: everything or nothing, households grouped, the register's
counters and the audit trail kept, a killed process leaving the database as it was."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from models.db.database import Database
from models.enums import Sex
from models.importing.load import OnExisting
from models.schema import Community, Household, Person
from models.schema.accounts import AuditEntry
from tests.support.registers import good_lines, register_counts, register_csv, resident, run_import, setup_community

ROOT = Path(__file__).resolve().parents[3]


def test_a_clean_gbk_register_lands_whole(database: Database, tmp_path: Path) -> None:
    community_id = setup_community(database)
    result = run_import(database, register_csv(tmp_path / "r.csv", good_lines(30)))
    assert result.committed and result.persons_added == 30
    # rows 0-5 share building 0: doors 101, 201, 301 → 3 households per building, the existing
    # household (1, 2, 301) untouched; 5 buildings × 3 doors.
    assert result.households_added == 15
    with database.sessions() as session:
        person = session.scalars(select(Person).where(Person.name == "居民三")).one()
        assert person.resident_id == resident(3)
        assert person.resident_id_reversed == resident(3)[::-1]
        assert person.sex == Sex.MALE and person.birth_date == date(1953, 4, 4)
        assert person.is_household_head
        household = session.get(Household, person.household_id)
        assert household is not None and (household.building, household.door) == ("0", "101")
        mates = session.scalar(select(func.count(Person.id)).where(
            Person.household_id == person.household_id))
        assert mates == 2   # 居民零 and 居民三 live at building 0, door 101
        community = session.get(Community, community_id)
        assert community is not None
        # the 15 new households and the empty one make_place put there; the 30 persons
        assert (community.registered_households, community.registered_persons) == (16, 30)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert '"persons_added": 30' in audit.changes and audit.username == "clerk"


def test_the_registers_figures_become_at_least_what_the_community_holds(
        database: Database, tmp_path: Path) -> None:
    """The district workbook's figures are the census's: importing that register (or part of
    it) leaves them alone; a figure below what was imported rises to it, never adds to it."""
    community_id = setup_community(database)
    with database.sessions() as session:
        community = session.get(Community, community_id)
        assert community is not None
        community.registered_households, community.registered_persons = 600, 1500
        session.commit()
    assert run_import(database, register_csv(tmp_path / "a.csv", good_lines(30))).committed

    def figures() -> tuple[int, int]:
        with database.sessions() as session:
            community = session.get(Community, community_id)
            assert community is not None
            return community.registered_households, community.registered_persons

    assert figures() == (600, 1500)
    with database.sessions() as session:
        community = session.get(Community, community_id)
        assert community is not None
        community.registered_households, community.registered_persons = 10, 40
        session.commit()
    assert run_import(database, register_csv(tmp_path / "b.csv", good_lines(6, start=30))).committed
    # households rise to the 19 held (building 5 brings doors 101, 201 and 301); persons stay
    # at 40: the figure says more live there than the two files named so far (36).
    assert figures() == (19, 40)


def test_one_bad_row_refuses_the_file_unless_skipping_is_asked(database: Database,
                                                               tmp_path: Path) -> None:
    setup_community(database)
    lines = good_lines(10)
    lines.insert(4, "坏行,4.20102E+17,13800000000,永清社区,1,1,101,")
    lines.insert(6, ",,,,,,,")
    lines.append(f"外人,{resident(99)},13800000000,不存在社区,1,1,101,")
    path = register_csv(tmp_path / "r.csv", lines)
    before = register_counts(database)
    refused = run_import(database, path)
    assert not refused.committed and refused.refused
    assert register_counts(database) == before
    assert {(p.row, p.code) for p in refused.problems if p.blocking} == {
        (6, "resident_id_excel_number"), (14, "unknown_community")}
    assert refused.empty_rows == 1
    skipped = run_import(database, path, skip_invalid=True)
    assert skipped.committed and skipped.persons_added == 10 and skipped.refused_rows == 2
    assert register_counts(database)[0] == before[0] + 10


def test_a_dry_run_writes_nothing(database: Database, tmp_path: Path) -> None:
    setup_community(database)
    before = register_counts(database)
    result = run_import(database, register_csv(tmp_path / "r.csv", good_lines(12), "utf-8"),
                  dry_run=True)
    assert result.persons_added == 12 and not result.committed
    assert register_counts(database) == before


def test_someone_already_registered_is_kept_or_updated_as_the_clerk_chooses(
        database: Database, tmp_path: Path) -> None:
    setup_community(database)
    run_import(database, register_csv(tmp_path / "first.csv", good_lines(5)))
    again = [line.replace("居民二,", "居民二号,") for line in good_lines(5)] + good_lines(2, start=5)
    path = register_csv(tmp_path / "again.csv", again)
    kept = run_import(database, path, dry_run=True)
    assert (kept.persons_kept, kept.persons_added) == (5, 2)
    updated = run_import(database, path, on_existing=OnExisting.UPDATE)
    assert (updated.persons_updated, updated.persons_added) == (5, 2)
    with database.sessions() as session:
        names = set(session.scalars(select(Person.name)))
        assert "居民二号" in names and "居民二" not in names
        assert session.scalar(select(func.count(Person.id))) == 7


def test_a_process_killed_halfway_leaves_the_database_as_it_was(database: Database,
                                                                database_url: str,
                                                                tmp_path: Path) -> None:
    setup_community(database)
    before = register_counts(database)
    path = register_csv(tmp_path / "big.csv", good_lines(300_000))
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", database_url, "import", str(path)],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "CANVASS_PROGRESS": "1"})
    assert child.stderr is not None
    seen = b""
    percent = 0
    deadline = time.monotonic() + 120
    while percent < 10:   # a tenth read: several chunks written in the open transaction
        chunk = child.stderr.read1(256)  # type: ignore[attr-defined]
        assert chunk and time.monotonic() < deadline, seen
        seen += chunk
        found = re.findall(rb"(\d+)%", seen)
        percent = int(found[-1]) if found else 0
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert register_counts(database) == before


def test_an_xlsx_register_with_a_numeric_id_cell_is_refused_at_that_row(
        database: Database, tmp_path: Path) -> None:
    from tests.support.registers import sheet_xml, write_xlsx

    setup_community(database)

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    header = "".join(text(f"{c}1", v) for c, v in zip("ABCDE", ["姓名", "身份证号", "社区", "楼栋",
                                                              "门牌号"]))
    good = "".join(text(f"{c}2", v) for c, v in zip("ABC", ["王芳", resident(4), "永清社区"]))
    good += '<c r="D2"><v>3</v></c><c r="E2"><v>502</v></c>'
    mangled = text("A3", "赵六") + '<c r="B3"><v>4.20102198001011E+17</v></c>' + text("C3", "C1")
    path = tmp_path / "register.xlsx"
    write_xlsx(path, sheet_xml(f'<row r="1">{header}</row><row r="2">{good}</row>'
                       f'<row r="3">{mangled}</row>'))
    refused = run_import(database, path)
    assert [(p.row, p.code) for p in refused.problems] == [(3, "resident_id_excel_number")]
    imported = run_import(database, path, skip_invalid=True)
    assert imported.committed and imported.persons_added == 1
    with database.sessions() as session:
        person = session.scalars(select(Person).where(Person.name == "王芳")).one()
        household = session.get(Household, person.household_id)
        assert household is not None and (household.building, household.door) == ("3", "502")
