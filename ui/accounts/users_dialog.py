"""Managing users: who may sign in, with which role."""
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
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from models.enums import UserRole
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
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
    def __init__(self, database: Database, user: SignedInUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self._database = database
        self._user = user
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
        add = QPushButton(self.tr("Add user"))
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", add)
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
        self._rows = list_users(self._database, self._user)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = [row.username, row.display_name, role_name(row.role),
                     self.tr("yes") if row.active else self.tr("no")]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            add_user(self._database, self._user, self.name.text(), self.role.currentData(),
                     self.password.text(), self.display_name.text())
        except CanvassError as error:
            self._say(error_text(error))
            return
        self.name.clear()
        self.display_name.clear()
        self.password.clear()
        self._say(self.tr("User added."))
        self.reload()

    def toggle_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        try:
            set_user_active(self._database, self._user, row.id, not row.active)
        except CanvassError as error:
            self._say(error_text(error))
            return
        self.reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
