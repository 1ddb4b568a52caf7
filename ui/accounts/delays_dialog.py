"""The sign-in delays as an administrator sees them: which name (or a whole workstation) is
slowed where, after how many failures, until when; and clearing one.

Failed sign-ins slow down the name at the workstation they came from, and a workstation that
tries many names (models/accounts/sign_in_delays.py); nothing here is a lock, but a person on the
phone whose colleague's typos slowed their PC is let in at once by clearing its row. Read and
cleared in the background; the clearing is audited under the administrator's name.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from controllers.accounts.sign_in_delays import (
    EVERY_NAME,
    DelayRow,
    clear_sign_in_delays,
    sign_in_delays,
)
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from ui.kit.background import load_in_background, save_in_background
from ui.kit.error_text import error_text
from ui.kit.formatting import moment
from ui.kit.read_tables import fill, table
from ui.kit.widgets import hbox, named_label


class DelaysDialog(QDialog):
    """The counters whose failures still count, the longest waits first; Clear ends the chosen
    one (a name at its workstation, or a workstation over every name), Refresh reads again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Sign-in delays"))
        self.context = context
        self.rows: list[DelayRow] = []
        self.table = table([self.tr("User name"), self.tr("Workstation"), self.tr("Failures"),
                            self.tr("Last failure"), self.tr("Delayed until")])
        self.table.currentCellChanged.connect(lambda *_cells: self._offer())
        self.clear = QPushButton(self.tr("&Clear delay"))
        self.clear.clicked.connect(self.clear_selected)
        self.refresh = QPushButton(self.tr("&Refresh"))
        self.refresh.clicked.connect(self.reload)
        self.empty = named_label("muted", self.tr("No failed sign-ins count anywhere."))
        self.empty.hide()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(named_label("muted", self.tr(
            "Failed sign-ins slow down the name at the workstation they came from, and a "
            "workstation that tries many names. After the wait, the right password gets in."),
            wrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(hbox(self.clear, self.refresh, 1))
        layout.addWidget(self.message)
        self.resize(760, 420)
        self._offer()
        self.reload()

    def reload(self) -> None:
        database, user = self.context.database, self.context.user
        load_in_background(self.context.tasks, self, "sign-in delays",
                           lambda: sign_in_delays(database, user), loaded=self._show_rows,
                           refused=self._refused, busy=[self.refresh])

    def _show_rows(self, rows: list[DelayRow]) -> None:
        self.rows = rows
        fill(self.table, [self._cells(row) for row in rows])
        self.empty.setVisible(not rows)
        if rows:
            self.table.setCurrentCell(0, 0)
        self._offer()

    def _cells(self, row: DelayRow) -> list[str]:
        return [row.username if row.username != EVERY_NAME else self.tr("(every name)"),
                row.workstation, str(row.failures), _when(row.last_failed_at),
                _when(row.delayed_until) if row.delayed_until else self.tr("no delay yet")]

    def selected(self) -> DelayRow | None:
        place = self.table.currentRow()
        return self.rows[place] if 0 <= place < len(self.rows) else None

    def _offer(self) -> None:
        self.clear.setEnabled(self.selected() is not None)

    def clear_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        database, user = self.context.database, self.context.user
        name = row.username if row.username != EVERY_NAME else None

        def cleared(_count: int) -> None:
            self._say(self.tr("The delay of %1 at %2 was cleared.").replace(
                "%1", row.username or self.tr("(every name)")).replace("%2", row.workstation))
            self.reload()

        save_in_background(self.context.tasks, self, "clear sign-in delay",
                           lambda: clear_sign_in_delays(database, user, name, row.workstation),
                           saved=cleared, refused=self._refused, busy=[self.clear, self.refresh])

    def _refused(self, error: CanvassError) -> None:
        self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _when(value: datetime | None) -> str:
    return moment(value) if value is not None else ""
