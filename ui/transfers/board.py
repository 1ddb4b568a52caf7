"""The active transfers tab: every trip under way and every vehicle still waiting for its
disinfection, oldest order first, with the minutes each step took; a row past its step's limit
(models/transfers/workflow.py OVERDUE_AFTER) is painted red.

The board keeps the order the dispatcher chose, by its id: through the minute tick (which puts
new figures in place without a reset, ui/transfers/board_model.py), through each step saved and
through another workstation's write brought by the change feed (the row keeper,
ui/kit/current_row.py, finds the order again wherever the new rows put it). When the chosen
order leaves the board the board leaves no current row and says so (`left`), rather than
putting a neighbour under the dispatcher's keys. Several orders may be selected (Shift, Ctrl,
Ctrl+A: every one of them, loaded or not) for printing their sheets at once; the steps act on
the current one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.transfers.rows import active_transfer_rows
from controllers.transfers.selection import TransferList
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.kit.table_page import make_table
from ui.kit.widgets import vbox
from ui.transfers.board_columns import arrange, fit
from ui.transfers.board_model import BoardModel
from ui.transfers.selected_sheets import ChosenOrders

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
    """Emits `counted(active, overdue)` after each refresh and each tick (overdue counted in
    SQL, off the UI thread), for the tab's title; `left(order id, number)` when the order the
    dispatcher had chosen is no longer on the board."""

    counted = Signal(int, int)
    left = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = active_transfer_rows(context.database, context.user)
        self.model = BoardModel(self.rows, context.tasks, parent=self)
        self.table = make_table(self.model, context)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.empty_text = QCoreApplication.translate("ActiveBoard", "No transfers under way.")
        arrange(self.table, self.model)
        self.model.page_loaded.connect(self._fit_once)
        self._fitted = False
        self.overdue_column = self.rows.column_index("overdue")
        self.number_column = self.rows.column_index("number")
        self.table.setItemDelegate(RowHighlight(self.overdue_column, lambda v: v is not None,
                                                self.table))
        self.context = context
        self.model.counted.connect(self._count_overdue)
        self.model.ticked.connect(lambda: self._count_overdue(self.model.rowCount()))
        # Connected after the row keeper's own (make_table): these run once it has done its part.
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.table.record_changed.connect(self._note_number)
        self._kept: int | None = None
        self._asked: int | None = None
        self._numbers: dict[int, str] = {}
        self.setLayout(vbox(self.table, margins=0))
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- the chosen order ---------------------------------------------------------------------
    def current_order(self) -> int | None:
        """The order the dispatcher chose: kept by id through every refresh, also while its
        row's page is on its way again; None when no row is current."""
        return self.table.followed_record() if self.table.currentIndex().isValid() else None

    def selected_orders(self) -> ChosenOrders | None:
        """Every selected order, in board order, loaded on the board or not (Ctrl+A over a
        board longer than its loaded pages is the whole board: ui/kit/selection.py); the
        current one when none is selected; None when no row is chosen."""
        return ChosenOrders.of(self.table, self.model, TransferList.ACTIVE)

    def _note_number(self, record: object) -> None:
        index = self.table.currentIndex()
        if isinstance(record, int) and index.isValid():
            number = self.model.index(index.row(), self.number_column).data(VALUE_ROLE)
            self._numbers = {record: str(number or "")}

    def _before_reset(self) -> None:
        self._kept, self._asked = self.current_order(), self.model.asked_anchor

    def _after_reset(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and self.model.record_left(kept, self._asked):
            self.table.selectionModel().clear()
            self.left.emit(kept, self._numbers.get(kept, ""))

    # -- loading ------------------------------------------------------------------------------
    def _count_overdue(self, active: int) -> None:
        rows, filters = self.rows, {**self.model.filters, "overdue": True}

        def work(_control: TaskControl) -> int:
            return rows.count(filters) if active else 0

        self.context.tasks.submit("overdue transfers", work, owner=self,
                                  succeeded=lambda overdue: self.counted.emit(active, int(overdue)))

    def tick(self) -> None:
        """The minute: new figures in place, the rows and the selection as they are."""
        if self.isVisible():
            self.model.tick()

    def showEvent(self, event: QShowEvent) -> None:
        """Back on screen (the tab, the view): the figures of now, not of the last tick seen."""
        super().showEvent(event)
        self.tick()

    def set_station(self, station_id: int | None) -> None:
        """Another station is another board: its top; the same one again keeps the row."""
        if self.table.keeper is not None:
            self.table.keeper.set_filters({"station_id": station_id})
        else:
            self.model.set_filters({"station_id": station_id})

    def _fit_once(self, _page: int) -> None:
        if not self._fitted:
            self._fitted = True
            fit(self.table, self.model)

    def refresh(self) -> None:
        self.model.refresh()

    def is_loading(self) -> bool:
        return self.model.is_loading() or self.model.is_ticking()

    def overdue_rows(self) -> list[int]:
        """Rows on screen now that are overdue (what a test or a wall screen checks)."""
        return [row for row in range(self.model.rowCount())
                if self.model.index(row, self.overdue_column).data(VALUE_ROLE) is not None]
