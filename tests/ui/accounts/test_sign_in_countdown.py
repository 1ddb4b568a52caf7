"""The sign-in dialog with real keys: a locked account's wait counts down second by second and the
message goes when it ends; a deactivated account is told so; a password an administrator reset
is replaced before its owner gets in; one's own password is changed with the current one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from controllers.accounts.users import add_user, reset_password, set_user_active, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from controllers.runtime.tasks import TaskRunner
from models.accounts.credentials import SignInRefused
from models.enums import UserRole
from tests.support.gui import Answered, keys_reach
from ui.accounts.password_dialog import ChangePasswordDialog
from ui.accounts.sign_in_dialog import SignInDialog, countdown_text

ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


class Clock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    keys_reach(qtbot, dialog)
    return dialog


def type_in(qtbot: QtBot, dialog: SignInDialog, name: str, password: str) -> None:
    """Name, Tab, password, Enter: how a person signs in."""
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_countdown_text() -> None:
    assert [countdown_text(s) for s in (300, 75, 74.2, 0.3, 0, -2)] == [
        "5:00", "1:15", "1:15", "0:01", "0:00", "0:00"]


def test_the_lock_counts_down_and_clears(qtbot: QtBot, database: Database, runner: TaskRunner,
                                         answered: Answered) -> None:
    clock = Clock()

    def locked(_database: Database, _name: str, _password: str) -> SignedInUser:
        raise SignInRefused("Too many failed attempts: try again in 75 s", 75.0)

    dialog = shown(qtbot, SignInDialog(database, runner, sign_in_with=locked, clock=clock))
    assert isinstance(dialog, SignInDialog)
    type_in(qtbot, dialog, "wang", "guess-pass")
    answered(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.message.text() == "Too many failed attempts. Try again in 1:15."
    assert dialog.countdown.isActive() and dialog.countdown.interval() == 1000
    assert not ok.isEnabled() and dialog.password.text() == ""
    seen = []
    for _second in range(3):
        clock.now += 1
        dialog.countdown.timeout.emit()
        seen.append(dialog.message.text().rsplit(" ", 1)[-1])
    assert seen == ["1:14.", "1:13.", "1:12."]
    clock.now += 72
    dialog.countdown.timeout.emit()
    assert dialog.message.isHidden() and dialog.message.text() == ""
    assert ok.isEnabled() and not dialog.countdown.isActive()


def test_a_real_lock_lifts_by_itself(qtbot: QtBot, database: Database, runner: TaskRunner,
                                     answered: Answered) -> None:
    """Three wrong passwords lock the account for a second; the real timer lifts it."""
    add_user(database, ADMIN, "wang", "clerk", "right-password")
    dialog = shown(qtbot, SignInDialog(database, runner))
    assert isinstance(dialog, SignInDialog)
    dialog.name.setText("wang")
    for _attempt in range(4):
        dialog.password.setText("wrong-password")
        dialog.try_sign_in()
        answered(dialog)
    assert dialog.message.text() in ("Too many failed attempts. Try again in 0:01.",
                                     "Wrong user name or password.")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: ok.isEnabled() and dialog.message.isHidden(), timeout=3_000)


def test_a_deactivated_account_is_told_so(qtbot: QtBot, database: Database, runner: TaskRunner,
                                          answered: Answered) -> None:
    wang = add_user(database, ADMIN, "wang", "clerk", "right-password")
    add_user(database, ADMIN, "zhang", "commander", "right-password")
    set_user_active(database, ADMIN, wang.id, False)
    dialog = shown(qtbot, SignInDialog(database, runner))
    assert isinstance(dialog, SignInDialog)
    type_in(qtbot, dialog, "wang", "right-password")
    answered(dialog)
    assert dialog.user is None
    assert dialog.message.text() == "This account is deactivated. Ask a commander to reactivate it."


def change_dialog(qtbot: QtBot) -> ChangePasswordDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, ChangePasswordDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    found = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ChangePasswordDialog) and w.isVisible())
    keys_reach(qtbot, found)
    return found


def test_a_reset_password_is_replaced_before_its_owner_gets_in(
        qtbot: QtBot, database: Database, runner: TaskRunner, answered: Answered) -> None:
    wang = add_user(database, ADMIN, "wang", "clerk", "right-password", "王文书")
    reset_password(database, ADMIN, wang.id, "temporary-1")
    dialog = shown(qtbot, SignInDialog(database, runner))
    assert isinstance(dialog, SignInDialog)
    type_in(qtbot, dialog, "wang", "temporary-1")
    answered(dialog)
    change = change_dialog(qtbot)
    assert dialog.user is None and change.current.isHidden()
    assert change.windowTitle() == "Change your password"
    qtbot.keyClicks(change.new, "my-own-pass")
    qtbot.keyClick(change.new, Qt.Key.Key_Tab)
    qtbot.keyClicks(change.again, "my-own-typo")
    qtbot.keyClick(change.again, Qt.Key.Key_Return)
    assert change.message.text() == "The two new passwords differ." and change.again.text() == ""
    qtbot.keyClicks(change.again, "my-own-pass")
    qtbot.keyClick(change.again, Qt.Key.Key_Return)
    answered(change)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5_000)
    assert dialog.user is not None and dialog.user.username == "wang"
    assert sign_in(database, "wang", "my-own-pass").username == "wang"


def test_own_password_needs_the_current_one(qtbot: QtBot, database: Database, runner: TaskRunner,
                                            answered: Answered) -> None:
    add_user(database, ADMIN, "li", "viewer", "right-password")
    li = sign_in(database, "li", "right-password")
    change = shown(qtbot, ChangePasswordDialog(database, runner, li))
    assert isinstance(change, ChangePasswordDialog)

    def fill(current: str, new: str) -> None:
        for field, text in ((change.current, current), (change.new, new), (change.again, new)):
            field.setFocus()
            field.selectAll()
            qtbot.keyClicks(field, text)
        qtbot.keyClick(change.again, Qt.Key.Key_Return)
        answered(change)

    fill("guess-pass", "brand-new-pass")
    assert change.message.text() == "The current password is wrong." and change.current.text() == ""
    assert change.new.text() == "brand-new-pass"                        # kept as typed
    fill("right-password", "brand-new-pass")
    assert change.result() == QDialog.DialogCode.Accepted
    assert sign_in(database, "li", "brand-new-pass").username == "li"

