"""Checking one register row: what is wrong with it, in words a clerk can fix in Excel.

Nothing is guessed. In particular an ID Excel has turned into a number (a numeric cell, text
like 4.20102E+17, or 18 digits whose last ones Excel's 15-digit precision zeroed) has lost digits
for good; it is rejected with the instruction to format the column as Text and paste the IDs
again from the source, never "repaired". The opposite care is accepted: an ID (or phone, or
door) written with Excel's text apostrophe ('420102…), when the apostrophe survived into the
cell, is the ID itself. A name is letters, the middle dot and spaces (models/importing/names.py):
a formula (=HYPERLINK(…), @SUM(…)) a spreadsheet would run from an export refuses its row.

Each problem carries a code and the numbers its sentence needs (`params`); the English message
is for logs, and the report and the wizard word it in the reader's language by its code
(controllers/register/import_problems.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from operator import mul

from models.enums import Sex
from models.importing.columns import Mapping
from models.importing.names import NAME_FORMULA, name_fault, spelled_name
from models.importing.readers import Cell
from models.register.addresses import HouseholdPlace, household_place
from models.register.person_fields import MAX_NAME, PHONE
from models.register.resident_id import (
    CHECK_CHARACTERS,
    OLDEST_PLAUSIBLE_AGE,
    WEIGHTS,
    check_character,
    normalise,
    validate,
)

SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$")
HEAD_RELATIONS = frozenset({"本人", "户主", "户主本人", "户主(本人)", "head", "self"})
MALE = frozenset({"男", "m", "male", "男性"})
FEMALE = frozenset({"女", "f", "female", "女性"})
TEXT_MARKS = ("'", "\u2018", "\u2019", "\uff07")   # ' ‘ ’ ＇: "keep this as text"
FORMAT_AS_TEXT = ("Excel turned this ID into a number and lost its last digits: format the ID "
                  "column as Text, paste the IDs again from the source, and re-import.")
MAX_PLACE = 16
MARKED_FIELDS = frozenset({"resident_id", "phone", "building", "unit", "door"})
ASCII_ZERO_WEIGHT = ord("0") * sum(WEIGHTS)   # digits' codes, not values, are summed


@dataclass(frozen=True)
class Problem:
    """One line of the validation report. `blocking` problems stop the import (or the row, with
    --skip-invalid); the others are notes the clerk may want to look at."""
    row: int
    column: str
    code: str
    message: str
    value: str
    blocking: bool = True
    params: tuple[tuple[str, str | int], ...] = ()   # what its sentence names: a limit, a row


@dataclass(frozen=True)
class PersonRow:
    """A row that passed: the register's values, normalised. `place` is the household's door
    (models/register/addresses.py), None when the row gives no address, building, unit or door."""
    row: int
    community: str
    place: HouseholdPlace | None
    name: str
    resident_id: str
    sex: Sex | None
    birth_date: date | None
    phone: str | None
    is_head: bool


def cell_text(value: Cell) -> str:
    """A cell as text: integral floats lose their '.0' (a door 301 read as 301.0)."""
    if type(value) is str and value.isascii():   # the common case, without NFKC's cost
        return value.strip() if " " not in value.strip() else " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def without_text_mark(value: Cell) -> Cell:
    """The cell without the apostrophe that told Excel to keep it as text, when one survived
    into the file (a CSV written by hand or by WPS, a pasted column)."""
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in TEXT_MARKS:
            return text[1:]
    return value


def excel_mangled(value: Cell) -> bool:
    """Did Excel store this ID as a number? (the cell, or the text it left behind)"""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    text = normalise(str(value or ""))
    if SCIENTIFIC.fullmatch(text):
        return True
    if len(text) == 18 and text.isdigit() and text.endswith("00"):
        return check_character(text[:17]) != text[17]
    return False


def quick_check(raw: Cell, today: date) -> tuple[str, Sex, date] | None:
    """The common case of a clean, valid ID, checked without python-stdnum's region lookup
    (23 µs an ID: a fifth of a million-row import). Region codes are only ever a warning, and on
    a register they would flag everyone born in Wuhan before 1983, so the import skips them.
    None means "look closer": resident_id.validate gives the reason."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if len(text) != 18 or not text.isascii():
        return None
    body, last = text[:17], text[17].upper()
    if not body.isdigit() or CHECK_CHARACTERS[
            (sum(map(mul, body.encode(), WEIGHTS)) - ASCII_ZERO_WEIGHT) % 11] != last:
        return None
    try:
        birth = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return None
    if birth > today or today.year - birth.year > OLDEST_PLAUSIBLE_AGE:
        return None
    return body + last, (Sex.MALE if int(text[16]) % 2 else Sex.FEMALE), birth


@dataclass
class RowChecker:
    """Checks rows one by one, remembering IDs already seen so a duplicate in the file is
    reported against the row that came first."""
    headers: list[str]
    mapping: Mapping
    today: date
    default_community: str = ""
    seen: dict[int, int] = field(default_factory=dict)   # ID as a number → first row

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.headers[index] if index is not None and index < len(self.headers) else name

    def _raw(self, cells: list[Cell], name: str) -> Cell:
        index = self.mapping.get(name)
        value = cells[index] if index is not None and index < len(cells) else None
        return without_text_mark(value) if name in MARKED_FIELDS else value

    @staticmethod
    def _empty(cells: list[Cell]) -> bool:
        try:
            return not "".join(cells).strip()      # CSV rows: all text
        except TypeError:
            return all(cell_text(c) == "" for c in cells)

    def check(self, number: int, cells: list[Cell]) -> tuple[PersonRow | None, list[Problem]]:
        """(the row, its notes) if it may be imported, else (None, its problems); an empty row
        gives (None, [])."""
        if self._empty(cells):
            return None, []
        problems: list[Problem] = []

        def problem(name: str, code: str, message: str, value: str, blocking: bool = True,
                    **params: str | int) -> None:
            problems.append(Problem(number, self.column(name), code, message, value, blocking,
                                    tuple(params.items())))

        name = spelled_name(cell_text(self._raw(cells, "name")))
        fault = name_fault(name) if name else None
        if not name:
            problem("name", "name_empty", "The name is empty.", name)
        elif len(name) > MAX_NAME:
            problem("name", "name_invalid", f"A name is plain text of at most {MAX_NAME} "
                                            "characters.", name, limit=MAX_NAME)
        elif fault == NAME_FORMULA:
            problem("name", fault, "A name cannot begin with = + - or @: a spreadsheet would "
                                   "run it as a formula.", name)
        elif fault is not None:
            problem("name", fault, "A name holds letters, the middle dot · and spaces only.",
                    name)
        raw_id = self._raw(cells, "resident_id")
        shown_id = "" if raw_id is None else str(raw_id)
        resident_id, sex, birth = "", None, None
        if excel_mangled(raw_id):
            problem("resident_id", "resident_id_excel_number", FORMAT_AS_TEXT, shown_id)
        else:
            quick: tuple[str, Sex | None, date | None] | None = quick_check(raw_id, self.today)
            if quick is None:
                check = validate(cell_text(raw_id), self.today)
                for error in check.errors:
                    problem("resident_id", f"resident_id_{error.code}", error.message, shown_id)
                if check.ok:
                    quick = (check.value, check.sex, check.birth_date)
            if quick is not None:
                resident_id, sex, birth = quick
                key = int(resident_id[:17]) * 11 + "0123456789X".index(resident_id[17])
                first = self.seen.get(key)
                if first is not None:
                    problem("resident_id", "duplicate_in_file",
                            f"The same ID is already on row {first} of this file.", shown_id,
                            first=first)
                else:
                    self.seen[key] = number
        stated_sex = cell_text(self._raw(cells, "sex")).lower()
        if sex is not None and stated_sex and (
                (stated_sex in MALE and sex != Sex.MALE) or (stated_sex in FEMALE and sex != Sex.FEMALE)):
            problem("sex", "sex_disagrees", "The sex column disagrees with the ID; the ID's is "
                                            "kept.", stated_sex, blocking=False)
        phone_raw = self._raw(cells, "phone")
        phone = cell_text(phone_raw)
        if not phone.isdigit():
            phone = "".join(phone.replace("-", " ").split())
        if phone.startswith("+86"):
            phone = phone[3:]
        if phone and not PHONE.fullmatch(phone):
            problem("phone", "phone_invalid", "A phone is 11 mobile digits starting with 1, or "
                                              "an area code and a landline number.", cell_text(phone_raw))
        community = cell_text(self._raw(cells, "community")) or self.default_community
        if not community:
            problem("community", "community_missing", "No community is given for this row (add "
                                                      "a community column or choose one).", "")
        places = {}
        for part in ("building", "unit", "door"):
            places[part] = cell_text(self._raw(cells, part))
            if len(places[part]) > MAX_PLACE:
                problem(part, "place_too_long", f"At most {MAX_PLACE} characters.", places[part],
                        limit=MAX_PLACE)
        if problems and any(p.blocking for p in problems):
            return None, problems
        place = household_place(cell_text(self._raw(cells, "address")), places["building"],
                                places["unit"], places["door"])
        if place is None:
            problem("address", "address_missing", "No address, building, unit or door: the "
                    "person gets a household of their own until the address is known.", "",
                    blocking=False)
        relation = cell_text(self._raw(cells, "relation")).lower()
        head_name = cell_text(self._raw(cells, "head_name"))
        is_head = relation in HEAD_RELATIONS or (bool(head_name) and head_name == name)
        return PersonRow(number, community, place, name, resident_id, sex, birth, phone or None,
                         is_head), problems
