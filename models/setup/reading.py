"""Opening a district workbook: which of its tabs are which sheet, which column is which, and
whether it is a district workbook at all.

A file of another shape is refused before any row is read, saying what it looks like (a
community register given to `setup import`, a validation report, a workbook of other sheets).
The zip is checked the register import's way (models/importing/readers.py) before calamine
parses it. Row numbers are the spreadsheet's own (the header row is 1), so a problem points at
the line the person sees.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.importing.columns import guess_mapping
from models.importing.errors import UnreadableFile
from models.importing.readers import check_zip
from models.importing.text_files import first_line
from models.importing.validate import cell_text
from models.setup.problems import SetupCode, SetupProblem, WrongShape
from models.setup.refusals import SetupRefusal
from models.setup.sheets import (
    DISTRICT_CODE,
    DISTRICT_NAME,
    SHEETS,
    SheetSpec,
    column_for,
    is_instructions,
    sheet_named,
)
from models.setup.words import word_key

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
REGISTER_SUFFIXES = (".csv", ".txt")
REPORT_MARKS = frozenset(word_key(h) for h in ("行 Row", "问题 Problem", "工作表 Sheet"))
MAX_ROWS = 50_000          # a district has a few thousand master rows, not a register's million
Cell = Any


@dataclass
class RawSheet:
    spec: SheetSpec
    name: str                                    # the tab's name as in the workbook
    columns: dict[str, tuple[int, str]]          # column key → (index, header as written)
    rows: list[tuple[int, list[Cell]]]           # (spreadsheet row, cells), blank rows left out
    usable: bool = True                          # False when a column is missing or doubled


@dataclass
class WorkbookFile:
    path: Path
    sheets: dict[str, RawSheet] = field(default_factory=dict)     # by SheetSpec.key
    district_name: str = ""
    district_code: str = ""
    instructions: str = "说明"
    problems: list[SetupProblem] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(sheet.rows) for sheet in self.sheets.values())


def _unreadable(path: Path | str, error: BaseException) -> WrongShape:
    return WrongShape(f"{Path(path).name} cannot be read as a spreadsheet ({error})",
                      SetupRefusal.UNREADABLE, str(error))


def _grid(workbook: Any, name: str) -> list[list[Cell]]:
    """A tab's cells; a damaged tab is the file's refusal (calamine raises its own family for
    every kind of damage, and a Rust panic, which is a BaseException)."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        height = sheet.height
        if height <= MAX_ROWS:
            return [list(row) for row in sheet.to_python(skip_empty_area=False)]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:
        raise _unreadable(name, error) from error
    raise WrongShape(f"{name} has {height:,} rows: a district workbook has a few thousand",
                     SetupRefusal.UNKNOWN_SHAPE, name)


def _headers(row: list[Cell]) -> list[str]:
    return [cell_text(cell) for cell in row]


def _refuse_other_shape(path: Path, workbook: Any, names: list[str]) -> WrongShape:
    """What the workbook looks like, when none of its tabs is a district sheet."""
    for name in names:
        grid = _grid(workbook, name)
        first = next((row for row in grid if any(cell_text(c) for c in row)), [])
        headers = [h for h in _headers(first) if h]
        mapping = guess_mapping(headers)
        if "name" in mapping and "resident_id" in mapping:
            return WrongShape(f"{path.name} looks like a community register (columns "
                              f"{', '.join(headers[:6])}): import it with `canvass import`",
                              SetupRefusal.LOOKS_LIKE_REGISTER, "、".join(headers[:6]))
        if REPORT_MARKS & {word_key(h) for h in headers}:
            return WrongShape(f"{path.name} looks like a validation report (sheet {name})",
                              SetupRefusal.LOOKS_LIKE_REPORT, name)
    return WrongShape(f"{path.name} has none of the district workbook's sheets (it has "
                      f"{', '.join(names)})", SetupRefusal.UNKNOWN_SHAPE, "、".join(names))


def _csv_headers(path: Path) -> list[str]:
    """The first line of a CSV file, in its own encoding (as the register's)."""
    return [header.strip() for header in first_line(path) if header.strip()]


def _district(book: WorkbookFile, grid: list[list[Cell]]) -> None:
    names = {word_key(n) for n in DISTRICT_NAME}
    codes = {word_key(n) for n in DISTRICT_CODE}
    for row in grid:
        if len(row) < 2:
            continue
        label = word_key(cell_text(row[0]).split("（")[0].split("(")[0].strip(" ：:*"))
        if label in names:
            book.district_name = cell_text(row[1])
        elif label in codes:
            book.district_code = cell_text(row[1])


def _sheet(book: WorkbookFile, spec: SheetSpec, name: str, grid: list[list[Cell]]) -> RawSheet:
    start = next((i for i, row in enumerate(grid) if any(cell_text(c) for c in row)), 0)
    header_line = start + 1
    headers = _headers(grid[start]) if grid else []
    sheet = RawSheet(spec, name, {}, [])
    for index, header in enumerate(headers):
        if not header:
            continue
        column = column_for(spec, header)
        if column is None:
            book.problems.append(SetupProblem(name, header_line, header, SetupCode.UNKNOWN_COLUMN))
        elif column.key in sheet.columns:
            book.problems.append(SetupProblem(name, header_line, header,
                                              SetupCode.DUPLICATE_COLUMN))
            sheet.usable = False
        else:
            sheet.columns[column.key] = (index, header)
    for column in spec.columns:
        if column.key not in sheet.columns and not column.optional:
            book.problems.append(SetupProblem(name, header_line, column.chinese,
                                              SetupCode.MISSING_COLUMN))
            sheet.usable = False
    for offset, row in enumerate(grid[start + 1:], header_line + 1):
        if any(cell_text(cell) for cell in row):
            sheet.rows.append((offset, row))
    return sheet


def read_workbook(path: Path | str) -> WorkbookFile:
    """Open `path` and sort its tabs; WrongShape or UnreadableFile when it is not a district
    workbook. Problems of the sheets' headers are on the returned workbook."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file():
        raise WrongShape(f"{path} does not exist or is not a file", SetupRefusal.NO_FILE, str(path))
    suffix = path.suffix.lower()
    if suffix in REGISTER_SUFFIXES:
        headers = _csv_headers(path)
        if {"name", "resident_id"} <= set(guess_mapping(headers)):
            raise WrongShape(f"{path.name} looks like a community register (columns "
                             f"{', '.join(headers[:6])}): import it with `canvass import`",
                             SetupRefusal.LOOKS_LIKE_REGISTER, "、".join(headers[:6]))
        raise WrongShape(f"{path.name}: the district workbook is an .xlsx file",
                         SetupRefusal.NOT_A_WORKBOOK, suffix)
    if suffix not in SUFFIXES:
        raise WrongShape(f"{path.name}: the district workbook is an .xlsx file",
                         SetupRefusal.NOT_A_WORKBOOK, suffix or path.name)
    try:
        if suffix in (".xlsx", ".xlsm", ".ods"):
            check_zip(path)
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except UnreadableFile as error:
        raise WrongShape(str(error), SetupRefusal.UNREADABLE, str(error)) from error
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:
        raise _unreadable(path, error) from error
    book = WorkbookFile(path)
    known = [(name, sheet_named(name)) for name in names]
    if not any(spec for _, spec in known):
        raise _refuse_other_shape(path, workbook, names)
    for name, spec in known:
        if spec is None:
            if is_instructions(name):
                book.instructions = name
                _district(book, _grid(workbook, name))
            else:
                book.problems.append(SetupProblem(name, 0, "", SetupCode.UNKNOWN_SHEET))
            continue
        if spec.key in book.sheets:
            book.problems.append(SetupProblem(name, 0, "", SetupCode.DUPLICATE_SHEET))
            continue
        book.sheets[spec.key] = _sheet(book, spec, name, _grid(workbook, name))
    book.sheets = {spec.key: book.sheets[spec.key] for spec in SHEETS if spec.key in book.sheets}
    return book
