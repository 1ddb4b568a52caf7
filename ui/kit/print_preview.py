"""Print preview for any sheet: the same papers, font and page painter as the PDF, onto a real
printer, in the document's own orientation (the duty roster and the daily report are landscape).

The pages come from controllers.paper.pages.paint_papers, so what the preview shows, what the
printer prints and what the PDF holds are one rendering: title and page number on every page.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from controllers.paper.pages import Paper, paint_papers
from controllers.paper.pdf import a4_layout


class SheetPreviewDialog(QPrintPreviewDialog):
    """A preview that holds its printer: QPrintPreviewDialog only borrows the one it is given,
    and a printer freed under an open preview crashes it."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.held_printer = printer


def preview_papers(papers: Sequence[Paper], title: str,
                   parent: QWidget | None = None) -> SheetPreviewDialog:
    """A preview of `papers` on A4 in the first one's orientation; the caller shows it (open)
    or a test inspects it."""
    orientation = papers[0].orientation if papers else QPageLayout.Orientation.Portrait
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout(orientation=orientation))
    printer.setDocName(title)
    dialog = SheetPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)

    def paint(target: QPrinter) -> None:
        paint_papers(papers, target)

    dialog.paintRequested.connect(paint)
    return dialog


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> SheetPreviewDialog:
    """A preview of one portrait document's `html`."""
    return preview_papers([Paper(html, title)], title, parent)
