"""Papers into an A4 PDF file: written under a temporary name and renamed once whole, so a
cancelled batch, a failed write or a machine without a Chinese font leaves no half file.

Shared by every printed sheet (transfer sheets, knock lists, duty rosters, the daily report).
The pages themselves (title and page number on each, repeated table headers, QR codes as
vectors) are controllers/paper/pages.py's; the font is controllers/paper/fonts.py's.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from controllers.paper.fonts import chinese_font_family, ensure_gui_application
from controllers.paper.pages import Orientation, Paper, Progress, build_document, paint_papers

__all__ = ["Paper", "PdfFile", "Progress", "a4_layout", "build_document", "chinese_font_family",
           "ensure_gui_application", "write_papers_pdf", "write_pdf"]

DEFAULT_MARGINS_MM = 12.0
RESOLUTION_DPI = 300


def a4_layout(margins_mm: float = DEFAULT_MARGINS_MM,
              orientation: Orientation = Orientation.Portrait) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                       QPageLayout.Unit.Millimeter)


class PdfFile:
    """An A4 PDF being written: a QPdfWriter on `path` + ".part", in the first paper's
    orientation. `commit` closes it and renames it over `path`; `discard` closes and removes it.
    NoChineseFont (before anything is written) when no font draws Chinese."""

    def __init__(self, papers: Sequence[Paper], path: Path, *, title: str = "") -> None:
        ensure_gui_application()
        chinese_font_family()
        orientation = papers[0].orientation if papers else Orientation.Portrait
        self.path = path
        self.partial = path.with_name(path.name + ".part")
        self.writer: QPdfWriter | None = QPdfWriter(str(self.partial))
        self.writer.setResolution(RESOLUTION_DPI)
        self.writer.setPageLayout(a4_layout(orientation=orientation))
        self.writer.setTitle(title or (papers[0].title if len(papers) == 1 else ""))
        self.writer.setCreator("Canvass")

    @property
    def device(self) -> QPdfWriter:
        assert self.writer is not None, "the PDF is closed"
        return self.writer

    def commit(self) -> None:
        """OSError when the file was not written."""
        self.writer = None   # deleting the writer closes the file
        if not self.partial.exists():
            raise OSError(f"could not write {self.path}")
        self.partial.replace(self.path)

    def discard(self) -> None:
        self.writer = None
        self.partial.unlink(missing_ok=True)


def write_papers_pdf(papers: Sequence[Paper], path: Path, *, title: str = "",
                     progress: Progress | None = None) -> int:
    """`papers` into one A4 PDF at `path`, each from a new page, in the first one's
    orientation; returns the page count. OSError when the file cannot be written,
    NoChineseFont before anything is when no font draws Chinese."""
    pdf = PdfFile(papers, path, title=title)
    try:
        pages = paint_papers(papers, pdf.device, progress)
    except BaseException:
        pdf.discard()
        raise
    pdf.commit()
    return pages


def write_pdf(html: str, path: Path, *, title: str = "",
              orientation: Orientation = Orientation.Portrait) -> int:
    """One document's HTML into an A4 PDF at `path`; returns the number of pages."""
    return write_papers_pdf([Paper(html, title, orientation)], path)
