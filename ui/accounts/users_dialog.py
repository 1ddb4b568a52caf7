"""Managing users: who may sign in, with which role; when each last signed in and until when
failed sign-ins delay it somewhere. On the chosen account: reset its password, change its role,
unlock it (end its delays at every workstation), deactivate or reactivate it (never delete: the
audit trail names the people who did things). "Sign-in delays…" lists every delay, by
workstation too, and clears one (ui/accounts/delays_dialog.py).

The list is read, and each change saved, in the background; it follows other workstations'
changes to the accounts and keeps the chosen account chosen by its id through every reload, so
the next action never lands on the account that moved into its row.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.accounts.users import UserRow, add_user, list_users, set_user_active, unlock_user
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from models.accounts.credentials import LEAST_PRIVILEGED_ROLE
from models.errors import CanvassError
from ui.accounts.account_forms import ResetPasswordDialog, RoleDialog, role_box, role_name, shown_name
from ui.accounts.delays_dialog import DelaysDialog
from ui.kit.background import load_in_background, save_in_background
from ui.kit.error_text import error_text
from ui.kit.formatting import moment
from ui.kit.read_tables import ID_ROLE, fill, table
from ui.kit.widgets import hbox, named_label

__all__ = ["UsersDialog", "role_name"]


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # and with it, its feed listener
        self.setWindowTitle(self.tr("Users"))
        self.context = context
        self._rows: dict[int, UserRow] = {}
        self._keep: int | None = None      # the account to choose again after the next reload
        self.table = table([self.tr("User name"), self.tr("Display name"), self.tr("Role"),
                            self.tr("Status"), self.tr("Last sign-in"), self.tr("Delayed")])
        self.table.currentCellChanged.connect(lambda *_cells: self._offer())
        self.reset = QPushButton(self.tr("&Reset password…"))
        self.reset.clicked.connect(self.reset_selected)
        self.change_role = QPushButton(self.tr("Change r&ole…"))
        self.change_role.clicked.connect(self.change_selected_role)
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.unlock.clicked.connect(self.unlock_selected)
        self.toggle = QPushButton(self.tr("&Deactivate"))
        self.toggle.clicked.connect(self.toggle_selected)
        self.account_buttons = [self.reset, self.change_role, self.unlock, self.toggle]
        self.delays = QPushButton(self.tr("Sign-in de&lays…"))
        self.delays.clicked.connect(self.show_delays)
        self.name = QLineEdit(maxLength=32)
        self.display_name = QLineEdit(maxLength=64)
        self.role = role_box(LEAST_PRIVILEGED_ROLE)
        self.password = QLineEdit(maxLength=256, echoMode=QLineEdit.EchoMode.Password)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.add_button)
        group = QGroupBox(self.tr("New user"))
        group.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(*self.account_buttons, 1, self.delays))
        layout.addWidget(self.message)
        layout.addWidget(group)
        self.resize(900, 600)
        self._offer()
        context.feed.changed.connect(self._on_change)
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        database, user = self.context.database, self.context.user
        load_in_background(self.context.tasks, self, "users", lambda: list_users(database, user),
                           loaded=self._show_rows, refused=self._refused)

    def _on_change(self, changes: ChangeSet) -> None:
        if changes.touches("app_user"):
            self.reload()

    def selected(self) -> UserRow | None:
        """The account the chosen row shows (by its id, never by its place in the list)."""
        item = self.table.item(self.table.currentRow(), 0)
        return self._rows.get(item.data(ID_ROLE)) if item is not None else None

    def _show_rows(self, rows: list[UserRow]) -> None:
        current = self.selected()
        chosen = self._keep if self._keep is not None else current.id if current else None
        self._keep = None
        self._rows = {row.id: row for row in rows}
        fill(self.table, [self._cells(row) for row in rows], [row.id for row in rows])
        place = next((index for index, row in enumerate(rows) if row.id == chosen), 0)
        if rows:
            self.table.setCurrentCell(place, 0)
        self._offer()

    def _cells(self, row: UserRow) -> list[str]:
        status = self.tr("Active") if row.active else self.tr("Deactivated")
        if row.must_change_password:
            status += self.tr(", new password due")
        return [row.username, row.display_name, role_name(row.role), status,
                moment(row.last_sign_in_at) if row.last_sign_in_at else self.tr("never"),
                self.tr("until %1").replace("%1", clock_time(row.locked_until))
                if row.locked_until else ""]

    def _offer(self) -> None:
        """Each action for the chosen account only where it can apply: one's own account is
        changed from the Account menu, and an account that is not locked has nothing to unlock."""
        row = self.selected()
        other = row is not None and row.id != self.context.user.id
        self.reset.setEnabled(other)
        self.change_role.setEnabled(other)
        self.toggle.setEnabled(other)
        self.unlock.setEnabled(row is not None and row.locked_until is not None)
        self.toggle.setText(self.tr("R&eactivate") if row is not None and not row.active
                            else self.tr("&Deactivate"))

    def show_delays(self) -> None:
        """Every sign-in delay, by name and by workstation; the list is read again when it
        closes, as clearing there may end an account's delay here."""
        dialog = DelaysDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()

    # -- actions on the chosen account ----------------------------------------------------
    def reset_selected(self) -> None:
        self._open(ResetPasswordDialog, self.tr("The password of %1 was reset."))

    def change_selected_role(self) -> None:
        self._open(RoleDialog, self.tr("The role of %1 was changed."))

    def _open(self, form: type[ResetPasswordDialog] | type[RoleDialog], done: str) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = form(self.context, row, self)
        dialog.accepted.connect(lambda: self._done(row, done))
        dialog.open()

    def unlock_selected(self) -> None:
        row = self.selected()
        if row is not None:
            database, user = self.context.database, self.context.user
            self._save("unlock user", lambda: unlock_user(database, user, row.id), row,
                       self.tr("%1 may sign in again at once."))

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is not None:
            database, user = self.context.database, self.context.user
            self._save("user active", lambda: set_user_active(database, user, row.id,
                                                              not row.active), row,
                       self.tr("%1 was reactivated.") if not row.active
                       else self.tr("%1 was deactivated: the account can no longer sign in."))

    def _save(self, name: str, work: Callable[[], object], row: UserRow, done: str) -> None:
        save_in_background(self.context.tasks, self, name, work,
                           saved=lambda _result: self._done(row, done), refused=self._refused,
                           busy=[*self.account_buttons, self.add_button])

    def _done(self, row: UserRow, done: str) -> None:
        self._say(done.replace("%1", shown_name(row)))
        self._keep = row.id
        self.reload()

    # -- a new account --------------------------------------------------------------------
    def add(self) -> None:
        database, user = self.context.database, self.context.user
        name, role, password, display_name = (self.name.text(), self.role.currentData(),
                                              self.password.text(), self.display_name.text())

        def added(row: UserRow) -> None:
            self.name.clear()
            self.display_name.clear()
            self.password.clear()
            self.role.setCurrentIndex(self.role.findData(LEAST_PRIVILEGED_ROLE.value))
            self._done(row, self.tr("%1 was added."))

        save_in_background(self.context.tasks, self, "add user", lambda: add_user(
            database, user, name, role, password, display_name), saved=added,
            refused=self._refused, busy=[*self.account_buttons, self.add_button])

    def _refused(self, error: CanvassError) -> None:
        self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def clock_time(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute, value.second), "HH:mm:ss")
