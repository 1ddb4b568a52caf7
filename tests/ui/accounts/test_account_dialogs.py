"""Sign-in, first run and user management, driven through the real widgets. Each check and save
runs in the background: `answered` waits for its answer."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from controllers.accounts.users import add_user, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskRunner
from models.db.database import Database
from models.enums import UserRole
from ui.accounts.sign_in_dialog import FirstRunDialog, SignInDialog
from ui.accounts.users_dialog import UsersDialog

ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


def test_first_run_is_one_click_on_sqlite(qtbot: QtBot, sqlite_database: Database,
                                          runner: TaskRunner,
                                          answered: Callable[..., None]) -> None:
    dialog = FirstRunDialog(sqlite_database, runner)
    qtbot.addWidget(dialog)
    dialog.create_commander()
    answered(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role == UserRole.COMMANDER


def test_first_run_on_postgresql_insists_on_a_password(qtbot: QtBot,
                                                       postgres_database: Database,
                                                       runner: TaskRunner,
                                                       answered: Callable[..., None]) -> None:
    dialog = FirstRunDialog(postgres_database, runner)
    qtbot.addWidget(dialog)
    dialog.create_commander()
    answered(dialog)
    assert dialog.user is None and not dialog.message.isHidden()
    dialog.password.setText("long-enough-pw")
    dialog.create_commander()
    answered(dialog)
    assert dialog.user is not None


def test_wrong_password_says_so_and_lock_disables_the_button(qtbot: QtBot, database: Database,
                                                             runner: TaskRunner,
                                                             answered: Callable[..., None]) -> None:
    add_user(database, ADMIN, "wang", "clerk", "right-password")
    moment = datetime.now()
    dialog = SignInDialog(database, runner,
                          sign_in_with=lambda db, n, p: sign_in(db, n, p, lambda: moment))
    qtbot.addWidget(dialog)
    dialog.name.setText("wang")
    for _ in range(3):
        dialog.password.setText("wrong")
        dialog.try_sign_in()
        answered(dialog)
    assert dialog.user is None and dialog.password.text() == ""
    dialog.password.setText("right-password")
    dialog.try_sign_in()
    answered(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.user is None and not ok.isEnabled()
    qtbot.waitUntil(ok.isEnabled, timeout=3000)


def test_users_dialog_adds_and_refuses(qtbot: QtBot, context: AppContext,
                                       answered: Callable[..., None]) -> None:
    context.user = ADMIN
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    answered(dialog)
    dialog.name.setText("li")
    dialog.role.setCurrentIndex(dialog.role.findData("dispatcher"))
    dialog.password.setText("short")
    dialog.add()
    answered(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.message.isHidden()
    assert dialog.name.text() == "li" and dialog.password.text() == "short"   # kept as typed
    dialog.password.setText("long-enough")
    dialog.add()
    answered(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "li"
