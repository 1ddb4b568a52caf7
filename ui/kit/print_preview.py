"""Print preview for any sheet: the same HTML and Chinese font as the PDF, onto a real printer.

The document comes from controllers.paper.pdf.build_document, so what the preview shows, what
the printer prints and what the PDF holds are one rendering.
"""
from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from controllers.paper.pdf import a4_layout, build_document


class SheetPreviewDialog(QPrintPreviewDialog):
    """A preview that holds its printer: QPrintPreviewDialog only borrows the one it is given,
    and a printer freed under an open preview crashes it."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.held_printer = printer


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> SheetPreviewDialog:
    """A preview of `html` on A4; the caller shows it (exec) or a test inspects it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setDocName(title)
    dialog = SheetPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)

    def paint(target: QPrinter) -> None:
        document = build_document(html)
        size = target.pageLayout().paintRect(QPageLayout.Unit.Point).size()
        document.setPageSize(QSizeF(size.width(), size.height()))
        document.print_(target)

    dialog.paintRequested.connect(paint)
    return dialog
