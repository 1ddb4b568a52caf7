"""The active transfers tab: every trip under way and every vehicle still waiting for its
disinfection, oldest order first, with the minutes each step took; a row past its step's limit
(models/transfers/workflow.py OVERDUE_AFTER) is painted red. Elapsed times move on a timer."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.transfers.rows import active_transfer_rows
from ui.kit.lazy_table_model import VALUE_ROLE, LazyTableModel
from ui.kit.table_page import fit_columns, make_table
from ui.kit.widgets import vbox

ALARM_COLOR = QColor("#f9d6d5")
TICK_MS = 60_000


class RowHighlight(QStyledItemDelegate):
    """Paints the whole row when `alarming(value of column)` holds: an overdue step, a full
    facility. Text stays as it is; the colour only draws the eye."""

    def __init__(self, column: int, alarming: Callable[[Any], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.alarming = alarming

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.alarming(index.sibling(index.row(), self.column).data(VALUE_ROLE)):
            option.backgroundBrush = QBrush(ALARM_COLOR)


class ActiveBoard(QWidget):
    """Emits `counted(active, overdue)` after each refresh (overdue counted in SQL, off the UI
    thread), for the tab's title."""

    counted = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = active_transfer_rows(context.database, context.user)
        self.model = LazyTableModel(self.rows, context.tasks, parent=self)
        self.table = make_table(self.model, context)
        self.table.empty_text = QCoreApplication.translate("ActiveBoard", "No transfers under way.")
        self.model.page_loaded.connect(self._fit_once)
        self._fitted = False
        self.overdue_column = self.rows.column_index("overdue")
        self.table.setItemDelegate(RowHighlight(self.overdue_column, lambda v: v is not None,
                                                self.table))
        self.context = context
        self.model.counted.connect(self._count_overdue)
        self.setLayout(vbox(self.table, margins=0))
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _count_overdue(self, active: int) -> None:
        rows, filters = self.rows, {**self.model.filters, "overdue": True}

        def work(_control: TaskControl) -> int:
            return rows.count(filters) if active else 0

        self.context.tasks.submit("overdue transfers", work, owner=self,
                                  succeeded=lambda overdue: self.counted.emit(active, int(overdue)))

    def _tick(self) -> None:
        if self.isVisible() and not self.model.is_loading():
            self.model.refresh()

    def set_station(self, station_id: int | None) -> None:
        self.model.set_filters({"station_id": station_id})

    def _fit_once(self, _page: int) -> None:
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table, self.model)

    def refresh(self) -> None:
        self.model.refresh()

    def is_loading(self) -> bool:
        return self.model.is_loading()

    def overdue_rows(self) -> list[int]:
        """Rows on screen now that are overdue (what a test or a wall screen checks)."""
        return [row for row in range(self.model.rowCount())
                if self.model.index(row, self.overdue_column).data(VALUE_ROLE) is not None]
