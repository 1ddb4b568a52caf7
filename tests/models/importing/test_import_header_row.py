"""Registers with a title above the column names: the header row found (or named), rows numbered
as the sheet numbers them, and IDs written with Excel's text apostrophe accepted."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.importing.columns import guess_mapping, header_row_among
from models.importing.errors import UnreadableFile
from models.importing.readers import open_register
from models.importing.refusals import ImportRefusal
from models.importing.validate import RowChecker
from tests.support.registers import HEADER, TITLE, good_lines, titled_csv, titled_xlsx

TODAY = date(2020, 2, 20)


@pytest.mark.parametrize("make", [titled_csv, titled_xlsx], ids=["csv", "xlsx"])
def test_a_title_row_above_the_names_is_skipped(tmp_path: Path, make: object) -> None:
    assert callable(make)
    path = make(tmp_path / f"register.{'csv' if make is titled_csv else 'xlsx'}", good_lines(3))
    register = open_register(path)
    assert register.header_row == 3 and register.headers[:2] == ["姓名", "身份证号"]
    numbered = list(register.rows)
    assert [number for number, _cells in numbered] == [4, 5, 6]   # the sheet's own row numbers
    assert numbered[0][1][0] == "居民零"


def test_the_named_header_row_wins_and_a_row_past_the_end_is_refused(tmp_path: Path) -> None:
    path = titled_csv(tmp_path / "register.csv", good_lines(2))
    assert open_register(path, header_row=1).headers[0] == TITLE
    assert [n for n, _c in open_register(path, header_row=3).rows] == [4, 5]
    with pytest.raises(UnreadableFile) as refused:
        open_register(path, header_row=40)
    assert refused.value.code is ImportRefusal.NO_HEADER_ROW and refused.value.params["row"] == 40


def test_the_header_row_is_guessed_only_when_one_row_reads_as_names() -> None:
    names = HEADER.split(",")
    assert header_row_among([(1, names), (2, ["居民0", "4201"])]) == 1
    assert header_row_among([(1, [TITLE]), (2, []), (3, names)]) == 3
    assert header_row_among([(1, [TITLE]), (2, names), (3, names)]) == 1    # two: ask instead
    assert header_row_among([(1, [TITLE]), (2, ["甲", "乙"])]) == 1          # none: as before


def test_an_id_with_excel_s_text_apostrophe_is_the_id(tmp_path: Path) -> None:
    headers = HEADER.split(",")
    checker = RowChecker(headers, guess_mapping(headers), TODAY)
    resident = good_lines(1)[0].split(",")[1]
    cells = ["张三", f"'{resident}", "'13800000000", "永清社区", "'1", "1", "'0301", "本人"]
    person, problems = checker.check(5, cells)
    assert problems == [] and person is not None
    assert person.resident_id == resident and person.phone == "13800000000"
    assert person.place is not None and person.place.door == "0301"
    mangled, found = checker.check(6, ["李四", "'4.20102E+17", "", "永清社区", "1", "1", "1", ""])
    assert mangled is None and found[0].code == "resident_id_excel_number"
