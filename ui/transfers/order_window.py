"""One transfer order's own window, the dispatch record: the figures first (response, the trip,
the step awaited and for how long, suits drawn), the case and the trip, the crew, the timeline
(each step, when, how long it took, who recorded it), and below it the incidents, the suits and
supplies drawn and the audit history; Reprint (Ctrl+P) previews its transfer sheet again.

Opened by a double-click, Enter or Return on an order of the transfers view (the next step stays
on Ctrl+Return). One window per order: opening it again raises the one already open. It is read
in the background and follows the change feed, so a step recorded at another workstation appears
in its timeline; the times awaited move on with the clock.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QLayout, QMenu, QPushButton, QTableWidget, QTabWidget, QWidget

from controllers.paper.transfer_sheet import sheet_of_transfer
from controllers.paper.transfer_sheet_html import sheet_title
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.transfers.order import OrderRecord, concerns_order, load_order_record
from models.errors import CanvassError
from ui.kit.background import is_busy, load_in_background
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.list_table import ListTable
from ui.kit.live import LiveWindow
from ui.kit.read_tables import fill, table
from ui.kit.refusals.transfers import transfer_error_text
from ui.kit.widgets import hbox, named_label, shortcut, vbox
from ui.transfers import order_parts as parts
from ui.transfers.order_history import OrderHistoryTree
from ui.transfers.order_layout import FigureTile, FormTile, tile
from ui.transfers.sheet_preview import SheetPrinter

TICK_MS = 60_000
# Platforms without a stacking order of windows (they say so in a warning on raise_()).
UNSTACKED_PLATFORMS = frozenset({"offscreen", "minimal"})
AWAITED_COLOR = QColor("#eef3f9")
OVERDUE_COLOR = QColor("#f9d6d5")


translate = QCoreApplication.translate


class OrderWindow(LiveWindow, QDialog):
    """Not modal: a dispatcher keeps several orders open beside the board. Follows the feed
    while open and on screen, deleted when closed (ui/kit/live.py LiveWindow)."""

    def __init__(self, context: AppContext, transfer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.transfer_id = transfer_id
        self.record: OrderRecord | None = None
        self._load_again = False
        self.setWindowTitle(translate("OrderWindow", "Transfer order"))
        self.heading = named_label("pageTitle", translate("OrderWindow", "Loading…"))
        self.subheading = named_label("pageSubtitle", wrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.printer = SheetPrinter(context, self, self.say)
        self.reprint = QPushButton(translate("OrderWindow", "Reprint sheet…"))
        self.reprint.setToolTip(translate("OrderWindow", "The transfer sheet again: print "
                                                         "preview or PDF (Ctrl+P)"))
        menu = QMenu(self.reprint)
        menu.addAction(translate("OrderWindow", "Print preview…"), self.preview_sheet)
        menu.addAction(translate("OrderWindow", "Save as PDF…"), self.ask_pdf)
        self.reprint.setMenu(menu)
        shortcut("Ctrl+P", self, self.preview_sheet)
        shortcut("F5", self, self.load)
        self.figures = [FigureTile() for _ in range(4)]
        self.case_form = FormTile(translate("OrderWindow", "Case"))
        self.trip_form = FormTile(translate("OrderWindow", "Transfer"))
        self.crew = table([translate("OrderWindow", "Name"), translate("OrderWindow", "Role"),
                           translate("OrderWindow", "Phone")])
        self.timeline = table([translate("OrderWindow", "Step"), translate("OrderWindow", "Time"),
                               translate("OrderWindow", "Interval"),
                               translate("OrderWindow", "Took"),
                               translate("OrderWindow", "Recorded by"),
                               translate("OrderWindow", "Remarks")])
        self.incidents = table([translate("OrderWindow", "Occurred"),
                                translate("OrderWindow", "Kind"),
                                translate("OrderWindow", "What happened"),
                                translate("OrderWindow", "Handled by"),
                                translate("OrderWindow", "Closed"),
                                translate("OrderWindow", "Outcome")])
        # What happened takes the room left; the full text is its tooltip.
        self.incidents.horizontalHeader().setStretchLastSection(False)
        self.incidents.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.supplies = table([translate("OrderWindow", "Item"),
                               translate("OrderWindow", "Quantity"),
                               translate("OrderWindow", "Station"),
                               translate("OrderWindow", "Drawn at")])
        self.history = OrderHistoryTree()
        self.tabs = QTabWidget()
        for widget in (self.incidents, self.supplies, self.history):
            self.tabs.addTab(widget, "")
        self._build()
        self.tick = QTimer(self, interval=TICK_MS)
        self.tick.timeout.connect(self.show_times)
        self.tick.start()
        self._fit_screen(1180, 760)
        self.live_on(context.feed)
        self.load()

    def _build(self) -> None:
        left = vbox(self.case_form, self.trip_form,
                    tile(translate("OrderWindow", "Crew"), self.crew, stretch=True), 1, spacing=10)
        right = vbox(tile(translate("OrderWindow", "Timeline"), self.timeline, stretch=True),
                     self.tabs, spacing=10)
        self.setLayout(vbox(
            hbox(vbox(self.heading, self.subheading, spacing=2), 1, self.reprint),
            self.message,
            hbox(*self.figures, spacing=10),
            hbox(_widget(left, 380), _widget(right), spacing=10),
            margins=16, spacing=10))

    def _fit_screen(self, width: int, height: int) -> None:
        """The size the record reads best at, within the screen (1366×768 laptops too)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        if is_busy(self):
            self._load_again = True
            return
        database, user, transfer_id = self.context.database, self.context.user, self.transfer_id
        load_in_background(self.context.tasks, self, "transfer order",
                           lambda: load_order_record(database, user, transfer_id),
                           loaded=self.show_record, refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        self.say(transfer_error_text(error))
        self._load_again_if_changed()

    def _load_again_if_changed(self) -> None:
        if self._load_again:
            self._load_again = False
            QTimer.singleShot(0, self.load)

    # -- LiveWindow --------------------------------------------------------------------------
    def concerns(self, change: ChangeSet) -> bool:
        """Another workstation (or this one) changed the order or what belongs to it."""
        return concerns_order(change, self.transfer_id,
                              self.record.case_id if self.record else None)

    def refresh(self) -> None:
        self.load()

    def is_loading(self) -> bool:
        return False   # `load` itself waits for a read under way and reads once more after it

    def show_record(self, record: OrderRecord) -> None:
        self.record = record
        self.say("")
        self.setWindowTitle(parts.filled(translate("OrderWindow", "Transfer order %1"),
                                         record.number))
        self.heading.setText(parts.heading(record))
        self.subheading.setText(parts.subheading(record))
        self.case_form.show_fields(parts.case_fields(record))
        self.trip_form.show_fields(parts.trip_fields(record))
        fill(self.crew, parts.crew_rows(record))
        fit_height(self.crew)
        fill(self.incidents, parts.incident_rows(record))
        fill(self.supplies, parts.supply_rows(record))
        self.history.show_lines(record.history)
        for index, (text, number) in enumerate((
                (translate("OrderWindow", "Incidents (%1)"), len(record.incidents)),
                (translate("OrderWindow", "Suits and supplies (%1)"), len(record.supplies)),
                (translate("OrderWindow", "History (%1)"), len(record.history)))):
            self.tabs.setTabText(index, text.replace("%1", str(number)))
        self.show_times()
        self._load_again_if_changed()

    def show_times(self) -> None:
        """The figures and the timeline as of now (the minute tick moves what is awaited)."""
        if self.record is None:
            return
        now = datetime.now()
        for figure_tile, figure in zip(self.figures, parts.figures(self.record, now), strict=True):
            figure_tile.show_figure(figure)
        rows = parts.timeline_rows(self.record, now)
        fill(self.timeline, [list(row.cells) for row in rows])
        # Every step in sight, the one awaited (red when overdue) too: the lists below give way.
        self.timeline.setMinimumHeight(rows_height(self.timeline))
        for index, row in enumerate(rows):
            if row.awaited:
                brush = QBrush(OVERDUE_COLOR if row.overdue else AWAITED_COLOR)
                for column in range(self.timeline.columnCount()):
                    item = self.timeline.item(index, column)
                    if item is not None:
                        item.setBackground(brush)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the sheet again -----------------------------------------------------------------------
    def preview_sheet(self) -> None:
        database, user, transfer_id = self.context.database, self.context.user, self.transfer_id
        self.printer.preview(lambda: [sheet_of_transfer(database, user, transfer_id)],
                             lambda sheets: sheet_title(sheets[0]))

    def ask_pdf(self) -> None:
        number = self.record.number if self.record else str(self.transfer_id)
        path = self.printer.ask_path(f"transfer-sheet-{number}.pdf")
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> None:
        database, user, transfer_id = self.context.database, self.context.user, self.transfer_id
        self.printer.save(lambda: [sheet_of_transfer(database, user, transfer_id)], path)


def rows_height(widget: QTableWidget, rows: int | None = None) -> int:
    """The height that shows the header and the first `rows` rows (all of them: None)."""
    heights = [widget.rowHeight(row) for row in range(widget.rowCount())][:rows]
    return widget.horizontalHeader().height() + 2 * widget.frameWidth() + 2 + sum(heights)


def fit_height(widget: QTableWidget) -> None:
    """As tall as its rows where the screen has room (a crew of four reads without scrolling),
    down to two rows on a small screen."""
    widget.setMaximumHeight(rows_height(widget))
    widget.setMinimumHeight(rows_height(widget, 2))


def _widget(layout: QLayout, width: int = 0) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    if width:
        holder.setFixedWidth(width)
    return holder


class OrderWindows:
    """The order windows a view opened: one per order, raised when asked for again."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent
        self.open_windows: dict[int, OrderWindow] = {}

    def open(self, transfer_id: int) -> OrderWindow:
        window = self.open_windows.get(transfer_id)
        if window is None:
            window = OrderWindow(self.context, transfer_id, self.parent)
            self.open_windows[transfer_id] = window
            window.finished.connect(lambda _result: self.open_windows.pop(transfer_id, None))
        if window.isMinimized():
            window.showNormal()
        window.show()
        if QGuiApplication.platformName() not in UNSTACKED_PLATFORMS:
            window.raise_()
        window.activateWindow()
        return window

    def open_row(self, model: LazyTableModel, index: QModelIndex) -> None:
        """The window of the order on `index`'s row (nothing for no row, or one not loaded)."""
        transfer_id = model.row_id(index.row()) if index.isValid() else None
        if transfer_id is not None:
            self.open(transfer_id)


def open_order_rows(table: ListTable, opener: Callable[[QModelIndex], object]) -> None:
    """A double-click, Enter or Return on a row of `table` (or Open in its row menu) calls
    `opener` with the row's index: what TablePage.open_rows_with gives the page's own list,
    for a list the page holds beside it (the Active board)."""
    table.doubleClicked.connect(opener)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut(key, table, lambda: opener(table.currentIndex()),
                 Qt.ShortcutContext.WidgetShortcut)
    table.row_menu.add(translate("TablePage", "Open"), lambda: opener(table.currentIndex()),
                       "Return")
