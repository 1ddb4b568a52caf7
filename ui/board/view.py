"""四个百分百: the four-100% board — 应收尽收、应治尽治、应检尽检、应隔尽隔.

Four tiles say each category's share done (models/board/rules.py says what done means); the list
under them names every open case not yet done, the longest waiting first, with how long it has
waited and what holds it. Enter or a double-click opens the case's window over the board; Ctrl+D
dispatches the selected case for a role that may. Both are the case board's own windows, handed
in by the shell (`CaseWindows`): screens meet only through ui.kit and the shell, so this room
never imports ui.cases.

A refresh (a click, F5, or another workstation's change to a case, a transfer, a facility's beds
or a persuasion visit) reads the shares and the list's count and first page on the task runner.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from controllers.board.rows import board_rows
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.board.rules import BOARD_ORDER
from models.board.shares import BoardShares
from models.errors import CanvassError
from ui.board.cells import TICK_MS, HoldDelegate, WaitingDelegate
from ui.board.tiles import ShareTiles
from ui.kit.formatting import count
from ui.kit.refusals.cases import case_error_text
from ui.kit.role_actions import key_text
from ui.kit.table_page import TablePage
from ui.kit.widgets import named_label, shortcut

translate = QCoreApplication.translate
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


class CaseWindowOpener(Protocol):
    """ui/cases/detail.py `open_case_detail`: loads the case, then hands `opened` its window."""

    def __call__(self, context: AppContext, case_id: int, owner: QWidget,
                 opened: Callable[[QDialog], None],
                 refused: Callable[[CanvassError], None]) -> None: ...


class DispatchButtonMaker(Protocol):
    """ui/cases/dispatch_dialog.py `dispatch_button`: the button and its Ctrl+D on `owner`, or
    None for a role that may not dispatch."""

    def __call__(self, context: AppContext, owner: QWidget, case_id: Callable[[], int | None],
                 done: Callable[[int], None], keep: Callable[[QWidget], None],
                 say: Callable[[str], None], with_keys_in_text: bool = False
                 ) -> QPushButton | None: ...


@dataclass(frozen=True)
class CaseWindows:
    """How the board opens a case and dispatches one: the case board's ways, from the shell."""
    open_case: CaseWindowOpener
    dispatch_button: DispatchButtonMaker


class BoardView(TablePage):
    live_tables = frozenset({"person_case", "transfer_order", "facility", "facility_accepts",
                             "persuasion_visit", "person", "community"})
    view_id = "board"

    def __init__(self, context: AppContext, windows: CaseWindows) -> None:
        self.rows = board_rows(context.database, context.user)
        super().__init__(context, self.rows, translate("BoardView", "Four 100%"))
        self.windows = windows
        self.tiles = ShareTiles(tuple(c.value for c in BOARD_ORDER), keys_on=self)
        self.tiles.chosen_changed.connect(lambda _value: self.apply_filters())
        self.page_box.insertWidget(1, self.tiles)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.dialog: QWidget | None = None
        self._offset = timedelta(0)   # the board's moment minus this clock (an older database)
        keys = [column.key for column in self.rows.columns]
        self.table.setItemDelegateForColumn(keys.index("waiting"),
                                            WaitingDelegate(self.moment, self.table))
        self.table.setItemDelegateForColumn(keys.index("hold"), HoldDelegate(
            keys.index("visits"), self.table))
        self.table.empty_text = translate("BoardView", "Every open case is where it must be.")
        self.clock_tick = QTimer(self, interval=TICK_MS)   # the waits move on
        self.clock_tick.timeout.connect(self.table.viewport().update)
        self.clock_tick.start()
        self.page_box.addLayout(self._action_row())
        self._shares_generation = 0
        self._shares_loading = False

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        opener = QPushButton(translate("BoardView", "Open case"))
        opener.setToolTip(key_text("Return"))
        opener.clicked.connect(self.open_current)
        row.addWidget(opener)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        for key in ("Return", "Enter"):
            shortcut(key, self.table, self.open_current, WITH_CHILDREN)
        self.dispatch = self.windows.dispatch_button(
            self.context, self, self.table.current_record, lambda _order: self.refresh(),
            self.keep, self.say)
        if self.dispatch is not None:
            row.addWidget(self.dispatch)
        row.addWidget(self.message, 1)
        row.addStretch(1)
        return row

    # -- what the list shows ----------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        chosen = self.tiles.chosen()
        return {"category": chosen} if chosen else {}

    def apply_filters(self) -> None:
        super().apply_filters()
        self._read_shares()

    def count_text(self, number: int) -> str:
        return translate("BoardView", "Not yet where they must be: %1", "cases").replace(
            "%1", count(number))

    def moment(self) -> datetime:
        """The moment waits are measured at (models/board/shares.py `BoardShares.as_of`)."""
        return datetime.now() + self._offset

    def is_loading(self) -> bool:
        return super().is_loading() or self._shares_loading

    def _read_shares(self) -> None:
        self._shares_generation += 1
        generation, rows = self._shares_generation, self.rows
        self._shares_loading = True

        def work(_control: TaskControl) -> BoardShares:
            return rows.shares()

        def done(result: Any) -> None:
            if generation == self._shares_generation and isinstance(result, BoardShares):
                self._offset = result.as_of - datetime.now()
                self.tiles.show_shares(result.shares)
                self.table.viewport().update()

        def finished() -> None:
            if generation == self._shares_generation:
                self._shares_loading = False
                self.loading_finished()

        self.context.tasks.submit("four-100% shares", work, succeeded=done, finished=finished,
                                  owner=self)

    # -- the case and its dispatch ----------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_current(self) -> None:
        case_id = self.table.current_record()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        """The case's window over the board; closed, the board reads again (it may have moved)."""
        def opened(dialog: QDialog) -> None:
            dialog.finished.connect(lambda _result: self.refresh())
            self.keep(dialog)
            dialog.open()

        self.windows.open_case(self.context, case_id, self, opened,
                               lambda error: self.say(case_error_text(error)))

    def keep(self, dialog: QWidget) -> None:
        """The window open now, held until it is deleted."""
        self.dialog = dialog

        def gone(_object: object = None) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.destroyed.connect(gone)
