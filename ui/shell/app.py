"""Starting the command center: language, look, database, the first start, the main window.

`start_gui` does everything up to the shown window and returns it, so tests drive the real
start-up without entering the event loop; `run_gui` adds the loop and the clean-up.
"""
from __future__ import annotations

import argparse
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from controllers.accounts.login import login_needed
from controllers.accounts.users import automatic_sign_in, needs_first_run
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database, build_context, open_database
from controllers.runtime.encryption import (
    EncryptionRefused,
    key_from_environment,
    needs_key,
    open_unlocked,
)
from controllers.runtime.locations import (
    database_location,
    location_to_remember,
    location_to_show,
)
from controllers.runtime.main_thread_gc import freeze_when_settled
from controllers.runtime.settings import DATABASE_LOCATION, LANGUAGE, Settings
from controllers.runtime.tasks import TaskControl, TaskRunner
from models.accounts.permissions import Permission
from models.errors import CanvassError, DatabaseRefusal
from ui.accounts.sign_in_dialog import FirstRunDialog, LoginDialog, SignInDialog
from ui.kit.error_text import error_text
from ui.kit.progress import run_with_progress
from ui.setup.first_start import FirstStartChoice, offer_first_start
from ui.shell.database_key import ask_key
from ui.shell.launch import Session, StartingWindow, begin
from ui.shell.main_window import MainWindow

log = logging.getLogger("canvass.ui")
translate = QCoreApplication.translate

EXIT_CANNOT_OPEN = 2
EXIT_NOT_SIGNED_IN = 1


def open_with_progress(location: str, runner: TaskRunner, key: str | None = None) -> Database:
    """Open (and migrate) off the UI thread: a PostgreSQL server may take seconds to answer,
    and an encrypted file derives its key from `key` on purpose slowly."""
    def work(_control: TaskControl) -> Database:
        return open_database(location) if key is None else open_unlocked(location, key)

    outcome = run_with_progress(runner, translate("App", "Opening the database…"), work,
                                cancellable=False, minimum_duration_ms=800)
    if outcome.succeeded:
        database: Database = outcome.value
        return database
    raise outcome.value if outcome.value is not None else RuntimeError("opening was interrupted")


def report_cannot_open(error: CanvassError, location: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Canvass",
                      translate("App", "Canvass cannot open the database."))
    box.setInformativeText(f"{error_text(error)}\n\n{location_to_show(location)}")
    box.setDetailedText(str(error))
    box.exec()


def start_gui(args: argparse.Namespace, settings: Settings | None = None, *,
              begun: tuple[Session, Settings] | None = None,
              starting: StartingWindow | None = None) -> Session | int:
    """Everything up to the shown main window; an exit code instead when it cannot start.

    `begun` is what ui/shell/launch.py already set up to paint `starting`, the window shown while
    this opens the database; the main window takes its place."""
    session, settings = begun if begun is not None else begin(args, settings)
    if starting is not None:
        session.undo.append(lambda: _close(starting))
    runner = TaskRunner()
    location = database_location(args.db, settings.get(DATABASE_LOCATION))
    login_location: str | None = None
    if login_needed(location):
        # Role-enforced (README "Roles enforced by PostgreSQL"): the sign-in opens the database.
        if args.lang:
            settings.set(LANGUAGE, args.lang)
        login = LoginDialog(location, runner)
        if login.exec() != QDialog.DialogCode.Accepted or login.database is None \
                or login.user is None:
            if login.database is not None:
                login.database.dispose()
            runner.shutdown()
            session.finish()
            return EXIT_NOT_SIGNED_IN
        database, user, login_location = login.database, login.user, location
    else:
        try:
            database = open_asking_key(location, runner)
        except CanvassError as error:
            log.error("cannot open %s: %s", location_to_show(location), error)
            report_cannot_open(error, location)
            runner.shutdown()
            session.finish()
            return EXIT_CANNOT_OPEN
        if args.lang:
            settings.set(LANGUAGE, args.lang)
        signed = signed_in(database, runner, location)
        if signed is None:
            runner.shutdown()
            database.dispose()
            session.finish()
            return EXIT_NOT_SIGNED_IN
        user = signed
    session.context = build_context(database, settings, tasks=runner, user=user,
                                    login_location=login_location)
    set_up = first_start(session)
    session.window = MainWindow(session.context)
    if set_up:
        session.window.show_view("communities")
    if args.wall:
        session.window.wall.rotate_seconds = getattr(args, "wall_rotate", 0) or 0
        session.window.wall.enter()
    else:
        session.window.show()
    if starting is not None:
        starting.hand_over(session.window)
    session.context.connection.start()
    session.context.feed.start()
    freeze_when_settled(session.window)
    return session


def open_asking_key(location: str, runner: TaskRunner) -> Database:
    """Open the database; an encrypted file asks for its key (CANVASS_DB_KEY first) until it
    opens or the person cancels (DatabaseRefusal.KEY_NEEDED, reported like any refusal)."""
    if not needs_key(location):
        return open_with_progress(location, runner)
    key, refusal = key_from_environment(), ""
    while True:
        if key is None:
            key = ask_key(location, refusal)
            if key is None:
                raise EncryptionRefused("no key was given", DatabaseRefusal.KEY_NEEDED)
        try:
            return open_with_progress(location, runner, key)
        except EncryptionRefused as error:
            if error.code is not DatabaseRefusal.KEY_WRONG:
                raise
            log.warning("a wrong key for %s", location)
            key, refusal = None, error_text(error)


def signed_in(database: Database, runner: TaskRunner, location: str) -> SignedInUser | None:
    """Who works on `database` (see who_signs_in); None when nobody did or it failed (said)."""
    try:
        return who_signs_in(database, runner)
    except CanvassError as error:
        report_cannot_open(error, location)
        return None


def is_empty(database: Database) -> bool:
    try:
        return database.is_empty()
    except Exception:
        log.exception("could not tell whether %s is empty", database.description)
        return False


def may_start_a_district(user: SignedInUser) -> bool:
    """Set it up (the commander) or build the demo into it (whoever edits the register)."""
    return user.may(Permission.SET_UP_DISTRICT) or user.may(Permission.EDIT_REGISTER)


def first_start(session: Session) -> bool:
    """On an empty database, the three ways to start (ui/setup/first_start.py); True when a
    district was set up or built. Opening another database swaps the session's context for one
    over it once someone signed in there (else the first stays open and the choice is offered
    again); the new database is remembered for the next starts."""
    context = session.context
    while context is not None and may_start_a_district(context.user) and is_empty(context.database):
        dialog = offer_first_start(context)
        if dialog.choice is not FirstStartChoice.OTHER_DATABASE or dialog.database is None:
            return dialog.choice is not None
        other = dialog.database
        user = signed_in(other, context.tasks, dialog.location)
        if user is None:
            other.dispose()
            continue
        context.database.dispose()
        context.settings.set(DATABASE_LOCATION, location_to_remember(dialog.location))
        context = session.context = build_context(other, context.settings, tasks=context.tasks,
                                                  user=user)
    return False


def who_signs_in(database: Database, runner: TaskRunner) -> SignedInUser | None:
    """The first-run administrator, the single local user, or whoever signs in; None: cancelled."""
    if needs_first_run(database):
        first = FirstRunDialog(database, runner)
        return first.user if first.exec() == QDialog.DialogCode.Accepted else None
    automatic = automatic_sign_in(database)
    if automatic is not None:
        return automatic
    dialog = SignInDialog(database, runner)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def _close(window: StartingWindow) -> None:
    try:
        window.close()
    except RuntimeError:  # already handed over and deleted
        pass


def run_gui(args: argparse.Namespace, *, begun: tuple[Session, Settings] | None = None,
            starting: StartingWindow | None = None) -> int:
    started = start_gui(args, begun=begun, starting=starting)
    if isinstance(started, int):
        return started
    try:
        return int(started.app.exec())
    finally:
        started.finish()
