"""Signing out and switching user without quitting: the commander's main window goes, the sign-in
dialog takes its place, and the clerk who signs in with real keys gets a fresh main window built
for a clerk, over the same database and change feed. The Account menu offers one's own password
to whoever has an account."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from controllers.accounts.users import add_user, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.enums import UserRole
from tests.support.gui import Answered, keys_reach
from ui.accounts import sign_out
from ui.accounts.sign_in_dialog import SignInDialog
from ui.shell.main_window import MainWindow

ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


def menu_texts(window: QMainWindow) -> list[str]:
    return [action.text() for action in window.findChildren(QAction) if action.text()]


def menu_action(window: QMainWindow, text: str) -> QAction:
    return next(action for action in window.findChildren(QAction) if action.text() == text)


def test_switch_user_gives_the_next_person_a_window_of_their_own(
        qtbot: QtBot, context: AppContext, answered: Answered) -> None:
    add_user(context.database, ADMIN, "zhang", "commander", "secret-pass", "张指挥")
    add_user(context.database, ADMIN, "wang", "clerk", "secret-pass", "王文书")
    context.user = sign_in(context.database, "zhang", "secret-pass")
    window = MainWindow(context)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert "&Users…" in menu_texts(window) and "Change my &password…" in menu_texts(window)
    opened: list[QMainWindow] = []
    dialog = sign_out.sign_out(window, context, MainWindow, opened.append)  # deletes itself
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    keys_reach(qtbot, dialog)
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "wang")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, "secret-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    fresh = opened[0]
    qtbot.addWidget(fresh)
    assert isinstance(fresh, MainWindow) and fresh.isVisible() and fresh is not window
    assert fresh.context.user.username == "wang" and fresh.context.user.role == UserRole.CLERK
    assert fresh.context.database is context.database and fresh.context.feed is context.feed
    assert "&Users…" not in menu_texts(fresh)       # a clerk's window, not the commander's
    assert all(view.context.user.username == "wang" for view in fresh.views.values())
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5_000)  # the old views are gone
    qtbot.waitUntil(lambda: not fresh.is_loading(), timeout=10_000)


def test_the_menu_entry_signs_out(qtbot: QtBot, context: AppContext) -> None:
    add_user(context.database, ADMIN, "zhang", "commander", "secret-pass")
    context.user = sign_in(context.database, "zhang", "secret-pass")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    menu_action(window, "Sign &out / switch user…").trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, SignInDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SignInDialog) and w.isVisible())
    assert not window.isVisible()
    dialog.reject()   # cancelled: in the running application the last window closed quits it
