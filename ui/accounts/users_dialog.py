"""Managing users: who may sign in, with which role. The list is read, and each change saved, in
the background."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.accounts.users import UserRow, add_user, list_users, set_user_active
from controllers.runtime.context import AppContext
from models.enums import UserRole
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.background import load_in_background, save_in_background
from ui.kit.error_text import error_text
from ui.kit.widgets import named_label

ROLES: dict[UserRole, str] = {
    UserRole.COMMANDER: QT_TRANSLATE_NOOP("Roles", "Commander"),
    UserRole.DISPATCHER: QT_TRANSLATE_NOOP("Roles", "Dispatcher"),
    UserRole.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    UserRole.VIEWER: QT_TRANSLATE_NOOP("Roles", "Viewer (wall screen)"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_name(role: UserRole) -> str:
    return QCoreApplication.translate("Roles", ROLES[role])


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.context = context
        self._rows: list[UserRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Display name"),
                                              self.tr("Role"), self.tr("Active")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.toggle = QPushButton(self.tr("Enable / disable"))
        self.toggle.clicked.connect(self.toggle_selected)
        self.name = QLineEdit(maxLength=32)
        self.display_name = QLineEdit(maxLength=64)
        self.role = QComboBox()
        for role in UserRole:
            self.role.addItem(role_name(role), role.value)
        self.password = QLineEdit(maxLength=256, echoMode=QLineEdit.EchoMode.Password)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add user"))
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
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(group)
        layout.addWidget(self.message)
        self.resize(620, 560)
        self.reload()

    def reload(self) -> None:
        database, user = self.context.database, self.context.user
        load_in_background(self.context.tasks, self, "users", lambda: list_users(database, user),
                           loaded=self._show_rows, refused=lambda error: self._say(error_text(error)))

    def _show_rows(self, rows: list[UserRow]) -> None:
        self._rows = rows
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = [row.username, row.display_name, role_name(row.role),
                     self.tr("yes") if row.active else self.tr("no")]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        database, user = self.context.database, self.context.user
        name, role, password, display_name = (self.name.text(), self.role.currentData(),
                                              self.password.text(), self.display_name.text())

        def added(_result: object) -> None:
            self.name.clear()
            self.display_name.clear()
            self.password.clear()
            self._say(self.tr("User added."))
            self.reload()

        save_in_background(self.context.tasks, self, "add user", lambda: add_user(
            database, user, name, role, password, display_name), saved=added,
            refused=self._refused, busy=[self.add_button, self.toggle])

    def toggle_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            return
        row, database, user = self._rows[index], self.context.database, self.context.user
        save_in_background(self.context.tasks, self, "user active", lambda: set_user_active(
            database, user, row.id, not row.active), saved=lambda _result: self.reload(),
            refused=self._refused, busy=[self.add_button, self.toggle])

    def _refused(self, error: CanvassError) -> None:
        self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
