"""The daily report as one worksheet: the sentence on top, then each section under its title,
a blank row between (models/importing/xlsx.py writes one sheet, streamed). Figures are number
cells (a coverage a percentage-formatted share, a missing response time an empty cell), so a
clerk can sum and chart them."""
from __future__ import annotations

from pathlib import Path

from controllers.reports.daily_sections import headline, sections, title
from models.importing.xlsx import XlsxWriter
from models.reports.daily import DailyReport


def write_xlsx_report(report: DailyReport, path: Path) -> int:
    """Returns the rows written."""
    with XlsxWriter(path, title(report)[:31], [title(report)]) as sheet:
        sheet.row([headline(report)])
        for section in sections(report):
            sheet.row([])
            sheet.row([section.title])
            sheet.row(section.headers)
            for row in section.rows:
                sheet.row(row)
        return sheet.rows_written
