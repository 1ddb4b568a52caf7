"""The users list as a commander works it, with real keys: a new account starts with the least
privileged role; a password is reset and an account unlocked, deactivated and reactivated from
the list, each on the account chosen, the list keeping it chosen through the reload; the last
active commander is kept, said in one sentence."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from controllers.accounts.users import add_user, password_change_due, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.enums import UserRole
from models.schema import SignInDelay
from tests.support.gui import Answered, keys_reach
from ui.accounts.account_forms import ResetPasswordDialog, RoleDialog
from ui.accounts.users_dialog import UsersDialog

ALT = Qt.KeyboardModifier.AltModifier
ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


@pytest.fixture
def commander(context: AppContext) -> Iterator[AppContext]:
    """Signed in as 张指挥, the only commander, beside a clerk 王 and a viewer 李."""
    add_user(context.database, ADMIN, "zhang", "commander", "secret-pass", "张指挥")
    add_user(context.database, ADMIN, "wang", "clerk", "secret-pass", "王文书")
    add_user(context.database, ADMIN, "li", "viewer", "secret-pass", "李")
    context.user = sign_in(context.database, "zhang", "secret-pass")
    yield context


def opened(qtbot: QtBot, context: AppContext, answered: Answered) -> UsersDialog:
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    keys_reach(qtbot, dialog)
    answered(dialog)
    return dialog


def alt(qtbot: QtBot, dialog: QWidget, key: Qt.Key, button: QPushButton) -> None:
    """Alt and the button's underlined letter; the button clicks itself a moment later (Qt
    shows it pressed first), so the click is waited for."""
    with qtbot.waitSignal(button.clicked, timeout=2_000):
        qtbot.keyClick(dialog, key, ALT)


def choose(qtbot: QtBot, dialog: UsersDialog, username: str) -> None:
    """Ctrl+Home, then Down until the account's row is current: the keys a person presses."""
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _step in range(dialog.table.rowCount() + 1):
        row = dialog.selected()
        if row is not None and row.username == username:
            return
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    raise AssertionError(f"{username} is not in the list")


def cell(dialog: UsersDialog, username: str, column: int) -> str:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == username:
            return dialog.table.item(row, column).text()
    raise AssertionError(f"{username} is not in the list")


def form_opened(qtbot: QtBot, kind: type) -> ResetPasswordDialog | RoleDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    keys_reach(qtbot, form)
    return form


def test_a_new_account_starts_with_the_least_privileged_role(
        qtbot: QtBot, commander: AppContext, answered: Answered) -> None:
    dialog = opened(qtbot, commander, answered)
    assert dialog.role.currentData() == UserRole.VIEWER.value
    qtbot.keyClicks(dialog.name, "zhao")
    qtbot.keyClicks(dialog.password, "long-enough")
    alt(qtbot, dialog, Qt.Key.Key_A, dialog.add_button)
    answered(dialog)
    assert cell(dialog, "zhao", 2) == "Viewer (wall screen)"
    assert dialog.selected() is not None and dialog.selected().username == "zhao"  # type: ignore[union-attr]
    assert dialog.role.currentData() == UserRole.VIEWER.value and dialog.name.text() == ""


def test_reset_a_password_from_the_list(qtbot: QtBot, commander: AppContext,
                                        answered: Answered) -> None:
    dialog = opened(qtbot, commander, answered)
    assert [cell(dialog, "zhang", 4) != "never", cell(dialog, "wang", 4)] == [True, "never"]
    choose(qtbot, dialog, "wang")
    alt(qtbot, dialog, Qt.Key.Key_R, dialog.reset)
    form = form_opened(qtbot, ResetPasswordDialog)
    assert "王文书 (wang)" in form.intro.text() and len(form.password.text()) == 10
    qtbot.keyClicks(form.password, "temporary-1")      # replaces the offered one, selected
    with qtbot.waitSignal(form.accepted, timeout=5_000):  # saved, closed (and deleted)
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.selected().username == "wang"  # type: ignore[union-attr]
    assert cell(dialog, "wang", 3) == "Active, new password due"
    assert password_change_due(commander.database,
                               sign_in(commander.database, "wang", "temporary-1"))


def test_unlock_from_the_list(qtbot: QtBot, commander: AppContext, answered: Answered) -> None:
    with commander.database.sessions() as session:   # nine failures at pc-7 just now
        session.add(SignInDelay(username="li", workstation="pc-7", failures=9,
                                last_failed_at=datetime.now(),
                                delayed_until=datetime.now() + timedelta(minutes=4)))
        session.commit()
    dialog = opened(qtbot, commander, answered)
    assert cell(dialog, "li", 5).startswith("until ")
    choose(qtbot, dialog, "zhang")
    assert not dialog.unlock.isEnabled()               # nothing to unlock
    choose(qtbot, dialog, "li")
    assert dialog.unlock.isEnabled()
    alt(qtbot, dialog, Qt.Key.Key_U, dialog.unlock)
    answered(dialog)
    qtbot.waitUntil(lambda: cell(dialog, "li", 5) == "", timeout=5_000)
    assert dialog.message.text() == "李 (li) may sign in again at once."
    assert sign_in(commander.database, "li", "secret-pass", workstation="pc-7").username == "li"


def test_deactivate_reactivate_and_the_last_commander(qtbot: QtBot, commander: AppContext,
                                                      answered: Answered) -> None:
    dialog = opened(qtbot, commander, answered)
    choose(qtbot, dialog, "zhang")
    assert not dialog.toggle.isEnabled() and not dialog.reset.isEnabled()  # one's own account
    choose(qtbot, dialog, "wang")
    alt(qtbot, dialog, Qt.Key.Key_D, dialog.toggle)
    answered(dialog)
    qtbot.waitUntil(lambda: cell(dialog, "wang", 3) == "Deactivated", timeout=5_000)
    assert dialog.selected().username == "wang"  # type: ignore[union-attr]
    assert dialog.toggle.text() == "R&eactivate"
    alt(qtbot, dialog, Qt.Key.Key_E, dialog.toggle)
    answered(dialog)
    qtbot.waitUntil(lambda: cell(dialog, "wang", 3) == "Active", timeout=5_000)
    # Signed in as an administrator, the commander's demotion is refused in one sentence.
    commander.user = ADMIN
    choose(qtbot, dialog, "zhang")
    alt(qtbot, dialog, Qt.Key.Key_O, dialog.change_role)
    form = form_opened(qtbot, RoleDialog)
    form.role.setFocus()
    qtbot.keyClick(form.role, Qt.Key.Key_Down)          # commander → dispatcher
    qtbot.keyClick(form.role, Qt.Key.Key_Return)
    answered(form)
    assert form.isVisible() and form.message.text() == (
        "The last active commander cannot be demoted or deactivated: make another user a "
        "commander first.")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert cell(dialog, "zhang", 2) == "Commander"
