"""The address reading of models/register/addresses.py exactly as migration 0012 ran it.

A frozen copy: a migration never imports the live code, so a later change to how addresses are
read (a new form, a better normaliser) comes with a migration of its own and cannot change what
0012 did to a database. Only what 0012 uses is kept.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_PART = 16   # household.building / unit / door are VARCHAR(16)
MAX_ADDRESS = 200

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_NUMERAL = "零〇一二两三四五六七八九十百"
# A Chinese numeral is read only where it counts a building, unit, group, floor or door, so that
# names such as 一心路 or 三元里 keep their characters.
_COUNTED = re.compile(f"([{_NUMERAL}]+)(?=栋|幢|座|单元|组|队|层|楼|号|室)")
_SPELLINGS = (("號", "号"), ("棟", "栋"), ("單元", "单元"))
_DASHES = re.compile("[‐‑‒–—―−～~]")
_BUILDING_WORD = re.compile(r"(?<=[0-9A-Z])(?:号楼|幢|座|#楼|#)")
_JOINED = re.compile(r"(?<=[栋组元层楼号])-(?=[0-9])")
_DOOR_SUFFIX = re.compile(r"(?<=栋|元|层|楼)(\d+)(?:室|号|户)$|(?<=\d)(?:室|户)$")
# The province, city and county a full address opens with (湖北省武汉市江岸区…) are dropped, but
# only as a province, or a city followed by its county, so that 幸福超市 or 幸福小区 never are.
_PROVINCE = r"[^省市区县\d]{2,3}省|[^省市区县\d]{2,5}自治区"
_CITY = r"[^省市区县\d]{2,4}市"
_COUNTY = r"[^省市区县\d]{1,5}(?<![小社园校厂营片宅景])(?:区|县)"
_REGION = re.compile(f"^(?:(?:{_PROVINCE})(?:{_CITY})?(?:{_COUNTY})?|(?:{_CITY})(?:{_COUNTY}))")

_URBAN = re.compile(r"^(?P<place>.*?)(?P<b>[0-9A-Z]+)栋(?:(?P<u>\d+)单元)?(?:\d+(?:层|楼))?"
                    r"(?P<d>[0-9A-Z]+)$")
_UNIT_ONLY = re.compile(r"^(?P<place>.*?)(?P<u>\d+)单元(?:\d+(?:层|楼))?(?P<d>\d+)$")
_DASHED = re.compile(r"^(?P<place>.*?\D)?(?P<b>\d+)-(?P<u>\d+)-(?P<d>\d+)$")
_PAIRED = re.compile(r"^(?:(?P<place>.*\D))?(?P<b>\d+)-(?P<d>\d+)$")
_VILLAGE = re.compile(r"^(?P<place>.*?)(?P<b>\d+)(?:组|队)(?P<d>\d+)号?$")
_HOUSE = re.compile(r"^(?P<place>.*\D)(?P<d>\d+)号$")
_HOUSE_ROOM = re.compile(r"^(?P<place>.*\D)(?P<b>\d+)号(?P<d>\d+)$")


@dataclass(frozen=True)
class ReadAddress:
    """An address read into the door a team knocks at; building/unit/door as the knock list
    prints them (3栋, 2单元, 101; 4组, 12号), `place` the street or estate before them."""
    place: str
    building: str
    unit: str
    door: str


@dataclass(frozen=True)
class HouseholdPlace:
    """Where a register row's household is: the columns a household stores, and the key that
    makes two rows one household (persons at the same door share it). `understood` is False for
    an address that could not be read into a door (the import report flags it)."""
    address: str
    building: str
    unit: str
    door: str
    key: tuple[str, str, str, str]
    understood: bool = True


def _number(text: str) -> str:
    """一 → 1, 十二 → 12, 二十一 → 21, 一百零一 → 101, 一〇一 → 101 (digit by digit)."""
    if "十" not in text and "百" not in text:
        return "".join(str(_DIGITS[ch]) for ch in text)
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _DIGITS[ch]
    return str(total + current)


def _once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).upper()
    text = "".join(text.split())
    text = _DASHES.sub("-", text)
    for old, new in _SPELLINGS:
        text = text.replace(old, new)
    text = _COUNTED.sub(lambda m: _number(m.group(1)), text)
    text = _BUILDING_WORD.sub("栋", text)
    text = _JOINED.sub("", text)
    text = _DOOR_SUFFIX.sub(lambda m: m.group(1) or "", text)
    return _REGION.sub("", text)


@lru_cache(maxsize=1 << 14)
def normalise_address(text: str) -> str:
    """The one way an address is written: normalising twice gives the same as once."""
    if not text:
        return ""
    for _ in range(8):   # each rewrite can reveal another (a prefix behind a prefix)
        again = _once(text)[:MAX_ADDRESS]
        if again == text:
            break
        text = again
    return text


@lru_cache(maxsize=1 << 14)
def read_address(normalised: str) -> ReadAddress | None:
    """The door a normalised address names, or None when none can be read from it."""
    found = _URBAN.match(normalised)
    if found:
        unit = found["u"]
        return ReadAddress(found["place"], f"{found['b']}栋", f"{unit}单元" if unit else "",
                           found["d"])
    found = _UNIT_ONLY.match(normalised) or _DASHED.match(normalised)
    if found:
        building = found.groupdict().get("b")
        return ReadAddress(found["place"] or "", f"{building}栋" if building else "",
                           f"{found['u']}单元", found["d"])
    found = _VILLAGE.match(normalised)
    if found:
        return ReadAddress(found["place"], f"{found['b']}组", "", f"{found['d']}号")
    found = _PAIRED.match(normalised)
    if found:
        return ReadAddress(found["place"] or "", f"{found['b']}栋", "", found["d"])
    found = _HOUSE_ROOM.match(normalised)
    if found:
        return ReadAddress(found["place"], f"{found['b']}号", "", found["d"])
    found = _HOUSE.match(normalised)
    if found:
        return ReadAddress(found["place"], "", "", f"{found['d']}号")
    return None


@lru_cache(maxsize=1 << 12)
def part_key(text: str) -> str:
    """A building, unit or door as a household key compares it: 3栋, 3号楼, ３ and 三栋 are 3."""
    if text.isdigit() and text.isascii():
        return text
    text = normalise_address(text)
    return re.sub(r"(?<=[0-9A-Z])(?:栋|单元|组|队|室|号|户)$", "", text)


def household_place(address: str, building: str = "", unit: str = "",
                    door: str = "") -> HouseholdPlace | None:
    """The household of a row (or of a stored household, read back the same way): the register's
    building/unit/door columns when it has them (with the street or estate of an address naming
    the same door), else the door read from the address, else the address itself. None when the
    row says nothing about where the person lives."""
    normal = normalise_address(address)
    return _place(normal, building, unit, door)


@lru_cache(maxsize=1 << 14)
def _place(normal: str, building: str, unit: str, door: str) -> HouseholdPlace | None:
    read = read_address(normal) if normal else None
    if building or unit or door:
        keys = (part_key(building), part_key(unit), part_key(door))
        # The address tells the estate or street apart only when it names this very door; a
        # partial one (the street alone, on the head's row only) would split a family.
        place = read.place if read is not None and keys == (
            part_key(read.building), part_key(read.unit), part_key(read.door)) else ""
        return HouseholdPlace(normal, building[:MAX_PART], unit[:MAX_PART], door[:MAX_PART],
                              (place, *keys))
    if read is not None:
        return HouseholdPlace(normal, read.building[:MAX_PART], read.unit[:MAX_PART],
                              read.door[:MAX_PART], (read.place, part_key(read.building),
                                                     part_key(read.unit), part_key(read.door)))
    if normal:
        return HouseholdPlace(normal, "", "", "", (normal, "", "", ""), understood=False)
    return None
