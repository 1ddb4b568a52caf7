"""The daily report as an A4 PDF: the sentence large, then one table per section, in the
WenQuanYi font so the text layer reads back (controllers/paper/pdf.py)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPageLayout

from controllers.paper.pdf import a4_layout, write_pdf
from controllers.reports.daily_sections import headline, sections, title
from models.reports.daily import DailyReport

STYLE = """
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
p.headline { font-size: 13pt; font-weight: bold; margin: 6pt 0 10pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
table { border-collapse: collapse; }
th { background: #e9edf2; font-weight: bold; }
td.n { text-align: right; }
"""


def report_html(report: DailyReport) -> str:
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title(report))}</h1>",
             f"<p class='headline'>{escape(headline(report))}</p>"]
    for heading, headers, rows in sections(report):
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>")
        # The first column names things (a station, a category): wide enough for a name on
        # one line, so a search for "东湖派出所" finds it in the text layer.
        parts.extend(f"<th{' width=14%' if index == 0 else ''}>{escape(header)}</th>"
                     for index, header in enumerate(headers))
        parts.append("</tr>")
        for row in rows:
            cells = []
            for cell in row:
                numeric = isinstance(cell, (int, float)) or str(cell).endswith("%")
                shown = f"{cell:,}" if isinstance(cell, int) else str(cell)
                attributes = ' class=n' if numeric else ''

                cells.append(f"<td{attributes}>{escape(shown)}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf_report(report: DailyReport, path: Path) -> int:
    """Landscape: the station table has twelve columns."""
    return write_pdf(report_html(report), path, title=title(report),
                     layout=a4_layout(orientation=QPageLayout.Orientation.Landscape))
