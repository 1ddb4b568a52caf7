"""Reading register files row by row: CSV in whatever encoding Chinese Excel wrote, .xlsx/.xls.

Text files stream (models/importing/text_files.py): one encoding and one delimiter for the whole
file, each line decoded strictly, so a file that mixes encodings is refused naming its row.

Spreadsheets go through python-calamine, which reads a sheet whole, so an .xlsx is checked before
it is parsed: a zip whose members would expand past MAX_UNCOMPRESSED_BYTES or by more than
MAX_COMPRESSION_RATIO (a zip bomb) is refused in the time it takes to read its directory. Every
reader also stops at MAX_ROWS and at a wall-clock deadline, so no file can hang an import.

Rows are numbered as the sheet numbers them, whichever row holds the column names: a register
often has a title (永清社区居民花名册) and a blank row above them. The caller names the header
row, or it is found (models/importing/columns.py header_row_among): row 1 unless it names no
register field and exactly one row below it does. A file with column names and no row under
them is refused when it is opened (or, past PEEK_ROWS blank rows, when its rows run out), so a
header-only file never "imports" nothing and says it went well.
"""
from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.importing.columns import HEADER_SCAN, header_row_among
from models.importing.errors import UnreadableFile
from models.importing.refusals import ImportRefusal
from models.importing.text_files import CHUNK, sniff_delimiter, text_encoding, text_rows

PEEK_ROWS = 1000        # blank rows read past the column names to find the first filled one
MAX_ROWS = 2_000_000
MAX_UNCOMPRESSED_BYTES = 1 << 30          # 1 GiB of sheet XML is ~5 million register rows
MAX_COMPRESSION_RATIO = 200               # real sheets compress 5-30x; bombs 1000x and more
MAX_FILE_BYTES = 2 << 30
PARSE_SECONDS = 600.0
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")   # .txt: Excel's "Unicode text"

Cell = Any   # str, int, float, bool, date/datetime or None (what calamine gives)
Rows = Iterator[tuple[int, list[Cell]]]


@dataclass
class RegisterFile:
    """An opened register: its column names (on sheet row `header_row`) and an iterator over
    the data rows below them (1-based row numbers as a spreadsheet shows them, so a report
    points at the right line)."""
    path: Path
    headers: list[str]
    rows: Rows
    encoding: str = ""
    progress: Callable[[], float] = field(default=lambda: 0.0)   # share of the file read, 0..1
    header_row: int = 1


def _header(cells: list[Cell]) -> list[str]:
    return ["" if cell is None else str(cell).strip() for cell in cells]


def split_header(path: Path, rows: Rows, header_row: int | None) -> tuple[int, list[str], Rows]:
    """(the header row's number, its names, the rows below it). `header_row` None: found among
    the first HEADER_SCAN rows. A header row the file does not reach is refused."""
    first: list[tuple[int, list[Cell]]] = []
    wanted = header_row if header_row is not None else HEADER_SCAN
    for item in rows:
        first.append(item)
        if item[0] >= wanted:
            break
    if not first:
        raise UnreadableFile(f"{path.name} is empty.", ImportRefusal.EMPTY_FILE)
    if header_row is None:
        header_row = header_row_among([(number, _header(cells)) for number, cells in first])
    found = next((cells for number, cells in first if number == header_row), None)
    if found is None:
        raise UnreadableFile(f"{path.name} has no row {header_row}.",
                             ImportRefusal.NO_HEADER_ROW, row=header_row)
    below = [item for item in first if item[0] > header_row]
    if not any(filled(cells) for _number, cells in below):
        for item in rows:
            below.append(item)
            if filled(item[1]) or len(below) >= PEEK_ROWS:
                break
        else:
            raise _no_data(path, header_row)
    found_row = header_row

    def data() -> Rows:
        seen = False
        for item in below:
            seen = seen or filled(item[1])
            yield item
        for item in rows:
            seen = seen or filled(item[1])
            yield item
        if not seen:
            raise _no_data(path, found_row)
    return header_row, _header(found), data()


def filled(cells: list[Cell]) -> bool:
    """Does the row hold anything (a cell not empty or blank)?"""
    return any(cell is not None and (not isinstance(cell, str) or cell.strip()) for cell in cells)


def _no_data(path: Path, header_row: int) -> UnreadableFile:
    return UnreadableFile(f"{path.name} has column names on row {header_row} and no rows under "
                          "them; nothing was imported.", ImportRefusal.NO_DATA_ROWS, row=header_row)


def _deadline_rows(rows: Iterator[tuple[int, list[Cell]]], seconds: float,
                   max_rows: int) -> Iterator[tuple[int, list[Cell]]]:
    deadline = time.monotonic() + seconds
    for count, item in enumerate(rows, 1):
        if count > max_rows:
            raise UnreadableFile(f"The file has more than {max_rows:,} rows: split it by "
                                 "community and import the parts.", ImportRefusal.TOO_MANY_ROWS)
        if count % 1000 == 0 and time.monotonic() > deadline:
            raise UnreadableFile(f"Reading the file took longer than {seconds:.0f} s; "
                                 "nothing was imported.", ImportRefusal.TOO_SLOW)
        yield item


class _CountingFile(io.RawIOBase):
    """A binary file that counts the bytes read, so a streaming reader can report progress."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("rb")
        self.read_bytes = 0
        self.size = max(path.stat().st_size, 1)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.handle.readinto(buffer)
        self.read_bytes += count or 0
        return count or 0

    def close(self) -> None:
        self.handle.close()
        super().close()


def open_csv(path: Path, seconds: float = PARSE_SECONDS, max_rows: int = MAX_ROWS,
             header_row: int | None = None) -> RegisterFile:
    encoding = text_encoding(path)
    delimiter = sniff_delimiter(path, encoding)
    counting = _CountingFile(path)
    rows = text_rows(path, io.BufferedReader(counting, CHUNK), encoding, delimiter)
    number, headers, rows = split_header(path, _deadline_rows(rows, seconds, max_rows), header_row)
    return RegisterFile(path, headers, rows, encoding.label,
                        lambda: counting.read_bytes / counting.size, number)


def check_zip(path: Path, max_bytes: int = MAX_UNCOMPRESSED_BYTES,
              max_ratio: float = MAX_COMPRESSION_RATIO) -> None:
    """Refuse a zip bomb from its directory alone: total expanded size and expansion ratio."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableFile(f"{path.name} is not a readable .xlsx file ({error}).",
                             ImportRefusal.BAD_SPREADSHEET) from error
    expanded = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if expanded > max_bytes:
        raise UnreadableFile(
            f"{path.name} would expand to {expanded / 2**20:,.0f} MiB, more than any register "
            f"({max_bytes / 2**20:,.0f} MiB); it was not opened.", ImportRefusal.ZIP_BOMB)
    for member in members:
        if member.compress_size and member.file_size / member.compress_size > max_ratio \
                and member.file_size > 10 * 2**20:
            raise UnreadableFile(
                f"{path.name} is compressed {member.file_size // member.compress_size}x, which "
                "no real register is (a zip bomb?); it was not opened.", ImportRefusal.ZIP_BOMB)
    if packed and expanded / packed > max_ratio and expanded > 10 * 2**20:
        raise UnreadableFile(f"{path.name} is compressed {expanded // packed}x; it was not opened.",
                             ImportRefusal.ZIP_BOMB)


def open_spreadsheet(path: Path, seconds: float = PARSE_SECONDS,
                     max_rows: int = MAX_ROWS, header_row: int | None = None) -> RegisterFile:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        check_zip(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # calamine's own family, and a Rust panic (a BaseException)
        raise UnreadableFile(f"{path.name} cannot be read as a spreadsheet ({error}).",
                             ImportRefusal.BAD_SPREADSHEET) from error
    if sheet.height > max_rows + 1:
        raise UnreadableFile(f"The sheet has {sheet.height:,} rows, more than {max_rows:,}: "
                             "split it by community.", ImportRefusal.TOO_MANY_ROWS)
    position = [1]

    def numbered() -> Rows:
        # iter_rows starts at the sheet's row 1 (leading empty rows included), so the count
        # from 1 is the row number the sheet shows.
        for number, row in enumerate(sheet.iter_rows(), 1):
            position[0] = number
            yield number, list(row)
    height = max(sheet.total_height, 1)
    number, headers, rows = split_header(
        path, _deadline_rows(numbered(), seconds, max_rows), header_row)
    return RegisterFile(path, headers, rows, "xlsx", lambda: position[0] / height, number)


def open_register(path: Path | str, seconds: float = PARSE_SECONDS,
                  max_rows: int = MAX_ROWS, header_row: int | None = None) -> RegisterFile:
    """Open a register file by its suffix, its column names on `header_row` (None: found);
    UnreadableFile with a plain message otherwise."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"{path} does not exist or is not a file.", ImportRefusal.NO_FILE)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(f"{path.name} is larger than {MAX_FILE_BYTES >> 30} GiB.",
                             ImportRefusal.FILE_TOO_LARGE)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return open_spreadsheet(path, seconds, max_rows, header_row)
    if suffix in CSV_SUFFIXES:
        return open_csv(path, seconds, max_rows, header_row)
    raise UnreadableFile(f"{path.name}: only .csv, .xlsx and .xls registers can be imported.",
                         ImportRefusal.UNKNOWN_FORMAT)

