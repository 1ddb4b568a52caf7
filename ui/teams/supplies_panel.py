"""防疫物资: each station's protective suits, masks and disinfectant — stock, last week's use,
days left at that rate, and a warning when they run low. Receiving and drawing are recorded
as movements; stock never goes below zero."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QWidget

from controllers.browse.words import SUPPLY_ITEMS
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.supplies import record_movement, station_stock
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.live import FollowsChanges
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.widgets import filled_item, hbox, label, vbox
from ui.teams.detail import fill, table

translate = QCoreApplication.translate
LOW_COLOR = QColor("#fde7e9")


class SuppliesPanel(FollowsChanges, QWidget):
    live_tables = frozenset({"supply_stock", "supply_movement"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station_id: int | None = None
        self.levels: list[Any] = []
        self._loading = False
        self.table = table([translate("SuppliesPanel", "Station"), translate("SuppliesPanel", "Item"),
                            translate("SuppliesPanel", "Stock"), translate("SuppliesPanel", "Used in 7 days"),
                            translate("SuppliesPanel", "Days left"), translate("SuppliesPanel", "Low stock")])
        self.receive_button = action_button(context.user, record_movement,
                                            translate("SuppliesPanel", "Receive…"),
                                            lambda: self.ask_movement(+1))
        self.draw_button = action_button(context.user, record_movement,
                                         translate("SuppliesPanel", "Draw…"),
                                         lambda: self.ask_movement(-1))
        self.message = label("", "formMessage", wrap=True)
        self.setLayout(vbox(hbox(self.receive_button, self.draw_button, self.message, 1),
                            self.table, margins=0, spacing=8))

    def is_loading(self) -> bool:
        return self._loading

    def show_station(self, station_id: int | None) -> None:
        self.station_id = station_id
        self.refresh()

    def refresh(self) -> None:
        database, user, station = self.context.database, self.context.user, self.station_id
        self._loading = True

        def work(_control: TaskControl) -> object:
            return station_stock(database, user, station)

        def done() -> None:
            self._loading = False
            self.loading_finished()  # a change that arrived meanwhile is not lost

        self.context.tasks.submit("supplies", work, succeeded=self.show_levels, finished=done,
                                  owner=self)

    def show_levels(self, levels: Any) -> None:
        self.levels = list(levels)
        yes = translate("SuppliesPanel", "Low")
        rows = []
        for level in self.levels:
            days = level.days_left
            rows.append([level.station,
                         SUPPLY_ITEMS.word(level.item),
                         str(level.quantity), str(level.used_last_week),
                         "—" if days is None else f"{days:.1f}", yes if level.low else ""])
        fill(self.table, rows)
        for row, level in enumerate(self.levels):
            if level.low:
                for column in range(self.table.columnCount()):
                    filled_item(self.table, row, column).setBackground(LOW_COLOR)

    def chosen(self) -> Any:
        row = self.table.currentRow()
        return self.levels[row] if 0 <= row < len(self.levels) else None

    def ask_movement(self, sign: int) -> None:
        level = self.chosen()
        if level is None:
            self.message.setText(translate("SuppliesPanel", "Choose a row first."))
            return
        title = translate("SuppliesPanel", "Receive…" if sign > 0 else "Draw…")
        quantity, ok = QInputDialog.getInt(self, title, translate("SuppliesPanel", "Quantity"), 1, 1,
                                           1_000_000)
        if ok:
            self.move_stock(level.stock_id, sign * quantity)

    def move_stock(self, stock_id: int, delta: int) -> None:
        database, user = self.context.database, self.context.user

        def refused(error: CanvassError) -> None:
            self.message.setText(roster_error_text(error))

        def done(_result: object) -> None:
            self.message.setText("")
            self.refresh()

        save_in_background(self.context.tasks, self, "supply movement",
                           lambda: record_movement(database, user, stock_id, delta), saved=done,
                           refused=refused, busy=present([self.receive_button, self.draw_button]))
