"""Starting the command center: language, look, database, the demo offer, the main window.

`start_gui` does everything up to the shown window and returns it, so tests drive the real
start-up without entering the event loop; `run_gui` adds the loop and the clean-up.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from controllers.accounts import automatic_sign_in, needs_first_run
from controllers.actions import SignedInUser
from controllers.context import AppContext, build_context
from controllers.locations import APP_NAME, ORG_NAME, data_folder, database_location
from controllers.logging_setup import route_qt_messages, setup_logging
from controllers.settings import LANGUAGE, Settings
from controllers.tasks import TaskControl, TaskRunner
from models.database import Database, open_database
from models.errors import CanvassError
from models.permissions import Permission
from ui.appearance import apply_appearance
from ui.demo_offer import offer_demo
from ui.error_text import error_text
from ui.main_window import MainWindow
from ui.progress import run_with_progress
from ui.sign_in_dialog import FirstRunDialog, SignInDialog
from ui.translations import install_translators

log = logging.getLogger("canvass.ui")
translate = QCoreApplication.translate

EXIT_CANNOT_OPEN = 2
EXIT_NOT_SIGNED_IN = 1


@dataclass
class Session:
    """What `start_gui` set up and `finish` takes down again, in reverse order."""
    app: QApplication
    context: AppContext | None = None
    window: MainWindow | None = None
    undo: list[Callable[[], None]] = field(default_factory=list)

    def finish(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context.database.dispose()
        while self.undo:
            self.undo.pop()()


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Canvass")
    return app


def open_with_progress(location: str, runner: TaskRunner) -> Database:
    """Open (and migrate) off the UI thread: a PostgreSQL server may take seconds to answer."""
    def work(_control: TaskControl) -> Database:
        return open_database(location)

    outcome = run_with_progress(runner, translate("App", "Opening the database…"), work,
                                cancellable=False, minimum_duration_ms=800)
    if outcome.succeeded:
        return outcome.value  # type: ignore[no-any-return]
    raise outcome.value if outcome.value is not None else RuntimeError("opening was interrupted")


def report_cannot_open(error: CanvassError, location: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Canvass",
                      translate("App", "Canvass cannot open the database."))
    box.setInformativeText(f"{error_text(error)}\n\n{location}")
    box.setDetailedText(str(error))
    box.exec()


def start_gui(args: argparse.Namespace, settings: Settings | None = None) -> Session | int:
    """Everything up to the shown main window; an exit code instead when it cannot start."""
    session = Session(application())
    setup_logging(data_folder())
    session.undo.append(route_qt_messages())
    settings = settings or Settings.for_user()
    language = args.lang or settings.get(LANGUAGE)
    session.undo.append(install_translators(session.app, language))
    session.undo.append(apply_appearance(session.app))
    runner = TaskRunner()
    location = database_location(args.db)
    try:
        database = open_with_progress(location, runner)
    except CanvassError as error:
        log.error("cannot open %s: %s", location, error)
        report_cannot_open(error, location)
        runner.shutdown()
        session.finish()
        return EXIT_CANNOT_OPEN
    if args.lang:
        settings.set(LANGUAGE, args.lang)
    try:
        user = who_signs_in(database)
    except CanvassError as error:
        report_cannot_open(error, location)
        user = None
    if user is None:
        runner.shutdown()
        database.dispose()
        session.finish()
        return EXIT_NOT_SIGNED_IN
    session.context = build_context(database, settings, tasks=runner, user=user)
    try:
        empty = database.is_empty()
    except Exception:  # noqa: BLE001 - the window will show the connection state itself
        log.exception("could not tell whether %s is empty", database.description)
        empty = False
    if empty and user.may(Permission.EDIT_REGISTER):
        offer_demo(session.context)
    session.window = MainWindow(session.context)
    if args.wall:
        session.window.wall.rotate_seconds = getattr(args, "wall_rotate", 0) or 0
        session.window.wall.enter()
    else:
        session.window.show()
    session.context.connection.start()
    session.context.feed.start()
    return session


def who_signs_in(database: Database) -> SignedInUser | None:
    """The first-run administrator, the single local user, or whoever signs in; None: cancelled."""
    if needs_first_run(database):
        first = FirstRunDialog(database)
        return first.user if first.exec() == QDialog.DialogCode.Accepted else None
    automatic = automatic_sign_in(database)
    if automatic is not None:
        return automatic
    dialog = SignInDialog(database)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_gui(args: argparse.Namespace) -> int:
    started = start_gui(args)
    if isinstance(started, int):
        return started
    try:
        return int(started.app.exec())
    finally:
        started.finish()
