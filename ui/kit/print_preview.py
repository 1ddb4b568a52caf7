"""Print preview for any sheet: the same papers, font and page painter as the PDF, onto a real
printer, in the document's own orientation (the duty roster and the daily report are landscape).

Qt's QPrintPreviewDialog paints every page before it shows one: a busy day's 1,026 transfer
sheets froze the window 5.7–6.2 s and kept 0.3 GB (issue 25). This preview shows the first
page at once and does the rest as it is needed: the papers are laid out a few per turn of the
event loop (page counts only: each layout is let go), and a page is painted when it scrolls
into view, from a handful of layouts and images kept for the pages around it. Printing and
"Save as PDF" paint the batch by turns too (ui/kit/paper_job.py), with progress and Stop.

Keys: Page Up/Page Down/Home/End move by page, Ctrl++/Ctrl+- zoom, Ctrl+P prints, Esc closes
(or stops a batch being printed).
"""
from __future__ import annotations

import bisect
import time
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from controllers.paper.pages import LaidOut, Paper, lay_out, page_image
from controllers.paper.pdf import a4_layout
from ui.kit.paper_job import BUDGET_MS, PaperJob
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.widgets import named_label, shortcut

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PAGE_WIDTH_AT_100 = 595     # A4 portrait's width in points: 100 % is the paper's own size
GAP = 16                    # between two pages
LAYOUTS_KEPT, IMAGES_KEPT = 6, 16


class PageModel(QAbstractListModel):
    """One row per page known so far; grows as the papers are laid out."""

    def __init__(self) -> None:
        super().__init__()
        self.pages = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.pages

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None

    def grow(self, pages: int) -> None:
        if pages > self.pages:
            self.beginInsertRows(QModelIndex(), self.pages, pages - 1)
            self.pages = pages
            self.endInsertRows()


class PageDelegate(QStyledItemDelegate):
    """Draws a page from the preview's image of it, made when first drawn."""

    def __init__(self, preview: PaperPreview) -> None:
        super().__init__(preview)
        self.preview = preview

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = self.preview.page_pixels()
        return QSize(size.width() + GAP, size.height() + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        size = self.preview.page_pixels()
        rect = option.rect
        left = rect.left() + (rect.width() - size.width()) // 2
        top = rect.top() + GAP // 2
        painter.fillRect(left + 3, top + 3, size.width(), size.height(), Qt.GlobalColor.gray)
        painter.drawImage(left, top, self.preview.image(index.row(), size.width()))


class PaperPreview(QDialog):
    """`papers` on screen as they print, A4 in the first one's orientation."""

    def __init__(self, papers: Sequence[Paper], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.papers = list(papers)
        self.title = title
        orientation = papers[0].orientation if papers else QPageLayout.Orientation.Portrait
        self.layout_ = a4_layout(orientation=orientation)
        self.starts: list[int] = []        # the first page of each paper laid out so far
        self.counts: list[int] = []
        self.layouts: OrderedDict[int, LaidOut] = OrderedDict()
        self.images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self.zoom = 1.0
        self.job: PaperJob | None = None
        self.setWindowTitle(title)
        # Closed, it is gone: its page images (a few MB each) and layouts with it. A preview
        # kept hidden by the screen that opened it held 30-50 MB for the rest of the session.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 1000)
        self.model = PageModel()
        self.pages_view = QListView()
        self.pages_view.setModel(self.model)
        self.pages_view.setItemDelegate(PageDelegate(self))
        self.pages_view.setUniformItemSizes(True)
        self.pages_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.pages_view.verticalScrollBar().setSingleStep(40)
        self.pages_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pages_view.setStyleSheet("QListView { background: #8a8f96; }")
        self.pages_view.verticalScrollBar().valueChanged.connect(self._show_place)
        self.zoom_box = QComboBox()
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{round(zoom * 100)}%", zoom)
        self.zoom_box.setCurrentIndex(ZOOMS.index(1.0))
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.set_zoom(float(self.zoom_box.currentData())))
        self.place = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.print_button = QPushButton(translate("PaperPreview", "Print…"))
        self.pdf_button = QPushButton(translate("PaperPreview", "Save as PDF…"))
        self.close_button = QPushButton(translate("PaperPreview", "Close"))
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("PaperPreview", "Zoom")))
        bar.addWidget(self.zoom_box)
        bar.addWidget(self.place, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.pages_view, 1)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        shortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(1))
        shortcut("Ctrl+=", self, lambda: self.step_zoom(1))
        shortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))
        shortcut(QKeySequence.StandardKey.Print, self, self.ask_printer)
        shortcut("PgDown", self, lambda: self.go_to_page(self.current_page() + 1))
        shortcut("PgUp", self, lambda: self.go_to_page(self.current_page() - 1))
        shortcut("Home", self, lambda: self.go_to_page(0))
        shortcut("End", self, lambda: self.go_to_page(self.model.pages - 1))
        self.laying = QTimer(self)
        self.laying.setInterval(0)
        self.laying.timeout.connect(self._lay_out_some)
        if self.papers:
            self._lay_out_next()      # the first page is there when the window shows
        self._show_place()
        if not self.laid_out_all():
            self.laying.start()

    # -- pages ------------------------------------------------------------------------------
    def laid_out_all(self) -> bool:
        return len(self.counts) >= len(self.papers)

    def _lay_out_next(self) -> None:
        number = len(self.counts)
        laid = self._laid(number)
        self.starts.append(self.starts[-1] + self.counts[-1] if self.counts else 0)
        self.counts.append(laid.page_count)
        self.model.grow(self.starts[-1] + self.counts[-1])

    def _lay_out_some(self) -> None:
        """Page counts for the next papers, for at most BUDGET_MS of this turn of the loop."""
        deadline = time.perf_counter() + BUDGET_MS / 1000
        while not self.laid_out_all() and time.perf_counter() < deadline:
            self._lay_out_next()
        if self.laid_out_all():
            self.laying.stop()
        self._show_place()

    def _laid(self, paper: int) -> LaidOut:
        laid = self.layouts.get(paper)
        if laid is None:
            laid = lay_out(self.papers[paper], self.layout_)
            self.layouts[paper] = laid
            while len(self.layouts) > LAYOUTS_KEPT:
                self.layouts.popitem(last=False)
        else:
            self.layouts.move_to_end(paper)
        return laid

    def paper_of(self, page: int) -> tuple[int, int]:
        """(paper, its page) of page `page` of the whole preview."""
        paper = bisect.bisect_right(self.starts, page) - 1
        return paper, page - self.starts[paper]

    def image(self, page: int, width: int) -> QImage:
        key = (page, width)
        image = self.images.get(key)
        if image is None:
            paper, number = self.paper_of(page)
            image = page_image(self.papers[paper], self._laid(paper), number, self.layout_, width)
            self.images[key] = image
            while len(self.images) > IMAGES_KEPT:
                self.images.popitem(last=False)
        else:
            self.images.move_to_end(key)
        return image

    def page_pixels(self) -> QSize:
        full = self.layout_.fullRect(QPageLayout.Unit.Point)
        width = round(PAGE_WIDTH_AT_100 * self.zoom * full.width() / 595.0 * self.logicalDpiX()
                      / 96.0)
        return QSize(width, round(width * full.height() / full.width()))

    # -- moving about ---------------------------------------------------------------------------
    def current_page(self) -> int:
        index = self.pages_view.indexAt(self.pages_view.viewport().rect().center())
        return index.row() if index.isValid() else 0

    def go_to_page(self, page: int) -> None:
        if self.model.pages:
            page = max(0, min(page, self.model.pages - 1))
            self.pages_view.scrollTo(self.model.index(page),
                                     QAbstractItemView.ScrollHint.PositionAtTop)
            self._show_place()

    def step_zoom(self, step: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, self.zoom_box.currentIndex() + step))
        self.zoom_box.setCurrentIndex(index)

    def set_zoom(self, zoom: float) -> None:
        page = self.current_page()
        self.zoom = zoom
        self.images.clear()
        self.pages_view.doItemsLayout()   # the delegate's size changed
        self.go_to_page(page)

    def _show_place(self, *_args: object) -> None:
        total = str(self.model.pages) if self.laid_out_all() else f"{self.model.pages}…"
        self.place.setText(translate("PaperPreview", "Page %1 of %2").replace(
            "%1", str(self.current_page() + 1 if self.model.pages else 0)).replace("%2", total))

    # -- printing -------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.layout_)
        printer.setDocName(self.title)
        return printer

    def ask_printer(self) -> None:
        if self.job is not None and self.job.is_running():
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def ask_pdf(self) -> None:
        if self.job is not None and self.job.is_running():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("PaperPreview", "Save as PDF…"), str(Path.home() / "canvass.pdf"),
            translate("PaperPreview", "PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def print_to(self, printer: QPrinter) -> PaperJob:
        """Every page onto `printer`, painted by turns with progress; Esc stops."""
        return self._run(PaperJob(self.papers, device=printer, parent=self),
                         translate("PaperPreview", "Printed %1.").replace("%1", self.title))

    def save_pdf(self, path: Path) -> PaperJob:
        return self._run(PaperJob(self.papers, pdf=path, title=self.title, parent=self),
                         translate("PaperPreview", "Saved %1.").replace("%1", str(path)))

    def _run(self, job: PaperJob, done_text: str) -> PaperJob:
        self.job = job
        self.progress.setRange(0, len(self.papers))
        self.progress.setValue(0)
        self.progress.show()
        self.say("")
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.close_button.setText(translate("PaperPreview", "Stop"))
        job.progressed.connect(lambda done, _total: self.progress.setValue(done))
        job.finished.connect(lambda _pages: self._over(done_text))
        job.failed.connect(lambda error: self._over(
            translate("PaperPreview", "The printer or the file could not be written; nothing is "
                      "lost, try again or choose another.") if isinstance(error, OSError)
            else sheets_error_text(error)))
        job.stopped.connect(lambda: self._over(translate("PaperPreview",
                                                         "Stopped: nothing more was printed.")))
        job.start()
        return job

    def _over(self, text: str) -> None:
        self.progress.hide()
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(True)
        self.close_button.setText(translate("PaperPreview", "Close"))
        self.say(text)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        """Close, or Esc: while a batch is being painted, stop it first (the preview stays)."""
        if self.job is not None and self.job.is_running():
            self.job.stop()
            return
        self.laying.stop()
        super().reject()


def preview_papers(papers: Sequence[Paper], title: str,
                   parent: QWidget | None = None) -> PaperPreview:
    """A preview of `papers` on A4 in the first one's orientation; the caller shows it (open)
    or a test inspects it."""
    return PaperPreview(papers, title, parent)


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> PaperPreview:
    """A preview of one portrait document's `html`."""
    return preview_papers([Paper(html, title)], title, parent)
