"""Reading one workbook row's cells: text, numbers, coordinates, words, plates, resident IDs,
phones. Each reader returns the value or None and notes what is wrong, naming the cell.

Cells come from python-calamine: str, int, float, bool, date or None. A code typed as 0101 in a
text cell stays 0101; one Excel stored as a number reads as 101 — the template's code columns
are text cells so that does not happen.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from models.importing.validate import cell_text, excel_mangled
from models.register.person_fields import PHONE, has_control_characters
from models.register.resident_id import check_character, validate
from models.setup.problems import SetupCode, SetupProblem
from models.setup.words import NO, YES, Words, split_list, word_key

E = TypeVar("E", bound=StrEnum)
LATITUDE = (3.5, 53.6)          # China, Zengmu Ansha to Mohe
LONGITUDE = (73.5, 135.1)       # Pamirs to the Heilongjiang–Ussuri confluence
# A province's character, the issuing office's letter, then five characters (six on a
# new-energy plate); police and trailer plates end in their own character.
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^([{PROVINCES}])([A-Z])·?([A-Z0-9]{{5,6}}|[A-Z0-9]{{4}}[警学挂领试超港澳])$")
GROUPED_NUMBER = re.compile(r"^-?\d{1,3}([,，]\d{3})+(\.\d+)?$")
Cell = Any


def plate_text(raw: str) -> str | None:
    """A plate in the one form Canvass stores (鄂A·12345), or None when it is not a plate."""
    folded = "".join(unicodedata.normalize("NFKC", raw).upper().split())
    folded = folded.replace(".", "·").replace("・", "·").replace("-", "·")
    found = PLATE.fullmatch(folded)
    return f"{found.group(1)}{found.group(2)}·{found.group(3)}" if found else None


@dataclass
class RowReader:
    """The cells of one row, by column key, and the problems found in them."""
    sheet: str
    line: int
    cells: Sequence[Cell]
    columns: dict[str, tuple[int, str]]         # key → (index, header as in the workbook)
    problems: list[SetupProblem] = field(default_factory=list)

    def header(self, key: str) -> str:
        return self.columns[key][1] if key in self.columns else key

    def has(self, key: str) -> bool:
        return key in self.columns

    def raw(self, key: str) -> Cell:
        index = self.columns.get(key, (-1, ""))[0]
        return self.cells[index] if 0 <= index < len(self.cells) else None

    def note(self, key: str, code: SetupCode, *values: object) -> None:
        self.problems.append(SetupProblem(self.sheet, self.line, self.header(key), code,
                                          tuple(str(v) for v in values)))

    def text(self, key: str, length: int, required: bool = False) -> str:
        value = cell_text(self.raw(key))
        if not value and required:
            self.note(key, SetupCode.EMPTY)
        elif len(value) > length or has_control_characters(value):
            self.note(key, SetupCode.TOO_LONG, length)
        return value

    def number(self, key: str, low: float, high: float, whole: bool,
               code: SetupCode = SetupCode.OUT_OF_RANGE, blank: float | None = None) -> float | None:
        raw = self.raw(key)
        if isinstance(raw, bool):
            raw = None
        if isinstance(raw, (int, float)):
            value = float(raw)
        else:
            text = cell_text(raw)
            if not text:
                if blank is None:
                    self.note(key, SetupCode.EMPTY)
                return blank
            if GROUPED_NUMBER.fullmatch(text):
                text = text.replace(",", "").replace("，", "")
            try:
                value = float(text)
            except ValueError:
                self.note(key, SetupCode.NOT_A_NUMBER, text)
                return None
        if whole and not value.is_integer():
            self.note(key, SetupCode.NOT_WHOLE, cell_text(raw))
            return None
        if not low <= value <= high:
            self.note(key, code, cell_text(raw), f"{low:g}", f"{high:g}")
            return None
        return value

    def count(self, key: str, high: int = 10_000_000, low: int = 0,
              blank: int | None = 0) -> int | None:
        value = self.number(key, low, high, True, blank=blank)
        return None if value is None else int(value)

    def coordinate(self, key: str) -> float | None:
        low, high = LATITUDE if key == "latitude" else LONGITUDE
        code = (SetupCode.LATITUDE_OUTSIDE_CHINA if key == "latitude"
                else SetupCode.LONGITUDE_OUTSIDE_CHINA)
        return self.number(key, low, high, False, code)

    def word(self, key: str, words: Words[E], required: bool = True) -> E | None:
        text = cell_text(self.raw(key))
        if not text:
            if required:
                self.note(key, SetupCode.EMPTY)
            return None
        found = words.parse(text)
        if found is None:
            self.note(key, SetupCode.UNKNOWN_WORD, text, words.choices())
        return found

    def words(self, key: str, words: Words[E]) -> frozenset[E]:
        found: set[E] = set()
        for part in split_list(cell_text(self.raw(key))):
            value = words.parse(part)
            if value is None:
                self.note(key, SetupCode.UNKNOWN_WORD, part, words.choices())
            else:
                found.add(value)
        return frozenset(found)

    def yes(self, key: str) -> bool:
        text = word_key(cell_text(self.raw(key)))
        if text not in YES and text not in NO:
            self.note(key, SetupCode.UNKNOWN_WORD, cell_text(self.raw(key)), "是/yes、否/no")
        return text in YES

    def plate(self, key: str) -> str | None:
        text = cell_text(self.raw(key))
        if not text:
            self.note(key, SetupCode.EMPTY)
            return None
        plate = plate_text(text)
        if plate is None:
            self.note(key, SetupCode.NOT_A_PLATE, text)
        return plate

    def phone(self, key: str) -> str | None:
        shown = cell_text(self.raw(key))
        phone = "".join(shown.split())
        if phone.startswith("+86"):
            phone = phone[3:]
        if not phone:
            return None
        if not PHONE.fullmatch(phone):
            self.note(key, SetupCode.BAD_PHONE, shown)
            return None
        return phone

    def resident_id(self, key: str, today: date) -> str | None:
        raw = self.raw(key)
        shown = cell_text(raw)
        if not shown:
            return None
        if excel_mangled(raw):
            self.note(key, SetupCode.RESIDENT_ID_EXCEL_NUMBER, shown)
            return None
        check = validate(shown, today)
        for error in check.errors[:1]:
            if error.code == "length":
                self.note(key, SetupCode.RESIDENT_ID_LENGTH, shown, len(check.value))
            elif error.code == "checksum":
                self.note(key, SetupCode.RESIDENT_ID_CHECKSUM, shown,
                          check_character(check.value[:17]))
            elif error.code in ("future_birth_date", "implausible_birth_date"):
                code = (SetupCode.RESIDENT_ID_FUTURE if error.code == "future_birth_date"
                        else SetupCode.RESIDENT_ID_TOO_OLD)
                self.note(key, code, shown, check.birth_date.isoformat() if check.birth_date else "")
            elif error.code == "birth_date":
                self.note(key, SetupCode.RESIDENT_ID_BIRTH_DATE, shown)
            else:
                self.note(key, SetupCode.RESIDENT_ID_FORMAT, shown)
        return check.value if check.ok else None
