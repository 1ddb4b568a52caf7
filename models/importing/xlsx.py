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
import zipfile
from collections.abc import Iterable
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
# Texts repeat down a column (a community's name, a building, 是/否): each is written out once.
CELLS_KEPT = 4096
_CONTROL = {code: None for code in range(32) if chr(code) not in "\t\n"}


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
        self._cells: dict[str, str] = {}

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
        self._write(self.headers, style=1)
        return self

    def _text_cell(self, value: str) -> str:
        """A text cell after its `<c` and reference: kept, since texts repeat down a column."""
        cell = self._cells.get(value)
        if cell is None:
            cell = f' t="inlineStr" s="2"><is><t xml:space="preserve">{_clean(value)}</t></is></c>'
            if len(self._cells) >= CELLS_KEPT:
                self._cells.clear()
            self._cells[value] = cell
        return cell

    def _write(self, values: Iterable[Any], style: int = 0) -> None:
        assert self._sheet is not None
        self.rows_written += 1
        number = self.rows_written
        cells: list[str] = []
        add = cells.append
        kept = self._cells.get
        # A cell names its column only after an empty one: without a reference a cell is the
        # next column of its row (ECMA-376 §18.3.1.4), and most rows have no gap.
        following = 0
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            kind = type(value)
            if style:
                body = (f' t="inlineStr" s="{style}"><is><t xml:space="preserve">'
                        f'{_clean(str(value))}</t></is></c>')
            elif kind is str:   # most cells: straight to an inline string
                body = kept(value) or self._text_cell(value)
            elif kind is int or kind is float:
                body = f'><v>{value}</v></c>'
            elif kind is datetime:
                body = f' s="{MOMENT_STYLE}"><v>{excel_serial(value)}</v></c>'
            elif isinstance(value, Share):
                body = f' s="{SHARE_STYLE}"><v>{float(value)}</v></c>'
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                body = f'><v>{value}</v></c>'
            elif isinstance(value, date):
                style_of = MOMENT_STYLE if isinstance(value, datetime) else DATE_STYLE
                body = f' s="{style_of}"><v>{excel_serial(value)}</v></c>'
            else:
                body = self._text_cell(str(value))
            if index == following:
                add("<c" + body)
            else:
                letters = _LETTERS[index] if index < len(_LETTERS) else _column_name(index)
                add(f'<c r="{letters}{number}"' + body)
            following = index + 1
        self._pending.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(self._pending) >= ROWS_PER_WRITE:
            self._flush()

    def _flush(self) -> None:
        assert self._sheet is not None
        self._sheet.write("".join(self._pending).encode())
        self._pending.clear()

    def row(self, values: Iterable[Any]) -> None:
        self._write(values)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        assert self._zip is not None and self._sheet is not None
        self._flush()
        self._sheet.write(b"</sheetData></worksheet>")
        self._sheet.close()
        self._zip.close()
        if kind is not None:
            self.path.unlink(missing_ok=True)
