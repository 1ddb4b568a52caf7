"""Sign-in at start (and after signing out), and the one-click first-run administrator of a new
database. Both check in the background (a password hash is slow on purpose), on the runner that
opened the database."""
from __future__ import annotations

import getpass
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.login import open_as, where
from controllers.accounts.users import (
    create_first_administrator,
    password_change_due,
    release_wall,
    sign_in,
)
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from controllers.runtime.tasks import TaskRunner
from models.accounts.credentials import SignInRefused
from models.accounts.refusals import AccountRefusal
from models.errors import CanvassError
from ui.accounts.password_dialog import ChangePasswordDialog
from ui.kit.background import save_in_background
from ui.kit.error_text import error_text
from ui.kit.widgets import named_label


def _os_user() -> str:
    try:
        return "".join(ch for ch in getpass.getuser() if ch.isalnum() or ch in "._-")[:32] or "admin"
    except (KeyError, OSError):
        return "admin"


def countdown_text(seconds: float) -> str:
    """The wait as minutes:seconds, rounded up: "0:01" until the lock has really ended."""
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class SignInDialog(QDialog):
    """Name and password; a refused attempt says so, and a locked account counts its wait down
    second by second (the Sign in button comes back, and the message goes, when it ends). A
    password an administrator reset is replaced before the dialog lets its owner in.

    `clock`: seconds on a monotonic clock, given by tests that drive the countdown."""

    asks_for_reset_password = True   # the wall's release (a commander stepping in) does not

    def __init__(self, database: Database | None, tasks: TaskRunner,
                 parent: QWidget | None = None,
                 sign_in_with: Callable[[Database, str, str], SignedInUser] = sign_in,
                 clock: Callable[[], float] = time.monotonic, *,
                 description: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Canvass"))
        self._database = database
        self._tasks = tasks
        self._sign_in = sign_in_with
        self._clock = clock
        self._lock_ends = 0.0
        self.user: SignedInUser | None = None
        self.change: ChangePasswordDialog | None = None
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
        layout.addWidget(named_label("muted", description or (database.description if database
                                                              else ""), wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)

    def try_sign_in(self) -> None:
        if self.countdown.isActive():
            return
        database, name, password, check = (self._database, self.name.text(),
                                           self.password.text(), self._sign_in)
        asks = self.asks_for_reset_password
        assert database is not None     # LoginDialog, which has none yet, opens it itself

        def work() -> tuple[SignedInUser, bool]:
            user = check(database, name, password)
            return user, asks and password_change_due(database, user)

        save_in_background(self._tasks, self, "sign in", work,
                           saved=lambda answer: self._signed_in(*answer, password),
                           refused=self._refused)

    def _signed_in(self, user: SignedInUser, change_due: bool, password: str) -> None:
        if not change_due:
            self.user = user
            self.accept()
            return
        self.password.clear()
        assert self._database is not None
        self.change = ChangePasswordDialog(self._database, self._tasks, user, self,
                                           given=password)
        self.change.accepted.connect(lambda: self._signed_in(user, False, ""))
        self.change.rejected.connect(lambda: self._show(
            self.tr("Choose your own password to sign in.")))
        self.change.open()

    def _refused(self, error: CanvassError) -> None:
        self.password.clear()
        if error.code == AccountRefusal.LOCKED and isinstance(error, SignInRefused):
            self._lock_ends = self._clock() + error.retry_after
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.countdown.start()
            self._tick()
        elif error.code == AccountRefusal.WRONG_CREDENTIALS:
            self._show(self.tr("Wrong user name or password."))
        else:
            self._show(error_text(error))

    def _tick(self) -> None:
        """Once a second while locked: the wait left, or, once it has ended, nothing."""
        left = self._lock_ends - self._clock()
        if left > 0:
            self._show(self.tr("Too many failed attempts. Try again in %1.").replace(
                "%1", countdown_text(left)))
            return
        self.countdown.stop()
        self.message.clear()
        self.message.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class WallReleaseDialog(SignInDialog):
    """The wall is a kiosk: a commander's name and password take the screen off it (checked by
    the accounts controller, a wrong password counting towards the lock as at sign-in)."""

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(database, tasks, parent, sign_in_with=release_wall)
        self.asks_for_reset_password = False
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


class LoginDialog(SignInDialog):
    """The sign-in of a role-enforced database (controllers/accounts/login.py): the name and
    password open the connection as that person's login role, then sign in as ever. `database`:
    the database opened, once someone signed in (the caller owns it)."""

    def __init__(self, location: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(None, tasks, parent, description=where(location))
        self._location = location
        self.database: Database | None = None

    def try_sign_in(self) -> None:
        if self.countdown.isActive():
            return
        location, name, password = self._location, self.name.text(), self.password.text()
        save_in_background(self._tasks, self, "sign in",
                           lambda: open_as(location, name, password),
                           saved=lambda answer: self._opened(*answer, password),
                           refused=self._refused)

    def _opened(self, database: Database, user: SignedInUser, change_due: bool,
                password: str) -> None:
        if self.database is not None:      # a second person after a refused password change
            self.database.dispose()
        self.database = self._database = database
        self._signed_in(user, change_due, password)
