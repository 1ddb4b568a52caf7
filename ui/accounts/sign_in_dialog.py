"""Sign-in at start, and the one-click first-run administrator of a new database. Both check in
the background (a password hash is slow on purpose), on the runner that opened the database."""
from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.users import create_first_administrator, release_wall, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from controllers.runtime.tasks import TaskRunner
from models.accounts.credentials import SignInRefused
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.error_text import error_text
from ui.kit.widgets import named_label


def _os_user() -> str:
    try:
        return "".join(ch for ch in getpass.getuser() if ch.isalnum() or ch in "._-")[:32] or "admin"
    except (KeyError, OSError):
        return "admin"


class SignInDialog(QDialog):
    """Name and password; a refused attempt says so, and a locked account counts down."""

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 sign_in_with: Callable[[Database, str, str], SignedInUser] = sign_in) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Canvass"))
        self._database = database
        self._tasks = tasks
        self._sign_in = sign_in_with
        self.user: SignedInUser | None = None
        self.name = QLineEdit(maxLength=32)
        self.password = QLineEdit(maxLength=256, echoMode=QLineEdit.EchoMode.Password)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(named_label("pageTitle", "Canvass"))
        layout.addWidget(named_label("muted", self.tr("Screening and transfer command")))
        layout.addWidget(named_label("muted", database.description, wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._unlock = QTimer(self, singleShot=True)
        self._unlock.timeout.connect(lambda: self._set_waiting(False))

    def try_sign_in(self) -> None:
        database, name, password, check = (self._database, self.name.text(),
                                           self.password.text(), self._sign_in)
        save_in_background(self._tasks, self, "sign in", lambda: check(database, name, password),
                           saved=self._signed_in, refused=self._refused)

    def _signed_in(self, user: SignedInUser) -> None:
        self.user = user
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        if not isinstance(error, SignInRefused):
            self._show(error_text(error))
            return
        self.password.clear()
        if error.retry_after > 0:
            self._show(self.tr("Too many failed attempts. Try again in %n second(s).", "",
                               max(1, round(error.retry_after))))
            self._set_waiting(True)
            self._unlock.start(int(error.retry_after * 1000))
        else:
            self._show(self.tr("Wrong user name or password."))

    def _set_waiting(self, waiting: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class WallReleaseDialog(SignInDialog):
    """The wall is a kiosk: a commander's name and password take the screen off it (checked by
    the accounts controller, a wrong password counting towards the lock as at sign-in)."""

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(database, tasks, parent, sign_in_with=release_wall)
        self.setWindowTitle(self.tr("Leave the wall"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Leave the wall"))
        self.name.setText(username)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(3, named_label(
            "muted", self.tr("Only a commander may take this screen off the wall."), wrap=True))
        (self.password if username else self.name).setFocus()


class FirstRunDialog(QDialog):
    """A new database has no users: make the first one, a commander. On a single-user SQLite
    file the password may stay empty, so starting is one click."""

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Canvass"))
        self._database = database
        self._tasks = tasks
        self.user: SignedInUser | None = None
        self.name = QLineEdit(_os_user(), maxLength=32)
        self.password = QLineEdit(maxLength=256, echoMode=QLineEdit.EchoMode.Password)
        shared = database.kind != "sqlite"
        self.password.setPlaceholderText(
            self.tr("at least 8 characters") if shared else self.tr("optional on this computer"))
        intro = QLabel(self.tr("This database has no users yet. You become its commander; "
                               "add the other workstations' users later."), wordWrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.create_commander)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(named_label("pageTitle", self.tr("Welcome to Canvass")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create_commander(self) -> None:
        """Not `create`: that is QWidget's own (it makes the native window)."""
        database, name, password = self._database, self.name.text(), self.password.text() or None
        save_in_background(self._tasks, self, "first administrator",
                           lambda: create_first_administrator(database, name, password),
                           saved=self._created, refused=self._refused)

    def _created(self, user: SignedInUser) -> None:
        self.user = user
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(error_text(error))
        self.message.show()
