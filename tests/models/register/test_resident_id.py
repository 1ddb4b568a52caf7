"""Resident ID numbers: what registers really contain, and stdnum's two blind spots."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from models.enums import Sex
from models.register.resident_id import SEQUENCES_PER_SEX, check_character, make, normalise, validate

TODAY = date(2020, 2, 20)
WUHAN = ("420102", "420103", "420104", "420105", "420106", "420107", "420111", "420112",
         "420113", "420114", "420115", "420116", "420117")


@given(region=st.sampled_from(WUHAN) | st.from_regex(r"[1-8][0-9]{5}", fullmatch=True),
       birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
       sequence=st.integers(0, SEQUENCES_PER_SEX - 1), sex=st.sampled_from(Sex))
def test_made_numbers_always_validate(region: str, birth: date, sequence: int, sex: Sex) -> None:
    number = make(region, birth, sequence, sex)
    check = validate(number, TODAY)
    assert check.ok, check.errors
    assert check.value == number
    assert check.birth_date == birth
    assert check.sex == sex
    assert set(check.codes) <= {"region"}          # an unknown region only ever warns
    assert number[-1] == ric.calc_check_digit(number)


@given(body=st.from_regex(r"[0-9]{17}", fullmatch=True))
def test_check_character_agrees_with_stdnum(body: str) -> None:
    assert check_character(body) == ric.calc_check_digit(body + "0")


def test_normalise_handles_full_width_spaces_and_lower_case_x() -> None:
    assert normalise("４２０１０２　１９９００５１７００６x") == "42010219900517006X"
    assert normalise(" 420102 1990 0517\t006\nx ") == "42010219900517006X"
    assert normalise("42010219900517006ｘ") == "42010219900517006X"
    assert normalise("") == ""


def test_a_typed_number_with_full_width_digits_validates() -> None:
    number = make("420102", date(1990, 5, 17), 3, Sex.FEMALE)
    typed = " ".join(number[i:i + 6] for i in range(0, 18, 6)).translate(
        {ord(d): chr(ord(d) - ord("0") + ord("０")) for d in "0123456789"}).lower()
    check = validate(typed, TODAY)
    assert check.ok and check.value == number


def test_future_birth_date_is_an_error_though_stdnum_accepts_it() -> None:
    number = make("420102", TODAY + timedelta(days=1), 0, Sex.MALE)
    assert ric.is_valid(number)
    check = validate(number, TODAY)
    assert not check.ok
    assert [p.code for p in check.errors] == ["future_birth_date"]
    assert validate(number, TODAY + timedelta(days=1)).ok


def test_bad_checksum_is_an_error() -> None:
    number = make("420106", date(1975, 3, 8), 12, Sex.MALE)
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    check = validate(wrong, TODAY)
    assert not check.ok
    assert "checksum" in [p.code for p in check.errors]
    swapped = number[:8] + number[9] + number[8] + number[10:]
    if swapped != number:
        assert not validate(swapped, TODAY).ok


def test_region_unknown_for_the_birth_year_is_only_a_warning() -> None:
    # 江岸区's code dates from 1983 in stdnum's table; a resident born in 1960 carries it anyway.
    number = make("420102", date(1960, 7, 1), 0, Sex.FEMALE)
    assert not ric.is_valid(number)
    check = validate(number, TODAY)
    assert check.ok
    assert [p.code for p in check.warnings] == ["region"]
    unknown = validate(make("990000", date(1990, 1, 1), 0, Sex.MALE), TODAY)
    assert unknown.ok and [p.code for p in unknown.warnings] == ["region"]


def test_make_refuses_what_is_not_a_number() -> None:
    for region in ("42010", "42010٢", "4201O2"):
        try:
            make(region, date(1990, 1, 1), 0, Sex.MALE)
        except ValueError:
            continue
        raise AssertionError(f"make accepted region {region!r}")


def test_plain_format_errors_have_codes_and_messages() -> None:
    cases = {"": "empty", "42010219900517": "length", "4.20102199005E+17": "length",
             "42010219900A17006X": "format", "420102199013170060": "birth_date",
             "420102180001010011": "implausible_birth_date"}
    for raw, code in cases.items():
        body = raw[:17]
        if code in ("birth_date", "implausible_birth_date"):
            raw = body + check_character(body)
        check = validate(raw, TODAY)
        assert not check.ok, raw
        assert check.errors[0].code == code, (raw, check.errors)
        assert check.errors[0].message
