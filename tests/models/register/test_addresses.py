"""Reading households out of register addresses: the forms community offices write, and the
properties the import relies on (normalising twice changes nothing; one door written two ways is
one household; a stored household read back is the household it was made for)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.register.addresses import household_place, normalise_address, part_key, read_address


@pytest.mark.parametrize(("written", "normal"), [
    ("胜利街1号1栋1单元101", "胜利街1号1栋1单元101"),
    ("胜利街１号 １栋 １单元 １０１室", "胜利街1号1栋1单元101"),
    ("胜利街1號1棟1單元101室", "胜利街1号1栋1单元101"),
    ("胜利街1号一栋一单元101", "胜利街1号1栋1单元101"),
    ("胜利街1号1号楼1单元101", "胜利街1号1栋1单元101"),
    ("胜利街1号1幢1单元101户", "胜利街1号1栋1单元101"),
    ("胜利街1号1#楼1单元101", "胜利街1号1栋1单元101"),
    ("胜利街1号1栋-1单元-101", "胜利街1号1栋1单元101"),
    ("湖北省武汉市江岸区胜利街1号1栋1单元101室", "胜利街1号1栋1单元101"),
    ("武汉市江岸区胜利街1号1栋1单元101", "胜利街1号1栋1单元101"),
    ("李家村四组十二号", "李家村4组12号"),
    ("十里铺村二十一组一百零一号", "十里铺村21组101号"),
    ("胜利街1号1—1—101", "胜利街1号1-1-101"),
    ("幸福超市1号", "幸福超市1号"),                  # a supermarket is not a city
    ("武汉市幸福小区1栋101", "武汉市幸福小区1栋101"),     # an estate is not a county
    ("一心路3号", "一心路3号"),                      # numerals in a name stay
    ("", ""),
])
def test_addresses_are_written_one_way(written: str, normal: str) -> None:
    assert normalise_address(written) == normal


@pytest.mark.parametrize(("address", "building", "unit", "door", "place"), [
    ("胜利街1号1栋1单元101", "1栋", "1单元", "101", "胜利街1号"),
    ("胜利街1号3号楼2单元502室", "3栋", "2单元", "502", "胜利街1号"),
    ("胜利街1号1栋1单元3楼301", "1栋", "1单元", "301", "胜利街1号"),
    ("光明路8号院2幢3单元201", "2栋", "3单元", "201", "光明路8号院"),
    ("幸福小区B座1201", "B栋", "", "1201", "幸福小区"),
    ("幸福小区3单元502", "", "3单元", "502", "幸福小区"),
    ("胜利街1号1-2-301", "1栋", "2单元", "301", "胜利街1号"),
    ("1-2-301", "1栋", "2单元", "301", ""),
    ("胜利街1号3-502", "3栋", "", "502", "胜利街1号"),
    ("李家村4组12号", "4组", "", "12号", "李家村"),
    ("李家村4队12", "4组", "", "12号", "李家村"),
    ("胜利街15号", "", "", "15号", "胜利街"),
    ("胜利街15号201室", "15号", "", "201", "胜利街"),
])
def test_common_forms_are_read_into_building_unit_and_door(
        address: str, building: str, unit: str, door: str, place: str) -> None:
    read = read_address(normalise_address(address))
    assert read is not None
    assert (read.place, read.building, read.unit, read.door) == (place, building, unit, door)


@pytest.mark.parametrize("address", ["不知道", "胜利街", "胜利街1号1栋1单元", "暂住"])
def test_an_address_without_a_door_is_its_own_household_and_flagged(address: str) -> None:
    place = household_place(address)
    assert place is not None and not place.understood
    assert place.key == (normalise_address(address), "", "", "")
    assert (place.building, place.unit, place.door) == ("", "", "")


def test_the_registers_own_columns_win_over_the_address() -> None:
    by_columns = household_place("胜利街1号1栋1单元101", "1", "1", "101室")
    by_address = household_place("胜利街1号1栋1单元101")
    assert by_columns is not None and by_address is not None
    assert by_columns.key == by_address.key
    assert (by_columns.building, by_columns.door) == ("1", "101室")   # as the register wrote them
    assert household_place("", "", "", "") is None
    three, written_out = household_place("", "3", "", ""), household_place("", "三栋", "", "")
    assert three is not None and written_out is not None and three.key == written_out.key


def test_parts_compare_by_their_number() -> None:
    assert {part_key(v) for v in ("3", "3栋", "3号楼", "３", "三栋", "3幢", "3#")} == {"3"}
    assert {part_key(v) for v in ("101", "101室", "101号", "１０１")} == {"101"}
    assert part_key("一单元") == "1"


def chinese(number: int) -> str:
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


places = st.sampled_from(["胜利街1号", "幸福小区", "光明路8号院", "江汉路100号", "滨江苑"])
numbers = st.integers(min_value=1, max_value=40)
doors = st.integers(min_value=101, max_value=3304)


@st.composite
def one_door_two_ways(draw: st.DrawFn) -> tuple[str, str]:
    """The same urban door written in two of the ways offices write it."""
    place, building, unit, door = draw(places), draw(numbers), draw(numbers), draw(doors)

    def written() -> str:
        b = draw(st.sampled_from([f"{building}栋", f"{building}号楼", f"{building}幢",
                                  f"{building}#楼", f"{chinese(building)}栋"]))
        u = draw(st.sampled_from([f"{unit}单元", f"{chinese(unit)}单元"]))
        d = draw(st.sampled_from([str(door), f"{door}室", f"{door}号"]))
        text = draw(st.sampled_from([f"{place}{b}{u}{d}", f"{place} {b} {u} {d}",
                                     f"{place}{building}-{unit}-{door}",
                                     f"湖北省武汉市江岸区{place}{b}{u}{d}"]))
        return full_width(text) if draw(st.booleans()) else text
    return written(), written()


@settings(max_examples=300)
@given(one_door_two_ways())
def test_one_door_written_two_ways_is_one_household(pair: tuple[str, str]) -> None:
    first, second = (household_place(text) for text in pair)
    assert first is not None and second is not None
    assert first.understood and first.key == second.key


@st.composite
def village_two_ways(draw: st.DrawFn) -> tuple[str, str]:
    group, number = draw(numbers), draw(numbers)

    def written() -> str:
        g = draw(st.sampled_from([f"{group}组", f"{chinese(group)}组", f"{group}队"]))
        n = draw(st.sampled_from([f"{number}号", f"{chinese(number)}号", str(number)]))
        return draw(st.sampled_from([f"李家村{g}{n}", f"李家村 {g} {n}"]))
    return written(), written()


@given(village_two_ways())
def test_a_village_door_written_two_ways_is_one_household(pair: tuple[str, str]) -> None:
    first, second = (household_place(text) for text in pair)
    assert first is not None and second is not None and first.key == second.key


address_text = st.text(alphabet=st.sampled_from(
    list("胜利街号栋幢单元室户组队楼层座院村小区省市县一二三四五十百零两0123456789-#— 　１２ABＡ·")),
    max_size=40) | st.text(max_size=40)


@settings(max_examples=500)
@given(address_text)
def test_normalising_is_idempotent(text: str) -> None:
    once = normalise_address(text)
    assert normalise_address(once) == once


@settings(max_examples=500)
@given(address_text)
def test_a_stored_household_reads_back_as_the_same_household(text: str) -> None:
    """What the import stores (normalised address, building, unit, door) gives the same key
    when a later import or the repair migration reads the household back."""
    place = household_place(text)
    if place is None:
        return
    again = household_place(place.address, place.building, place.unit, place.door)
    assert again is not None and again.key == place.key


def test_a_partial_address_beside_the_columns_does_not_split_a_family() -> None:
    """The head's row carries the street, the others none: one household. A full address of
    another estate with the same building/unit/door is another household."""
    head = household_place("胜利街1号", "3", "2", "502")
    child = household_place("", "3", "2", "502")
    elsewhere = household_place("幸福小区3栋2单元502", "3", "2", "502")
    assert head is not None and child is not None and elsewhere is not None
    assert head.key == child.key != elsewhere.key
