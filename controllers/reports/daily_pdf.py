"""The daily report as an A4 landscape PDF: the sentence large, then one table per section,
its header repeated on every page it runs onto, the district's line in bold, numbers to the
right. The first column is wide enough for a station's name on one line (a search for
"东湖派出所" finds it in the text layer); the others take the width their words need, so no
header is broken mid-word (controllers/paper/pages.py paints the pages)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from controllers.paper.pages import Orientation, Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.reports.daily_sections import Cell, Section, headline, sections, title
from models.importing.xlsx import Share
from models.reports.daily import DailyReport

STYLE = """
th { background: #e9edf2; font-weight: bold; font-size: 8pt; }
"""


def shown(cell: Cell) -> str:
    """A cell as printed: thousands grouped, a share as a percentage, a missing figure as –."""
    if cell is None:
        return "–"
    if isinstance(cell, Share):
        return f"{float(cell):.1%}"
    if isinstance(cell, int) and not isinstance(cell, bool):
        return f"{cell:,}"
    return str(cell)


def section_html(section: Section) -> str:
    parts = [f"<h2 style='font-size:11pt; margin-top:16px; margin-bottom:4px'>"
             f"{escape(section.title)}</h2>",
             "<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>"]
    parts += [f"<th{f' width={section.label_width}%' if index == 0 else ''}>{escape(header)}</th>"
              for index, header in enumerate(section.headers)]
    parts.append("</tr></thead>")
    for number, row in enumerate(section.rows):
        bold = section.totals and number == len(section.rows) - 1
        cells = []
        for index, cell in enumerate(row):
            text = escape(shown(cell))
            text = f"<b>{text}</b>" if bold else text
            align = (" style='white-space:nowrap'" if index == 0 and isinstance(cell, str)
                     else " align='right'")
            cells.append(f"<td{align}>{text}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def report_html(report: DailyReport) -> str:
    return (f"<html><head><style>{STYLE}</style></head><body>"
            f"<h1 style='font-size:15pt; margin-bottom:4px'>{escape(title(report))}</h1>"
            f"<p style='font-size:13pt; font-weight:bold; margin-bottom:8px'>"
            f"{escape(headline(report))}</p>"
            + "".join(section_html(section) for section in sections(report))
            + "</body></html>")


def report_paper(report: DailyReport) -> Paper:
    """Landscape: the station table has twelve columns."""
    return Paper(report_html(report), title(report), Orientation.Landscape)


def write_pdf_report(report: DailyReport, path: Path) -> int:
    return write_papers_pdf([report_paper(report)], path)
