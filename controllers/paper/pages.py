"""Pages as a printed form needs them: the title on top of every page, "第 N 页 共 M 页" at the
foot, table headers repeated (a `<thead>` row: QTextDocument repeats it by itself), no heading
left alone at the bottom of a page, QR codes as vectors, and the document's own orientation.

A `Paper` is one document: its HTML, its title and its orientation. `paint_papers` puts several
onto one paged device (a PDF writer, a printer, a print preview), each from a new page with its
own page count, and says after each one how far it is: a batch of transfer sheets is one file or
one print job, with progress and a cancel between two sheets.

Coordinates are the document's: its page is the device's paint rectangle in points less the
head and foot bands, and the painter is scaled from that onto the device, as
QTextDocument.print_ does for one paginated document.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from controllers.paper.fonts import paper_font
from controllers.paper.qr import (
    QrSquare,
    add_placeholders,
    align_codes_to_line_tops,
    paint_qr,
    qr_squares,
)

DEFAULT_POINT_SIZE = 10.0
HEAD = 24.0       # the band on top of every page: the title and a rule
FOOT = 22.0       # the band at the foot: the page number
MARGIN_TEXT_POINTS = 7.5
TOP_OF_PAGE = 30.0   # a heading this near a page's top is where it belongs
SHRINK_STEPS = (0.95, 0.9, 0.85, 0.8, 0.75)
HEADING = re.compile(r"<h[1-6][\s>]")
Orientation = QPageLayout.Orientation
Progress = Callable[[int, int], None]   # (done, total); may raise to stop between two documents
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Paper:
    """One printed document: a sheet, a list, a report. `foot` is a line printed at the foot
    of every page beside its number (the knock list's signature and date: pages get parted)."""
    html: str
    title: str
    orientation: Orientation = Orientation.Portrait
    foot: str = ""
    one_page: bool = False   # a form that must not spill (a transfer sheet): shrunk to fit


def build_document(html: str, point_size: float = DEFAULT_POINT_SIZE) -> QTextDocument:
    """The document a sheet prints from: the Chinese font (NoChineseFont when there is none),
    lines wrapped between words only (Qt would break a word too long for its column; Chinese
    still wraps between characters), blank squares for its QR codes, the given HTML."""
    document = QTextDocument()
    document.setDefaultFont(paper_font(point_size))
    document.setDocumentMargin(0)
    words = document.defaultTextOption()
    words.setWrapMode(QTextOption.WrapMode.WordWrap)   # a column widens to its longest word
    document.setDefaultTextOption(words)
    add_placeholders(document, html)
    document.setHtml(html)
    align_codes_to_line_tops(document)
    return document


def body_size(layout: QPageLayout) -> QSizeF:
    """The document's page: the paint rectangle of `layout` in points, less head and foot."""
    size = layout.paintRect(QPageLayout.Unit.Point).size()
    return QSizeF(size.width(), size.height() - HEAD - FOOT)


def laid_out(paper: Paper, page: QSizeF) -> QTextDocument:
    document = build_document(paper.html)
    document.setPageSize(page)
    if HEADING.search(paper.html):
        keep_headings_with_what_follows(document, page.height())
    return document


def fitted(paper: Paper, page: QSizeF) -> tuple[QTextDocument, float]:
    """The paper laid out, and the scale it is painted at: 1, or for a one-page form that
    would spill (a long crew, a long remark) the largest of a few steps down that keeps it on
    one page."""
    document = laid_out(paper, page)
    if not paper.one_page or document.pageCount() <= 1:
        return document, 1.0
    for step in SHRINK_STEPS:
        document.setPageSize(QSizeF(page.width() / step, page.height() / step))
        if document.pageCount() <= 1:
            break
    return document, step


def _page_of(y: float, height: float) -> int:
    return int(y // height)


def _first_piece_bottom(document: QTextDocument, block: QTextBlock) -> float | None:
    """Where what follows a heading first ends: the next paragraph's first line, or a table's
    header rows and first row. None when nothing follows."""
    layout = document.documentLayout()
    following = block.next()
    while following.isValid() and not following.text().strip() and \
            QTextCursor(following).currentTable() is None:
        following = following.next()
    if not following.isValid():
        return None
    table = QTextCursor(following).currentTable()
    if table is None:
        rect = layout.blockBoundingRect(following)
        lines = following.layout()
        first = lines.lineAt(0).height() if lines.lineCount() else rect.height()
        return rect.top() + first
    row = min(table.format().headerRowCount(), table.rows() - 1)
    bottoms = [layout.blockBoundingRect(table.cellAt(row, column).lastCursorPosition().block())
               .bottom() for column in range(table.columns())]
    return max(bottoms)


def keep_headings_with_what_follows(document: QTextDocument, page_height: float) -> None:
    """A heading whose first following line or table row lands on the next page starts that
    page instead (QTextDocument knows no page-break-after: avoid). Each move pushes the rest
    down, so the headings are settled one at a time, top to bottom."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            top = layout.blockBoundingRect(block).top()
            bottom = _first_piece_bottom(document, block)
            at_page_top = top - _page_of(top, page_height) * page_height < TOP_OF_PAGE
            if bottom is not None and not at_page_top and \
                    _page_of(bottom, page_height) != _page_of(top, page_height):
                form = QTextBlockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(form)
        block = block.next()


def page_words(number: int, count: int) -> str:
    return (translate("Paper", "Page %1 of %2").replace("%1", str(number))
            .replace("%2", str(count)))


def _band(left: str, right: str, width: float, font: QFont) -> QTextDocument:
    """The title, or the page's foot line and its number: small grey text in the paper's font
    (a number alone is centred)."""
    band = QTextDocument()
    band.setDefaultFont(font)
    band.setDocumentMargin(0)
    band.setTextWidth(width)
    if left and right:
        band.setHtml(f"<table width='100%' cellspacing='0' cellpadding='0' style='color:#404040'>"
                     f"<tr><td>{escape(left)}</td><td align='right'>{escape(right)}</td></tr>"
                     f"</table>")
    else:
        align = "left" if left else "center"
        band.setHtml(f"<p align='{align}' style='color:#404040'>{escape(left or right)}</p>")
    return band


def _draw(painter: QPainter, document: QTextDocument, view: QRectF) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    document.documentLayout().draw(painter, context)


def _paint_page(painter: QPainter, document: QTextDocument, squares: list[QrSquare],
                number: int, page: QSizeF, scale: float) -> None:
    """Page `number` of `document` below the head band: its slice, then its QR codes."""
    painter.save()
    painter.translate(0, HEAD)
    painter.scale(scale, scale)
    height = page.height() / scale
    painter.translate(0, -number * height)
    view = QRectF(0, number * height, page.width() / scale, height)
    painter.setClipRect(view)
    _draw(painter, document, view)
    for square in squares:
        if view.contains(square.rect):
            paint_qr(painter, square)
    painter.restore()


class PaperBatch:
    """`papers` painted onto `device` one at a time, with one painter: `begin`, then
    `paint_next` until it says there is nothing left, then `end` (always, also after an error
    or a stop). A window paints a long batch a few papers per turn of its event loop, so it
    never stops answering (ui/kit/paper_job.py); a command paints it in one go (paint_papers)."""

    def __init__(self, papers: Sequence[Paper], device: QPagedPaintDevice) -> None:
        self.papers = list(papers)
        self.device = device
        self.done = 0       # papers painted
        self.pages = 0      # pages painted
        self.painter = QPainter()
        self.small = paper_font(MARGIN_TEXT_POINTS)   # NoChineseFont before the device is touched
        self.page = body_size(device.pageLayout())
        self.width, self.height = self.page.width(), self.page.height() + HEAD + FOOT

    def begin(self) -> None:
        """OSError when the device cannot be painted on (a printer gone, a file not writable)."""
        if not self.painter.begin(self.device):
            raise OSError("the printer or file cannot be written")
        self.painter.scale(self.device.width() / self.width, self.device.height() / self.height)

    def finished(self) -> bool:
        return self.done >= len(self.papers)

    def paint_next(self) -> bool:
        """Paint the next paper, each of its pages from a new page of the device; False when
        none was left. OSError when the device refuses a page."""
        if self.finished():
            return False
        paper = self.papers[self.done]
        document, scale = fitted(paper, self.page)
        squares = qr_squares(document)
        count = document.pageCount()
        for number in range(count):
            if self.pages and not self.device.newPage():
                raise OSError("the printer refused a new page")
            paint_sheet_page(self.painter, paper, document, squares, number, count, self.page,
                             scale, self.small)
            self.pages += 1
        self.done += 1
        return True

    def end(self) -> None:
        if self.painter.isActive():
            self.painter.end()


def paint_sheet_page(painter: QPainter, paper: Paper, document: QTextDocument,
                     squares: list[QrSquare], number: int, count: int, page: QSizeF,
                     scale: float, small: QFont) -> None:
    """Page `number` of `count` of `paper` (laid out as `document`) in the painter's page
    coordinates (points, the paint rectangle): the title and its rule, the slice of the
    document, the foot line and "Page N of M". One rendering for printer, PDF and preview."""
    width, height = page.width(), page.height() + HEAD + FOOT
    _draw(painter, _band(paper.title, "", width, small), QRectF(0, 0, width, HEAD))
    painter.setPen(QPen(QColor("#808080"), 0.6))
    painter.drawLine(QPointF(0, HEAD - 8), QPointF(width, HEAD - 8))
    _paint_page(painter, document, squares, number, page, scale)
    painter.save()
    painter.translate(0, height - FOOT + 6)
    _draw(painter, _band(paper.foot, page_words(number + 1, count), width, small),
          QRectF(0, 0, width, FOOT))
    painter.restore()


def paint_papers(papers: Sequence[Paper], device: QPagedPaintDevice,
                 progress: Progress | None = None) -> int:
    """Each of `papers` from a new page of `device`, with one painter; returns the page count.
    OSError when the device cannot be painted on (a printer gone, a file not writable)."""
    batch = PaperBatch(papers, device)
    batch.begin()
    try:
        while batch.paint_next():
            if progress is not None:
                progress(batch.done, len(batch.papers))
    finally:
        batch.end()
    return batch.pages


@dataclass
class LaidOut:
    """A paper laid out for its page: what a preview draws its pages from."""
    document: QTextDocument
    scale: float
    squares: list[QrSquare]

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def lay_out(paper: Paper, layout: QPageLayout) -> LaidOut:
    document, scale = fitted(paper, body_size(layout))
    return LaidOut(document, scale, qr_squares(document))


def page_image(paper: Paper, laid: LaidOut, number: int, layout: QPageLayout,
               width_px: int) -> QImage:
    """Page `number` of `paper` as the sheet of paper looks, margins included, `width_px`
    wide: the same painting as the PDF's and the printer's (paint_sheet_page)."""
    full = layout.fullRect(QPageLayout.Unit.Point)
    paint = layout.paintRect(QPageLayout.Unit.Point)
    height_px = max(1, round(width_px * full.height() / full.width()))
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(width_px / full.width(), height_px / full.height())
        painter.translate(paint.left(), paint.top())
        paint_sheet_page(painter, paper, laid.document, laid.squares, number, laid.page_count,
                         body_size(layout), laid.scale, paper_font(MARGIN_TEXT_POINTS))
    finally:
        painter.end()
    return image
