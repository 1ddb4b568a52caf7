"""`canvass intake`: a contact-tracing list taken from the command line, on both databases: the
summary and the report; a list with bad rows refused whole with exit 1 and nothing written; a
source case that cannot be one refused in one line; a missing file exit 2."""
from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from main import run
from models.db.database import Database
from tests.support.contact_lists import CONTACT, contact_list, written


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts an application when none exists; the test process has one."""


def csv_list(path: Path, rows: list[list[str]]) -> Path:
    """The English template's headers, as a contact-tracing group may send them."""
    lines = ["Name,Resident ID,Phone,Address,Relation to case,Date of last contact",
             *(",".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_list_from_the_command_line(database: Database, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    built = contact_list(database)
    db = ["--db", str(database.url.render_as_string(hide_password=False)), "--lang", "en"]
    rows = [built.rows[0], built.rows[160], built.rows[360], built.rows[-1]]
    path = csv_list(tmp_path / "contacts.csv", rows)
    before = written(database)
    assert run([*db, "intake", str(path), "--source-case", str(built.source_case),
                "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 rows: 2 cases would be opened" in out and "1 persons to find added" in out
    assert "row 4, " in out and "held, 2 persons match" in out
    assert "dry run: nothing was written" in out and written(database) == before
    assert run([*db, "intake", str(path), "--source-case", str(built.source_case)]) == 0
    out = capsys.readouterr().out
    assert "4 rows: 2 cases opened" in out and f"contact chain of case {built.source_case}" in out
    report = tmp_path / "contacts-intake.xlsx"
    sheet = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert sheet[0][:3] == ["行 Row", "姓名 Name", "结果 Outcome"]
    assert [line[2] for line in sheet[1:4]] == ["case opened", "case opened", "held: choose"]
    assert any(line[0] == "传播链 Contact chain" for line in sheet)


def test_bad_rows_and_bad_source_cases_are_refused(database: Database, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    built = contact_list(database)
    db = ["--db", str(database.url.render_as_string(hide_password=False)), "--lang", "en"]
    path = csv_list(tmp_path / "bad.csv", [built.rows[0], ["无名", "", "", "", "同事", CONTACT]])
    before = written(database)
    assert run([*db, "intake", str(path), "--source-case", str(built.source_case)]) == 1
    captured = capsys.readouterr()
    assert "row 3: nothing says who this is" in captured.out
    assert "the list was refused; nothing was written" in captured.err
    assert written(database) == before
    assert run([*db, "intake", str(path), "--source-case", "999999"]) == 1
    assert capsys.readouterr().err.strip() == (
        "canvass: There is no case 999999: check the source case's number (in the title of its case window).")
    assert run([*db, "intake", str(tmp_path / "missing.csv"), "--source-case", "1"]) == 2
    assert run([*db, "--lang", "zh", "intake", str(path), "--source-case",
                str(built.source_case), "--skip-bad"]) == 0
    assert written(database)[0] == before[0] + 1
