"""A minimal .xlsx writer over zipfile and XML, streaming rows to disk.

Enough for reports and line lists: one sheet, a bold header row, every cell an inline string
unless it is a number, a date or a share. Text cells are what keep resident IDs safe: Excel shows
an inline-string "420102198001011234" as written, where a number would lose its last three
digits. Dates and times are Excel's own date cells (a serial number with a date format), so a
column of them sorts and filters as dates. Rows are written into the zip member as they come,
so a million-row export never sits in memory.
"""
from __future__ import annotations

import functools
import operator
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
# Style 1: bold (headers). Style 2: the Text number format "@", so a clerk typing into an ID
# cell keeps text too. Styles 3 and 4: a date, a date and time. Style 5: a share as a percentage.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DATE_STYLE, MOMENT_STYLE, SHARE_STYLE = 3, 4, 5
EXCEL_EPOCH = datetime(1899, 12, 30)   # day 0 of Excel's serial dates (after its 1900 leap bug)


class Share(float):
    """A fraction (0.453) shown as a percentage (45.3%): a number Excel can still sum."""


def excel_serial(value: date) -> float:
    """The date or moment as Excel's serial number: days since 1899-12-30, the time a fraction."""
    if isinstance(value, datetime):
        span = (value if value.tzinfo is None else value.replace(tzinfo=None)) - EXCEL_EPOCH
        return round(span.days + span.seconds / 86400, 8)
    return float((value - EXCEL_EPOCH.date()).days)


ROWS_PER_WRITE = 256   # rows joined into one write: the zip member's own cost is per write
# Deflate's fastest level: a 400,000-row list compresses 3x faster than at the default level,
# for a file about a fifth larger.
COMPRESS_LEVEL = 1
_CONTROL = {code: None for code in range(32) if chr(code) not in "\t\n"}
_EMPTY = type(None)   # the kind of a cell left out of the row (None, or a text "")
# Moments whose serial number is kept (about 4 MB): a month of working minutes is 18,000.
SERIALS_KEPT = 32_768


@functools.lru_cache(maxsize=1024)
def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


_LETTERS = tuple(_column_name(index) for index in range(64))


def _clean(text: str) -> str:
    """XML 1.0 forbids most control characters; a register cell may still carry one."""
    return escape(text if text.isprintable() else text.translate(_CONTROL))


def _share(value: Any) -> float:
    return float(value)


# A cell's kind (its value's type) → its XML around a %s for the value's text, and what turns
# the value into that text first (None: the value as %s writes it). A value of any other type
# (an enum, a bool, a decimal) is written as its str(), a text.
_TEXT = ' t="inlineStr" s="2"><is><t xml:space="preserve">%s</t></is></c>'
_HEADING = ' t="inlineStr" s="1"><is><t xml:space="preserve">%s</t></is></c>'   # bold
_CELLS: dict[type, tuple[str, Callable[[Any], Any] | None]] = {
    str: (_TEXT, None), int: ("><v>%s</v></c>", None), float: ("><v>%s</v></c>", None),
    datetime: (f' s="{MOMENT_STYLE}"><v>%s</v></c>', excel_serial),
    date: (f' s="{DATE_STYLE}"><v>%s</v></c>', excel_serial),
    Share: (f' s="{SHARE_STYLE}"><v>%s</v></c>', _share)}
# Plans kept: a list's rows fall into a few combinations of kinds, but a wide list whose cells
# are empty here and there could make many.
PLANS_KEPT = 1024


def _cell_of(kind: type) -> tuple[str, Callable[[Any], Any] | None]:
    """The XML and conversion of a cell of a kind _CELLS does not name: a subclass takes its
    base's (a flag is text, not the number 1)."""
    if issubclass(kind, bool):
        return _TEXT, str
    for base in (datetime, date, int, float):   # a moment is a date: it comes first
        if issubclass(kind, base):
            return _CELLS[base]
    return _TEXT, str


class _RowPlan:
    """How every row whose cells have the same kinds is written: one %-template for the whole
    row, the cells converted first (a date to its serial number, a flag to its text), and the
    text cells, looked at together and escaped only when one of them needs it. A row costs a
    few string operations in C instead of a dozen Python steps a cell."""

    def __init__(self, kinds: tuple[type, ...], text: str = _TEXT,
                 moment: Callable[[Any], Any] = excel_serial) -> None:
        parts = ['<row r="%d">']
        # Where each % of the template takes its value from (number, *values): 0 is the row
        # number, which a cell after a gap names again in its reference.
        layout = [0]
        self.converted: list[tuple[int, Callable[[Any], Any]]] = []   # (position, how)
        self.texts: list[int] = []                                      # positions
        following = 0
        for index, kind in enumerate(kinds):
            if kind is _EMPTY:
                continue
            cell, convert = (text, None) if kind is str else _CELLS.get(kind) or _cell_of(kind)
            # A cell names its column only after an empty one: without a reference a cell is
            # the next column of its row (ECMA-376 §18.3.1.4), and most rows have no gap.
            if index == following:
                parts.append("<c" + cell)
            else:
                letters = _LETTERS[index] if index < len(_LETTERS) else _column_name(index)
                parts.append(f'<c r="{letters}%d"' + cell)
                layout.append(0)
            if cell is text:
                self.texts.append(len(layout))
            if convert is excel_serial and kind is datetime:
                convert = moment
            if convert is not None:
                self.converted.append((len(layout), convert))
            layout.append(index + 1)
            following = index + 1
        parts.append("</row>")
        self.template = "".join(parts)
        # The template's values out of (number, *values), and its texts out of those: one C
        # call each.
        self.pick: Callable[[Sequence[Any]], Sequence[Any]] = _getter(layout)
        self.pick_texts: Callable[[Sequence[Any]], Sequence[str]] = _getter(self.texts)

    def line(self, number: int, values: Sequence[Any]) -> str:
        """The row's XML."""
        args = self.pick((number, *values))
        if self.converted:
            args = list(args)
            for position, convert in self.converted:
                args[position] = convert(args[position])
        texts = "".join(self.pick_texts(args))
        if "&" in texts or "<" in texts or ">" in texts or not texts.isprintable():
            args = list(args)
            for position in self.texts:
                args[position] = _clean(args[position])
        return self.template % tuple(args)


def _getter(positions: list[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """What picks these positions out of a sequence, as a tuple (itemgetter gives a bare
    value for a single position)."""
    if len(positions) > 1:
        return operator.itemgetter(*positions)
    return lambda values: tuple(values[position] for position in positions)


class XlsxWriter:
    """with XlsxWriter(path, "sheet", headers) as sheet: sheet.row([...])"""

    def __init__(self, path: Path | str, sheet_name: str, headers: list[str]) -> None:
        self.path = Path(path)
        self.sheet_name = sheet_name[:31]
        self.headers = headers
        self.rows_written = 0
        self._zip: zipfile.ZipFile | None = None
        self._sheet: IO[bytes] | None = None
        self._pending: list[str] = []
        self._plans: dict[tuple[type, ...], _RowPlan] = {}
        self._serials: dict[datetime, str] = {}

    def __enter__(self) -> XlsxWriter:
        self._zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED,
                                    compresslevel=COMPRESS_LEVEL)
        self._zip.writestr("[Content_Types].xml", CONTENT_TYPES)
        self._zip.writestr("_rels/.rels", ROOT_RELS)
        self._zip.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        self._zip.writestr("xl/styles.xml", STYLES)
        self._zip.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{_clean(self.sheet_name)}" sheetId="1" r:id="rId1"/></sheets>'
            '</workbook>'))
        self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._sheet.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                          f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
        self.rows_written = 1
        bold = _RowPlan(tuple(_EMPTY if text is None or text == "" else str
                              for text in self.headers), _HEADING)
        self._pending.append(bold.line(1, [None if text is None else str(text)
                                           for text in self.headers]))
        return self

    def _moment(self, value: datetime) -> str:
        """A moment's serial number as the cell writes it, kept: times repeat down a list (a
        day's visits fall on a few hundred minutes), and a float's shortest digits cost more
        than the rest of its cell."""
        if value.tzinfo is not None:
            return repr(excel_serial(value))
        found = self._serials.get(value)
        if found is None:
            if len(self._serials) >= SERIALS_KEPT:
                self._serials.clear()
            found = self._serials[value] = repr(excel_serial(value))
        return found

    def row(self, values: Sequence[Any]) -> None:
        """Write the next row: None and "" leave a cell empty, a number is a number, a date or
        a moment a date cell, a Share a percentage, anything else a text."""
        self.rows_written += 1
        kinds = tuple(map(type, values))
        if "" in values:   # an empty text is no cell, as None is
            kinds = tuple([_EMPTY if value == "" else kind for value, kind in zip(values, kinds)])
        plan = self._plans.get(kinds)
        if plan is None:
            if len(self._plans) >= PLANS_KEPT:
                self._plans.clear()
            plan = self._plans[kinds] = _RowPlan(kinds, moment=self._moment)
        self._pending.append(plan.line(self.rows_written, values))
        if len(self._pending) >= ROWS_PER_WRITE:
            self._flush()

    def _flush(self) -> None:
        assert self._sheet is not None
        self._sheet.write("".join(self._pending).encode())
        self._pending.clear()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        assert self._zip is not None and self._sheet is not None
        self._flush()
        self._sheet.write(b"</sheetData></worksheet>")
        self._sheet.close()
        self._zip.close()
        if kind is not None:
            self.path.unlink(missing_ok=True)
