"""HTML → QTextDocument → QPdfWriter, with a Chinese font whose PDF text layer reads back.

Shared by every printed sheet (knock lists, transfer sheets …). Qt writes Noto CJK's glyphs into
the PDF text layer as CJK radicals (the page looks right, search and copy break), so the font is
picked from a preference list that leaves Noto out; WenQuanYi Micro Hei, Microsoft YaHei and
SimSun give a correct text layer.

`paint_pages` puts several documents onto one paged device (a PDF writer or a printer), each
from a new page, saying after each one how far it is: a batch of sheets is one file or one
print job, with progress, and a cancel between two sheets.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

PREFERRED_FONTS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimSun",
                   "PingFang SC", "Source Han Sans SC")
AVOIDED_FONTS = ("Noto Sans CJK", "Noto Serif CJK")
DEFAULT_MARGINS_MM = 12.0
DEFAULT_POINT_SIZE = 10.0
RESOLUTION_DPI = 300


def ensure_gui_application() -> QCoreApplication:
    """Fonts and PDF writing need a QGuiApplication; the command line starts one offscreen."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["canvass"])
    return app


def chinese_font_family() -> str:
    """The first installed family of PREFERRED_FONTS; else any family that is not Noto CJK."""
    families = QFontDatabase.families()
    for wanted in PREFERRED_FONTS:
        if wanted in families:
            return wanted
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for family in chinese:
        if not family.startswith(AVOIDED_FONTS):
            return family
    return QFont().defaultFamily()


def build_document(html: str, point_size: float = DEFAULT_POINT_SIZE) -> QTextDocument:
    """The document every sheet prints from: the chosen Chinese font, the given HTML."""
    ensure_gui_application()
    document = QTextDocument()
    font = QFont(chinese_font_family())
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def a4_layout(margins_mm: float = DEFAULT_MARGINS_MM,
              orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                       QPageLayout.Unit.Millimeter)


def write_pdf(html: str, path: Path, *, title: str = "",
              layout: QPageLayout | None = None) -> int:
    """Render `html` to an A4 PDF at `path`; returns the number of pages. OSError if the file
    cannot be written (nothing is left half-written under the final name)."""
    document = build_document(html)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(layout or a4_layout())
    writer.setTitle(title)
    writer.setCreator("Canvass")
    size = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    document.setPageSize(QSizeF(size.width(), size.height()))
    pages = document.pageCount()
    document.print_(writer)
    del writer  # closes the file
    if not partial.exists():
        raise OSError(f"could not write {path}")
    partial.replace(path)
    return pages


Progress = Callable[[int, int], None]   # (done, total); may raise to stop between two documents


def paint_pages(htmls: Sequence[str], device: QPagedPaintDevice,
                progress: Progress | None = None) -> int:
    """Each of `htmls` as a document starting on a new page of `device`, with one painter: what
    QTextDocument.print_ does for one paginated document (scaled from the page in points to the
    device's paint rectangle, each page clipped to its slice), for many. Returns the page count;
    OSError when the device cannot be painted on (a printer gone, a file not writable)."""
    size = device.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    width, height = size.width(), size.height()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file cannot be written")
    pages = 0
    try:
        painter.scale(device.width() / width, device.height() / height)
        for done, html in enumerate(htmls):
            document = build_document(html)
            document.setPageSize(QSizeF(width, height))
            layout = document.documentLayout()
            for page in range(document.pageCount()):
                if pages and not device.newPage():
                    raise OSError("the printer refused a new page")
                painter.save()
                painter.translate(0, -page * height)
                view = QRectF(0, page * height, width, height)
                painter.setClipRect(view)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = view
                context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
                layout.draw(painter, context)
                painter.restore()
                pages += 1
            if progress is not None:
                progress(done + 1, len(htmls))
    finally:
        painter.end()
    return pages


def write_pages_pdf(htmls: Sequence[str], path: Path, *, title: str = "",
                    progress: Progress | None = None) -> int:
    """`paint_pages` into an A4 PDF at `path`, written under a temporary name and renamed once
    whole (a cancelled or failed batch leaves no half file)."""
    ensure_gui_application()
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(a4_layout())
    writer.setTitle(title)
    writer.setCreator("Canvass")
    try:
        pages = paint_pages(htmls, writer, progress)
    except BaseException:
        del writer
        partial.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    if not partial.exists():
        raise OSError(f"could not write {path}")
    partial.replace(path)
    return pages
