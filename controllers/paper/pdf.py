"""HTML → QTextDocument → QPdfWriter, with a Chinese font whose PDF text layer reads back.

Shared by every printed sheet (knock lists, transfer sheets …). Qt writes Noto CJK's glyphs into
the PDF text layer as CJK radicals (the page looks right, search and copy break), so the font is
picked from a preference list that leaves Noto out; WenQuanYi Micro Hei, Microsoft YaHei and
SimSun give a correct text layer.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

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
