"""The two small forms the users list opens on a chosen account: a new password (reset), and
another role. Each names the account it acts on, and saves in the background; a refusal (the
last active commander, a short password) is said in the form, with what was typed kept."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.users import UserRow, reset_password, set_user_role
from controllers.runtime.context import AppContext
from models.accounts.passwords import temporary_password
from models.enums import UserRole
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.background import save_in_background
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


def role_box(chosen: UserRole) -> QComboBox:
    box = QComboBox()
    for role in UserRole:
        box.addItem(role_name(role), role.value)
    box.setCurrentIndex(box.findData(chosen.value))
    return box


def shown_name(row: UserRow) -> str:
    return f"{row.display_name} ({row.username})" if row.display_name != row.username \
        else row.username


class _AccountForm(QDialog):
    """One field and OK/Cancel, about one account; `work` is the controller call to save."""

    def __init__(self, context: AppContext, row: UserRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context, self.row = context, row
        self.form = QFormLayout()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def work(self) -> Callable[[], None]:
        raise NotImplementedError

    def save(self) -> None:
        save_in_background(self.context.tasks, self, "account", self.work(),
                           saved=lambda _result: self.accept(), refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(error_text(error))
        self.message.show()


class ResetPasswordDialog(_AccountForm):
    """A new password for someone who forgot theirs, shown in clear (it is read out to them),
    offered at random; the account is unlocked and asks for its owner's own at next sign-in."""

    def __init__(self, context: AppContext, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(context, row, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr("A new password for %1. Pass it on: they choose their own at "
                                   "their next sign-in.").replace("%1", shown_name(row)))
        self.password = QLineEdit(temporary_password(), maxLength=256)
        self.form.addRow(self.tr("New password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset"))
        self.password.selectAll()
        self.password.setFocus()

    def work(self) -> Callable[[], None]:
        database, user, target, password = (self.context.database, self.context.user,
                                            self.row.id, self.password.text())
        return lambda: reset_password(database, user, target, password)


class RoleDialog(_AccountForm):
    """Another role for an account; it takes effect at the account's next sign-in."""

    def __init__(self, context: AppContext, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(context, row, parent)
        self.setWindowTitle(self.tr("Change role"))
        self.intro.setText(self.tr("The role of %1. It takes effect at their next sign-in.")
                           .replace("%1", shown_name(row)))
        self.role = role_box(row.role)
        self.form.addRow(self.tr("Role"), self.role)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change role"))
        self.role.setFocus()

    def work(self) -> Callable[[], None]:
        database, user, target, role = (self.context.database, self.context.user, self.row.id,
                                        str(self.role.currentData()))
        return lambda: set_user_role(database, user, target, role)
