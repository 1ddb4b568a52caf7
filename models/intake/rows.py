"""Checking one row of a contact-tracing list: who it names, to which case they were exposed and
when, in words a contact-tracing clerk can fix in Excel.

A row must give some way to find the person: a resident ID, or a name with a phone or an
address. Resident IDs are checked as the register import checks them (an ID Excel turned into a
number is refused, never "repaired"); the date of last contact may be a date cell, 2020-02-10,
2020/2/10, 2020年2月10日, 2月10日 (this year) or 20200210.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from models.cases.contacts import check_last_exposure
from models.cases.workflow import CaseMoveRefused
from models.enums import Sex
from models.importing.names import name_fault, spelled_name
from models.importing.readers import Cell
from models.importing.validate import cell_text, excel_mangled, quick_check
from models.intake.columns import Mapping
from models.intake.problems import IntakeCode, IntakeProblem
from models.register.person_fields import MAX_NAME, PHONE
from models.register.resident_id import validate

RELATION_LIMIT = 32          # ContactLink.relation
EXCEL_EPOCH = date(1899, 12, 30)
_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?$")
_DIGITS = re.compile(r"^\d{8}$")
_CASE_NUMBER = re.compile(r"^(?:#|No\.?|病例)?\s*(\d{1,12})$", re.IGNORECASE)
# RowChecker.check's note-taker, handed to the checks of single cells: (field, code, *values).
Note = Callable[..., None]


@dataclass(frozen=True)
class ContactRow:
    """A row that names someone: its values, normalised."""
    row: int
    name: str
    resident_id: str | None
    sex: Sex | None
    birth_date: date | None
    phone: str | None
    address: str
    community: str
    relation: str
    last_contact: date | None
    source_case: int | None


def read_date(value: Cell, today: date) -> date | None:
    """A date as contact lists write it; None for an empty cell, ValueError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20_000 < value < 80_000:          # an Excel serial day, 1954 to 2119
            return EXCEL_EPOCH + timedelta(days=int(value))
        text = cell_text(value)
    else:
        text = cell_text(value)
    if not text:
        return None
    if _DIGITS.match(text):
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    found = _FULL_DATE.match(text)
    if found:
        return date(int(found[1]), int(found[2]), int(found[3]))
    found = _MONTH_DAY.match(text)
    if found:
        return date(today.year, int(found[1]), int(found[2]))
    raise ValueError(text)


def read_case_number(value: Cell) -> int | None:
    """A case's number as written in a list (12, "12", "#12", "病例12"); None when empty."""
    text = cell_text(value)
    if not text:
        return None
    found = _CASE_NUMBER.match(text)
    if found is None:
        raise ValueError(text)
    return int(found[1])


@dataclass
class RowChecker:
    """Checks rows one by one; `source_case` is the case every row was exposed to unless the
    list names one per row."""
    headers: list[str]
    mapping: Mapping
    today: date
    source_case: int | None = None
    seen: dict[tuple[str, int | None], int] = field(default_factory=dict)

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.headers[index] if index is not None and index < len(self.headers) else ""

    def name_of(self, cells: list[Cell]) -> str:
        """The row's name as written, for a row refused before it was read whole."""
        return cell_text(self._raw(cells, "name"))[:64]

    def _raw(self, cells: list[Cell], name: str) -> Cell:
        index = self.mapping.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def check(self, number: int, cells: list[Cell]) -> tuple[ContactRow | None, list[IntakeProblem]]:
        """(the row, its notes) when it may be taken, else (None, its problems); an empty row
        gives (None, [])."""
        if all(cell_text(cell) == "" for cell in cells):
            return None, []
        problems: list[IntakeProblem] = []

        def problem(name: str, code: IntakeCode, *values: object) -> None:
            problems.append(IntakeProblem(number, self.column(name), code,
                                          tuple(str(v) for v in values)))

        name = spelled_name(cell_text(self._raw(cells, "name")))
        if len(name) > MAX_NAME or (name and name_fault(name) is not None):
            problem("name", IntakeCode.NAME_INVALID, name)   # as the register import's names
        resident_id, sex, birth = self._resident_id(cells, problem)
        phone = "".join(cell_text(self._raw(cells, "phone")).replace("-", " ").split())
        phone = phone[3:] if phone.startswith("+86") else phone
        if phone and not PHONE.fullmatch(phone):
            problem("phone", IntakeCode.PHONE_INVALID, cell_text(self._raw(cells, "phone")))
        address = cell_text(self._raw(cells, "address"))[:200]
        if not resident_id and not (name and (phone or address)) and not problems:
            problem("", IntakeCode.NO_IDENTITY)
        last = self._last_contact(cells, problem)
        source = self._source(cells, problem)
        if any(p.blocking for p in problems):
            return None, problems
        key = (resident_id or f"{name}\x1f{phone or address}", source)
        first = self.seen.setdefault(key, number)
        if first != number:
            problem("", IntakeCode.DUPLICATE_IN_FILE, first)
        return ContactRow(number, name, resident_id or None, sex, birth, phone or None, address,
                          cell_text(self._raw(cells, "community")),
                          cell_text(self._raw(cells, "relation"))[:RELATION_LIMIT], last,
                          source), problems

    def _resident_id(self, cells: list[Cell], problem: Note
                     ) -> tuple[str, Sex | None, date | None]:
        raw = self._raw(cells, "resident_id")
        if cell_text(raw) == "":
            return "", None, None
        if excel_mangled(raw):
            problem("resident_id", IntakeCode.RESIDENT_ID_EXCEL_NUMBER, str(raw))
            return "", None, None
        quick = quick_check(raw, self.today)
        if quick is not None:
            return quick
        check = validate(cell_text(raw), self.today)
        if not check.ok:
            problem("resident_id", IntakeCode(f"resident_id_{check.errors[0].code}"), str(raw))
            return "", None, None
        return check.value, check.sex, check.birth_date

    def _last_contact(self, cells: list[Cell], problem: Note) -> date | None:
        raw = self._raw(cells, "last_contact")
        try:
            last = read_date(raw, self.today)
        except ValueError:
            problem("last_contact", IntakeCode.DATE_UNREADABLE, cell_text(raw))
            return None
        try:
            check_last_exposure(last, self.today)
        except CaseMoveRefused:
            problem("last_contact", IntakeCode.CONTACT_IN_FUTURE, last.isoformat() if last else "")
        return last

    def _source(self, cells: list[Cell], problem: Note) -> int | None:
        raw = self._raw(cells, "source_case")
        try:
            given = read_case_number(raw)
        except ValueError:
            problem("source_case", IntakeCode.SOURCE_CASE_UNREADABLE, cell_text(raw))
            return None
        source = self.source_case if self.source_case is not None else given
        if source is None:
            problem("source_case", IntakeCode.NO_SOURCE_CASE)
        return source
