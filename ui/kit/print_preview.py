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


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A preview of `html` on A4; the caller shows it (exec) or a test inspects it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.printer_ref = printer  # type: ignore[attr-defined] - kept alive with the dialog

    def paint(target: QPrinter) -> None:
        document = build_document(html)
        size = target.pageLayout().paintRect(QPageLayout.Unit.Point).size()
        document.setPageSize(QSizeF(size.width(), size.height()))
        document.print_(target)

    dialog.paintRequested.connect(paint)
    return dialog
