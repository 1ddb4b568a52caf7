"""The list views' table: after a jump in a long list it waits a moment for the rows instead of
flashing empty ones.

Ctrl+End, Page Down or a click in the scroll bar's track lands on rows whose page has not been
fetched. Painting at once shows a screen of empty rows (a paint of its own, while the page's
query runs beside it and competes with it for Python's lock) and then, a few milliseconds later,
the rows. Instead the table asks for the page before it scrolls, keeps the picture it has for at
most HOLD_MS while the page comes, then paints once with the rows. A slow database still shows
the empty rows after HOLD_MS, as before; dragging the scroll bar's handle never waits, so the
handle and the rows move together; scrolling within loaded rows is untouched.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtWidgets import QTableView, QWidget

from ui.kit.lazy_table_model import LazyTableModel

HOLD_MS = 40   # under three frames at 60 Hz: reads as one step, not as a stall


class ListTable(QTableView):
    """A QTableView over a LazyTableModel with uniform row heights (make_table's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting = False
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self.stop_waiting)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.model()
        if isinstance(previous, LazyTableModel):
            previous.page_loaded.disconnect(self._page_arrived)
            previous.load_failed.disconnect(self.stop_waiting)
            previous.modelReset.disconnect(self.stop_waiting)
        super().setModel(model)
        if isinstance(model, LazyTableModel):
            model.page_loaded.connect(self._page_arrived)
            model.load_failed.connect(self.stop_waiting)
            model.modelReset.connect(self.stop_waiting)

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
