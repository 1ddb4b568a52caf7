"""Rows out to a file, as .xlsx or CSV, streamed: what every export writes through.

The rows come from an iterator that reads them a page at a time, and each is written as it
comes, so a million-row list never sits in memory. In .xlsx every text is an inline-string cell
(models.importing.xlsx), so Excel cannot turn an ID into 4.20102E+17 or run a name as a formula,
and dates are Excel's date cells: .xlsx is the default. CSV is UTF-8 with a BOM, the only way
Excel shows its Chinese without asking, with dates written the way Excel reads them back as
dates; its text cells pass through models/exporting/csv_cells.py, which keeps a spreadsheet from
running a text that looks like a formula (whoever typed it: a name, an address, a note) and
keeps the columns the caller names as codes (IDs, phones, doors) text. The file appears only
when complete: it is written beside the target and renamed at the end, and a cancelled export
leaves nothing behind.
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.errors import CanvassError
from models.exporting.csv_cells import csv_text
from models.exporting.refusals import ExportRefusal
from models.importing.xlsx import PLANS_KEPT, Share, XlsxWriter

# What a cell of an exported row may hold: text, a number, a share, a date or a moment.
Cell = str | int | float | date | datetime | None
SUFFIXES = (".xlsx", ".csv")
CHECK_EVERY = 500   # rows between two looks at the cancel button (and two progress reports)


class ExportCancelled(CanvassError):
    """The person cancelled: no file was left behind."""


def csv_value(value: Cell, code: bool = False) -> Cell:
    """A cell as CSV holds it: a moment to the minute, a share as a percentage, a text that a
    spreadsheet would run or (in a `code` column) turn into a number neutralised."""
    if isinstance(value, str):
        return csv_text(value, code)
    if isinstance(value, datetime):
        return _csv_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Share):
        return _csv_share(value)
    return value


def _csv_moment(value: datetime) -> str:   # not strftime: it imports `time` at each call
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"


def _csv_share(value: float) -> str:
    return f"{float(value) * 100:.1f}%"


_CSV_CELLS: dict[type, Callable[[Any], Any]] = {
    datetime: _csv_moment, date: date.isoformat, Share: _csv_share}


CSV_TEXTS_KEPT = 4096   # texts kept with their CSV form (a community, a building, a word)
CsvPlan = tuple[list[int], list[int], list[tuple[int, Callable[[Any], Any]]]]


class _CsvRows:
    """Rows out to a csv.writer, each row's cells converted by the kinds of its values: the
    conversions a row needs are looked up once per combination of kinds (most rows of a list
    share one or two), so a number or an empty cell costs nothing, and a text that repeats
    down its column (a community, a building, 是/否) is looked at once."""

    def __init__(self, writer: Any, codes: frozenset[int]) -> None:
        self.writer = writer
        self.codes = codes
        self.plans: dict[tuple[type, ...], CsvPlan] = {}
        self.texts: dict[str, str] = {}    # a text → its cell
        self.coded: dict[str, str] = {}    # a code column's text → its cell

    def plan(self, kinds: tuple[type, ...]) -> CsvPlan:
        """(the text columns, the code columns, the other columns' conversions)."""
        texts: list[int] = []
        codes: list[int] = []
        steps: list[tuple[int, Callable[[Any], Any]]] = []
        for index, kind in enumerate(kinds):
            if kind is str:
                (codes if index in self.codes else texts).append(index)
            elif kind in _CSV_CELLS:
                steps.append((index, _CSV_CELLS[kind]))
            elif kind not in (int, float, bool, type(None)):
                steps.append((index, functools.partial(csv_value, code=index in self.codes)))
        if len(self.plans) >= PLANS_KEPT:
            self.plans.clear()
        plan = self.plans[kinds] = (texts, codes, steps)
        return plan

    def row(self, values: Sequence[Cell]) -> None:
        kinds = tuple(map(type, values))
        plan = self.plans.get(kinds)
        texts, codes, steps = plan if plan is not None else self.plan(kinds)
        cells: list[Any] = list(values)
        kept = self.texts
        for index in texts:
            text = cells[index]
            found = kept.get(text)
            cells[index] = found if found is not None else self._text(kept, text, False)
        kept = self.coded
        for index in codes:
            text = cells[index]
            found = kept.get(text)
            cells[index] = found if found is not None else self._text(kept, text, True)
        for index, convert in steps:
            cells[index] = convert(cells[index])
        self.writer.writerow(cells)

    @staticmethod
    def _text(kept: dict[str, str], text: str, code: bool) -> str:
        if len(kept) >= CSV_TEXTS_KEPT:
            kept.clear()
        found = kept[text] = csv_text(text, code)
        return found


def write_rows(path: Path | str, sheet_name: str, headings: Sequence[str],
               rows: Iterable[Sequence[Cell]],
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               codes: Collection[int] = ()) -> int:
    """Write `rows` under `headings` to `path` (.csv by its suffix, else .xlsx); returns the rows
    written. `progress(rows so far)` and `cancelled()` are asked every CHECK_EVERY rows. `codes`:
    the columns (by position) whose text a spreadsheet must keep as text in a CSV (IDs, phones,
    doors)."""
    path = Path(path)
    kept = frozenset(codes)
    partial = path.with_name(path.name + ".part")
    try:
        if path.suffix.lower() == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([csv_text(text) for text in headings])
                written = _pump(rows, _CsvRows(writer, kept).row, progress, cancelled)
        else:
            with XlsxWriter(partial, sheet_name, list(headings)) as sheet:
                written = _pump(rows, sheet.row, progress, cancelled)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return written


def _pump(rows: Iterable[Sequence[Cell]], write: Callable[[Sequence[Cell]], object],
          progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None) -> int:
    count = 0
    for values in rows:
        write(values)
        count += 1
        if count % CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled("The export was cancelled; no file was written.",
                                      ExportRefusal.CANCELLED)
            if progress is not None:
                progress(count)
    if cancelled is not None and cancelled():
        raise ExportCancelled("The export was cancelled; no file was written.",
                              ExportRefusal.CANCELLED)
    if progress is not None:
        progress(count)
    return count
