"""Reading a contact-tracing list's cells: the dates and case numbers contact lists write, the
columns they are headed with, and what makes a row unusable."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from models.intake.columns import guess_mapping, identifies
from models.intake.rows import RowChecker, read_case_number, read_date

TODAY = date(2020, 2, 20)
HEADERS = ["序号", "姓名", "身份证号", "电话", "住址", "与病例关系", "末次接触日期"]


@pytest.mark.parametrize(("cell", "expected"), [
    (date(2020, 2, 10), date(2020, 2, 10)), (datetime(2020, 2, 10, 9, 30), date(2020, 2, 10)),
    ("2020-02-10", date(2020, 2, 10)), ("2020/2/10", date(2020, 2, 10)),
    ("2020年2月10日", date(2020, 2, 10)), ("2月10日", date(2020, 2, 10)),
    ("20200210", date(2020, 2, 10)), (43871.0, date(2020, 2, 10)), ("", None), (None, None)])
def test_dates_as_lists_write_them(cell: object, expected: date | None) -> None:
    assert read_date(cell, TODAY) == expected


@pytest.mark.parametrize("cell", ["上周", "2020-13-45", "10.02.2020"])
def test_a_date_that_is_none(cell: str) -> None:
    with pytest.raises(ValueError):
        read_date(cell, TODAY)


def test_case_numbers() -> None:
    assert [read_case_number(v) for v in (12, "12", "#12", "病例12", "", None)] == [
        12, 12, 12, 12, None, None]
    with pytest.raises(ValueError):
        read_case_number("张伟")


def test_chinese_and_english_headers() -> None:
    assert guess_mapping(HEADERS) == {"name": 1, "resident_id": 2, "phone": 3, "address": 4,
                                      "relation": 5, "last_contact": 6}
    english = ["Name", "Resident ID", "Phone", "Address", "Relation to case",
               "Date of last contact", "Source case"]
    assert guess_mapping(english) == {"name": 0, "resident_id": 1, "phone": 2, "address": 3,
                                      "relation": 4, "last_contact": 5, "source_case": 6}
    assert not identifies(guess_mapping(["电话", "住址"]))


def test_rows_checked() -> None:
    checker = RowChecker(HEADERS, guess_mapping(HEADERS), TODAY, source_case=7)
    row, problems = checker.check(2, ["1", "张伟", "11010519491231002X", "138-0000-0000",
                                      "东湖社区1栋1单元101室", "同事", "2020-02-18"])
    assert problems == [] and row is not None
    assert (row.resident_id, row.sex, row.birth_date, row.phone, row.last_contact,
            row.source_case) == ("11010519491231002X", "F", date(1949, 12, 31), "13800000000",
                                 date(2020, 2, 18), 7)
    assert checker.check(3, ["", "", "", "", "", "", ""]) == (None, [])
    _, problems = checker.check(4, ["3", "李四", "", "", "", "", ""])
    assert [p.code for p in problems] == ["no_identity"]
    _, problems = checker.check(5, ["4", "王五", 4.20102e17, "", "", "", "2020-03-01"])
    assert [p.code for p in problems] == ["resident_id_excel_number", "contact_in_future"]
    _, problems = checker.check(6, ["5", "张伟", "11010519491231002X", "", "", "", ""])
    assert [(p.code, p.values) for p in problems] == [("duplicate_in_file", ("2",))]


@pytest.mark.parametrize("name", ["=cmd|' /C calc'!A0", "@SUM(A1:A9)", "张伟2", "张\x07伟"])
def test_a_name_the_register_import_refuses_is_refused_here_too(name: str) -> None:
    """Issue 21: a list is read with the register's rules for names (letters, ·, spaces)."""
    checker = RowChecker(HEADERS, guess_mapping(HEADERS), TODAY, source_case=7)
    row, problems = checker.check(2, ["1", name, "11010519491231002X", "", "", "", ""])
    assert row is None and [p.code for p in problems] == ["name_invalid"]
    row, problems = checker.check(3, ["2", "阿卜杜拉・买买提", "", "13800000000", "", "", ""])
    assert problems == [] and row is not None and row.name == "阿卜杜拉·买买提"
