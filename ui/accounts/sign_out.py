"""Signing out, or handing the workstation to someone else, without quitting Canvass.

The main window is built for one person: its views, menus and buttons follow that person's role
and every view holds what it loaded for them. So instead of rewiring a live window, signing out
closes it and the sign-in dialog takes its place; whoever signs in gets a fresh main window over
the same open database, change feed and background runner, built for them. Cancelling the
sign-in quits Canvass, as at start (the closed window's person is signed out either way: their
window is gone before the dialog asks for anyone).

On a role-enforced PostgreSQL database (README "Roles enforced by PostgreSQL") the connection is
the person: the closed window's person's database connection, change feed and background runner
are closed with their window, and the next person's name and password open the database again as
their own login (the login dialog, as at start), with a context built for it as start-up builds
one; nobody works over the previous person's login.

The window's maker is passed in by the main window itself (ui/shell imports ui/accounts, never
the other way round).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.tasks import TaskRunner
from ui.accounts.sign_in_dialog import LoginDialog, SignInDialog

WindowMaker = Callable[[AppContext], QMainWindow]
CLOSING_WAIT_MS = 2_000   # the closed window's background work, cancelled, may take this to stop


def sign_out(window: QMainWindow, context: AppContext, make_window: WindowMaker,
             opened: Callable[[QMainWindow], None] | None = None) -> SignInDialog:
    """Close `window` and ask who signs in next; their window, made by `make_window` over a
    context for them, is shown and handed to `opened` (a test, or whoever keeps the window).
    Returns the sign-in dialog, already shown (closed again if the window refused to close)."""
    location = context.login_location
    runner = context.tasks if location is None else TaskRunner()   # the next login's own
    dialog = (SignInDialog(context.database, runner) if location is None
              else LoginDialog(location, runner))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if isinstance(dialog, LoginDialog):
            fresh_context = _reopened(dialog, runner, context,
                                      accepted=result == QDialog.DialogCode.Accepted)
            if fresh_context is None:
                return
        elif result != QDialog.DialogCode.Accepted or dialog.user is None:
            return    # the last window closed: Canvass quits, as when sign-in is cancelled at start
        else:
            fresh_context = replace(context, user=dialog.user)
        fresh = make_window(fresh_context)
        fresh.show()
        if opened is not None:
            opened(fresh)

    dialog.finished.connect(finished)
    dialog.show()          # first, so that closing the window does not end the application
    if not window.close():  # the window would not go (work it must finish): nobody signs out
        dialog.finished.disconnect(finished)
        dialog.close()
        if location is not None:
            runner.shutdown()
        return dialog
    window.deleteLater()
    if location is not None:   # the previous person's login goes with their window
        context.close(CLOSING_WAIT_MS)
        context.database.dispose()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
        dialog.raise_()
    dialog.activateWindow()
    return dialog


def _reopened(dialog: LoginDialog, tasks: TaskRunner, previous: AppContext, *,
              accepted: bool) -> AppContext | None:
    """The context over the database the login dialog opened as the next person, started as at
    start-up and closed when Canvass quits; None (nothing left open) when nobody signed in."""
    database, user = dialog.database, dialog.user
    if not accepted or database is None or user is None:
        if database is not None:
            database.dispose()
        tasks.shutdown()
        return None     # the last window closed: Canvass quits, as when sign-in is cancelled
    context = build_context(database, previous.settings, tasks=tasks, user=user,
                            login_location=previous.login_location)
    context.connection.start()
    context.feed.start()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: _close(context))
    return context


def _close(context: AppContext) -> None:
    context.close()
    context.database.dispose()
