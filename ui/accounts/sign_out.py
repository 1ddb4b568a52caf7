"""Signing out, or handing the workstation to someone else, without quitting Canvass.

The main window is built for one person: its views, menus and buttons follow that person's role
and every view holds what it loaded for them. So instead of rewiring a live window, signing out
closes it and the sign-in dialog takes its place; whoever signs in gets a fresh main window over
the same open database, change feed and background runner, built for them. Cancelling the
sign-in quits Canvass, as at start (the closed window's person is signed out either way: their
window is gone before the dialog asks for anyone).

The window's maker is passed in by the main window itself (ui/shell imports ui/accounts, never
the other way round).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from controllers.runtime.context import AppContext
from ui.accounts.sign_in_dialog import SignInDialog

WindowMaker = Callable[[AppContext], QMainWindow]


def sign_out(window: QMainWindow, context: AppContext, make_window: WindowMaker,
             opened: Callable[[QMainWindow], None] | None = None) -> SignInDialog:
    """Close `window` and ask who signs in next; their window, made by `make_window` over a
    context for them, is shown and handed to `opened` (a test, or whoever keeps the window).
    Returns the sign-in dialog, already shown (closed again if the window refused to close)."""
    dialog = SignInDialog(context.database, context.tasks)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted or dialog.user is None:
            return    # the last window closed: Canvass quits, as when sign-in is cancelled at start
        fresh = make_window(replace(context, user=dialog.user))
        fresh.show()
        if opened is not None:
            opened(fresh)

    dialog.finished.connect(finished)
    dialog.show()          # first, so that closing the window does not end the application
    if not window.close():  # the window would not go (work it must finish): nobody signs out
        dialog.finished.disconnect(finished)
        dialog.close()
        return dialog
    window.deleteLater()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
        dialog.raise_()
    dialog.activateWindow()
    return dialog
