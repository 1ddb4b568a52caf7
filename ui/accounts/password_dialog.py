"""Changing one's own password: from the Account menu (the current password first, so a
workstation left signed in does not hand its account over), and at sign-in after an
administrator reset it (the password just typed is the current one: it is not asked again)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.users import change_own_password
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from controllers.runtime.tasks import TaskRunner
from models.accounts.refusals import AccountRefusal
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.error_text import error_text
from ui.kit.widgets import named_label


def password_field() -> QLineEdit:
    return QLineEdit(maxLength=256, echoMode=QLineEdit.EchoMode.Password)


class ChangePasswordDialog(QDialog):
    """The current password (unless `given`), the new one twice. A refusal keeps what was typed
    except the field it names, which is emptied and focused."""

    def __init__(self, database: Database, tasks: TaskRunner, user: SignedInUser,
                 parent: QWidget | None = None, given: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change your password"))
        self._database, self._tasks, self._user, self._given = database, tasks, user, given
        self.current = password_field()
        self.new = password_field()
        self.again = password_field()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        form = QFormLayout()
        if given is None:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change password"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        who = user.display_name or user.username
        intro = (self.tr("%1: an administrator reset your password. Choose your own before you "
                         "start; only you will know it.") if given is not None
                 else self.tr("%1: your new password takes effect at once.")).replace("%1", who)
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        (self.new if given is not None else self.current).setFocus()

    def change(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("The two new passwords differ."))
            self.again.clear()
            self.again.setFocus()
            return
        database, user, new = self._database, self._user, self.new.text()
        old = self._given if self._given is not None else self.current.text()
        save_in_background(self._tasks, self, "change password", lambda: change_own_password(
            database, user, old, new), saved=lambda _result: self.accept(),
            refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        self._say(error_text(error))
        if error.code == AccountRefusal.WRONG_PASSWORD:
            self.current.clear()
            self.current.setFocus()
        else:
            self.again.clear()
            self.new.selectAll()
            self.new.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
