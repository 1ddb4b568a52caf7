"""Row checks: what a clerk sees for the mistakes community spreadsheets really contain."""
from __future__ import annotations

from datetime import date

import pytest

from models.enums import Sex
from models.importing.columns import guess_mapping
from models.importing.validate import RowChecker

TODAY = date(2020, 2, 20)
HEADERS = ["姓名", "身份证号", "性别", "联系电话", "社区", "楼栋", "单元", "门牌号", "与户主关系"]
GOOD = "420102198001010116"


def _checker() -> RowChecker:
    return RowChecker(HEADERS, guess_mapping(HEADERS), TODAY)


def _row(resident_id: object = GOOD, phone: object = "13800000000", name: str = "张伟",
         sex: str = "男") -> list[object]:
    return [name, resident_id, sex, phone, "永清社区", "1", "2", "301", "本人"]


@pytest.mark.parametrize("mangled", [4.20102198001011e17, 420102198001011000,
                                     "4.20102E+17", "4.20102e17", "420102198001011200"])
def test_an_id_excel_turned_into_a_number_is_refused_with_the_fix(mangled: object) -> None:
    person, problems = _checker().check(2, _row(mangled))
    assert person is None
    assert [p.code for p in problems] == ["resident_id_excel_number"]
    assert "format the ID column as Text" in problems[0].message
    assert problems[0].column == "身份证号"


def test_full_width_digits_spaces_and_lower_x_are_normalised() -> None:
    person, problems = _checker().check(2, _row("４２０１０２ １９８００１０１ ０２８x", " 138 0000 0000 ",
                                                sex="女"))
    assert problems == []
    assert person is not None
    assert person.resident_id == "42010219800101028X"
    assert person.phone == "13800000000"
    assert person.birth_date == date(1980, 1, 1) and person.sex == Sex.FEMALE
    assert person.is_head


def test_bad_checksum_bad_phone_and_empty_name_are_each_reported() -> None:
    person, problems = _checker().check(7, _row("420102198001011234", "1380000", name=""))
    assert person is None
    assert {(p.row, p.code) for p in problems} == {
        (7, "name_empty"), (7, "resident_id_checksum"), (7, "phone_invalid")}


def test_a_duplicate_in_the_file_points_at_the_first_row() -> None:
    checker = _checker()
    assert checker.check(2, _row())[0] is not None
    person, problems = checker.check(9, _row())
    assert person is None and "row 2" in problems[0].message


def test_empty_rows_are_skipped_silently_and_a_sex_mismatch_is_only_a_note() -> None:
    checker = _checker()
    assert checker.check(3, ["", None, " ", "", "", "", "", "", ""]) == (None, [])
    person, problems = checker.check(4, _row(sex="女"))
    assert person is not None and person.sex == Sex.MALE
    assert [(p.code, p.blocking) for p in problems] == [("sex_disagrees", False)]
