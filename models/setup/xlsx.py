"""A workbook of several sheets, for the district workbook and its template.

The register report's writer (models/importing/xlsx.py) streams one sheet; a district workbook
is a few thousand rows over nine sheets, so this one builds each sheet in memory and shares
that writer's styles and cell rules: text as inline strings in the Text number format (a
resident ID or a code like 0101 stays as typed, also when a clerk types into an empty cell of
the column), numbers as numbers, the header row bold and frozen, column widths for the eye.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.importing.xlsx import MAIN, ROOT_RELS, STYLES, _clean, _column_name

RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
TEXT_STYLE, BOLD_STYLE = 2, 1


@dataclass
class Sheet:
    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]] = field(default_factory=list)
    widths: Sequence[int] = ()


def _cell(ref: str, value: Any, style: int) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return (f'<c r="{ref}" t="inlineStr" s="{style}"><is><t xml:space="preserve">'
            f'{_clean(str(value))}</t></is></c>')


def _sheet_xml(sheet: Sheet) -> str:
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">']
    parts.append('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                 'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>')
    if sheet.widths:
        # Every column is Text for what a clerk types into it: a code 0101 stays 0101, an ID
        # keeps its digits; numbers typed as text are read as numbers all the same.
        parts.append("<cols>" + "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1" style="{TEXT_STYLE}"/>'
            for i, width in enumerate(sheet.widths, 1)) + "</cols>")
    parts.append("<sheetData>")
    for number, values in enumerate([sheet.headers, *sheet.rows], 1):
        style = BOLD_STYLE if number == 1 else TEXT_STYLE
        cells = "".join(_cell(f"{_column_name(index)}{number}", value, style)
                        for index, value in enumerate(values) if value is not None and value != "")
        parts.append(f'<row r="{number}">{cells}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts)


def write_workbook(path: Path | str, sheets: Iterable[Sheet]) -> Path:
    """Write the sheets to `path`, beside it first and renamed at the end, so a failed write
    leaves no half a workbook behind."""
    path = Path(path)
    sheets = list(sheets)
    partial = path.with_name(f".{path.name}.partial")
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{SHEET_TYPE}"/>'
                        for n in range(1, len(sheets) + 1))
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
                'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType='
                '"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                f'{overrides}</Types>'))
            archive.writestr("_rels/.rels", ROOT_RELS)
            archive.writestr("xl/_rels/workbook.xml.rels", (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                f'xmlns="{PACKAGE_RELS}">' + "".join(
                    f'<Relationship Id="rId{n}" Type="{RELATIONSHIPS}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(sheets) + 1))
                + f'<Relationship Id="rId{len(sheets) + 1}" Type="{RELATIONSHIPS}/styles" '
                  'Target="styles.xml"/></Relationships>'))
            archive.writestr("xl/styles.xml", STYLES)
            archive.writestr("xl/workbook.xml", (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" '
                f'xmlns:r="{RELATIONSHIPS}"><sheets>' + "".join(
                    f'<sheet name="{_clean(sheet.name[:31])}" sheetId="{n}" r:id="rId{n}"/>'
                    for n, sheet in enumerate(sheets, 1)) + "</sheets></workbook>"))
            for n, sheet in enumerate(sheets, 1):
                archive.writestr(f"xl/worksheets/sheet{n}.xml", _sheet_xml(sheet))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
