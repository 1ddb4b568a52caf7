"""The list views' table: after a jump in a long list it waits a moment for the rows instead of
flashing empty ones; through every refresh it keeps the row the user was on (ui/kit/current_row.py);
it says so when nothing matches, shows an elided cell's whole text as its tooltip, and offers
right-click menus on rows and on the header (ui/kit/table_menus.py).

Ctrl+End, Page Down or a click in the scroll bar's track lands on rows whose page has not been
fetched. Painting at once shows a screen of empty rows (a paint of its own, while the page's
query runs beside it and competes with it for Python's lock) and then, a few milliseconds later,
the rows. Instead the table asks for the page before it scrolls, keeps the picture it has for at
most HOLD_MS while the page comes, then paints once with the rows. A slow database still shows
the empty rows after HOLD_MS, as before; dragging the scroll bar's handle never waits, so the
handle and the rows move together; scrolling within loaded rows is untouched.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QMenu, QStyledItemDelegate, QTableView, QToolTip, QWidget

from controllers.runtime.settings import HIDDEN_COLUMNS, Settings
from ui.kit.current_row import RowKeeper
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.table_menus import ColumnMenu, RowMenu

translate = QCoreApplication.translate
HOLD_MS = 40   # under three frames at 60 Hz: reads as one step, not as a stall
SIZED_ROWS = 50   # the rows a column is sized from: within the first page of every list


class ListTable(QTableView):
    """A QTableView over a LazyTableModel with uniform row heights (make_table's).

    `record_changed(id or None)`: the current row now shows another record, or its record has
    just arrived with its page. `row_menu` holds what a right-click on a row offers."""

    record_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting = False
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self.stop_waiting)
        self.keeper: RowKeeper | None = None
        self.row_menu = RowMenu(self)
        self.menu: QMenu | None = None
        self.columns = ColumnMenu(self.horizontalHeader(), lambda _hidden: None)
        self.empty_text = translate("ListTable", "Nothing matches the filters.")
        # Sizing a column to its contents reads at most this many rows (Qt's default, 1,000,
        # asked a lazy list for the ten pages below the first, and waited for none of them).
        # A column's rows are counted by the horizontal header's precision, not the vertical's.
        self.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.model()
        if isinstance(previous, LazyTableModel):
            previous.page_loaded.disconnect(self._page_arrived)
            previous.load_failed.disconnect(self.stop_waiting)
            previous.modelReset.disconnect(self.stop_waiting)
        if self.keeper is not None:
            self.keeper.detach()
            self.keeper = None
        super().setModel(model)
        if isinstance(model, LazyTableModel):
            model.page_loaded.connect(self._page_arrived)
            model.load_failed.connect(self.stop_waiting)
            model.modelReset.connect(self.stop_waiting)
            self.keeper = RowKeeper(self, model)
            self.keeper.record_changed.connect(self.record_changed)

    # -- the current record ----------------------------------------------------------------
    def current_record(self) -> int | None:
        """The id of the current row's record: None without a current row or while its page
        is on its way (nothing acts on a row it cannot name)."""
        model, index = self.model(), self.currentIndex()
        if not isinstance(model, LazyTableModel) or not index.isValid():
            return None
        return model.row_id(index.row())

    def followed_record(self) -> int | None:
        """The record the current row stands for: as `current_record`, and through a refresh
        the record being kept until its page confirms it (what a panel beside the list shows)."""
        return self.keeper.record if self.keeper is not None else self.current_record()

    def keep_record(self, record_id: int) -> None:
        """After the next refresh, `record_id` is the current row (a record just saved)."""
        if self.keeper is not None:
            self.keeper.keep_record(record_id)

    def record_below(self) -> int | None:
        """The record of the row below the current one, when its page is here."""
        return self.keeper.record_below() if self.keeper is not None else None

    def advance(self, below: int | None = None) -> None:
        """`below` (the record under the one just saved, taken when its form opened) becomes
        current and the table has the focus: the next door after a visit is saved, kept by its
        record through the refresh the save causes (ui/kit/current_row.py)."""
        if self.keeper is not None:
            self.keeper.advance(below)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def remember_columns(self, settings: Settings, user: str, list_name: str) -> None:
        """Hide the columns `user` hid in this list last time, and remember each new choice."""
        setting = HIDDEN_COLUMNS.under(user, list_name)
        self.columns.hide([key for key in settings.get(setting).split(",") if key])

        def changed(hidden: list[str]) -> None:
            settings.set(setting, ",".join(hidden))

        self.columns.changed = changed

    # -- menus, tooltips, "nothing matches" ----------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            at = self.visualRect(index).center() if index.isValid() else QPoint(8, 8)
        else:
            at = event.pos()
            index = self.indexAt(at)
            if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
                self.setCurrentIndex(index)
        if not index.isValid():
            return
        self.menu = self.row_menu.build(index, self)
        self.menu.popup(self.viewport().mapToGlobal(at))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = self._elided_text(index)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                return True
        return super().viewportEvent(event)

    def _elided_text(self, index: QModelIndex) -> str:
        """The cell's whole text when the column is too narrow to show it, else ""."""
        if not index.isValid():
            return ""
        value = index.data()
        delegate = self.itemDelegateForIndex(index)
        text = delegate.displayText(value, self.locale()) \
            if isinstance(delegate, QStyledItemDelegate) and value is not None else str(value or "")
        room = self.visualRect(index).width() - 12   # the cell's padding either side
        return text if text and self.fontMetrics().horizontalAdvance(text) > room else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, LazyTableModel) and model.rowCount() == 0 and model.has_counted() \
                and not model.is_loading():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(16, 48, -16, 0),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             self.empty_text)
            painter.end()

    def waiting_for_rows(self) -> bool:
        return self._waiting

    def stop_waiting(self, *_ignored: object) -> None:
        if self._waiting:
            self._waiting = False
            self._hold.stop()
            self.viewport().setUpdatesEnabled(True)   # repaints the whole viewport

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Decided before Qt scrolls: once the viewport has been marked for repainting, a paint
        # of empty rows can no longer be held back.
        if dy and not self._waiting and not self._rows_held():
            if not self.verticalScrollBar().isSliderDown() and self.isVisible():
                self._waiting = True
                self.viewport().setUpdatesEnabled(False)   # Qt keeps the picture it has
                self._hold.start()   # not restarted by later scrolls: never waits longer
        super().scrollContentsBy(dx, dy)

    def _rows_held(self) -> bool:
        """Whether the rows the scroll bar now points at are loaded; asks for them if not."""
        model = self.model()
        if not isinstance(model, LazyTableModel):
            return True
        height = self.verticalHeader().defaultSectionSize()
        top = self.verticalScrollBar().value()
        first = top // height
        last = (top + self.viewport().height() - 1) // height
        return model.request_rows(first, last)

    def _page_arrived(self, _page: int) -> None:
        if self._waiting and self._rows_held():
            self.stop_waiting()
