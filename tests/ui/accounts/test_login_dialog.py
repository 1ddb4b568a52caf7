"""The window's sign-in on a role-enforced PostgreSQL database (README "Roles enforced by
PostgreSQL"): the workstation's address names no user, so the dialog's name and password open the
connection as that person's login role, then sign in as ever. A wrong password is the usual
sentence and leaves nothing open; the right one gives the open database, connected as the
person. Switching user opens the database again as the next person's login. On a cluster of its
own with SCRAM (tests/support/login_cluster.py)."""
from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from controllers.accounts.login import login_needed, open_as
from controllers.accounts.users import add_user
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import build_context
from controllers.runtime.settings import Settings
from controllers.runtime.tasks import TaskRunner
from models.accounts.login_roles import install
from models.enums import UserRole
from models.opening import open_database
from tests.support.gui import Answered, keys_reach
from tests.support.login_cluster import LoginCluster
from tests.support.postgres_cluster import find_bin
from ui.accounts import sign_out
from ui.accounts.sign_in_dialog import LoginDialog
from ui.shell.main_window import MainWindow

SETUP = SignedInUser(None, "console:test", "console:test", UserRole.ADMIN)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LoginCluster]:
    bin_dir = find_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found: CI must run the login-role tests")
        pytest.skip("no PostgreSQL binaries (initdb) on this machine")
    started = LoginCluster(bin_dir)
    started.start()
    try:
        owner = open_database(started.owner_address())
        try:
            with owner.sessions() as session:
                install(session.connection())
                session.commit()
            add_user(owner, SETUP, "zhao", "clerk", "clerk-pass-1")
        finally:
            owner.dispose()
        yield started
    finally:
        started.stop()


def test_which_addresses_ask_for_the_login(cluster: LoginCluster) -> None:
    assert login_needed(cluster.address())
    assert not login_needed(cluster.owner_address())          # names its user
    assert not login_needed("/data/canvass.sqlite3")
    assert not login_needed("postgresql://db:notaport/x")     # opening says what is wrong


def test_the_login_opens_the_database(qtbot: QtBot, cluster: LoginCluster, runner: TaskRunner,
                                      answered: Answered) -> None:
    dialog = LoginDialog(cluster.address(), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    keys_reach(qtbot, dialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "zhao")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.database is None and dialog.user is None and dialog.isVisible()
    qtbot.keyClicks(dialog.password, "clerk-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.user is not None and dialog.user.username == "zhao"
    assert dialog.user.role == UserRole.CLERK and not dialog.isVisible()
    assert dialog.database is not None
    try:
        with dialog.database.engine.connect() as connection:
            assert connection.execute(text("SELECT session_user")).scalar() == "zhao"
    finally:
        dialog.database.dispose()


def test_switching_user_opens_the_database_as_the_next_persons_login(
        qtbot: QtBot, cluster: LoginCluster, settings: Settings) -> None:
    """A commander's window, then "Sign out / switch user" and a viewer's name and password: the
    viewer's window works on the viewer's own login (the commander's connection, feed and runner
    closed with the commander's window), so what the viewer's role may not read is refused on
    the window's connection, and the audit names the viewer."""
    owner = open_database(cluster.owner_address())
    try:
        add_user(owner, SETUP, "qian", "commander", "commander-pass-1")
        add_user(owner, SETUP, "sun", "viewer", "viewer-pass-1")
    finally:
        owner.dispose()
    database, commander, _due = open_as(cluster.address(), "qian", "commander-pass-1")
    context = build_context(database, settings, probe_interval_ms=60_000, user=commander,
                            login_location=cluster.address())
    window = MainWindow(context)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    opened: list[QMainWindow] = []
    dialog = sign_out.sign_out(window, context, MainWindow, opened.append)
    keys_reach(qtbot, dialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "sun")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, "viewer-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened) or dialog.message.isVisible(), timeout=10_000)
    assert opened, dialog.message.text()     # not refused as another person's connection
    fresh = opened[0]
    qtbot.addWidget(fresh)
    assert isinstance(fresh, MainWindow)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5_000)  # the old views are gone
    try:
        assert fresh.context.user.username == "sun" and fresh.context.user.role == UserRole.VIEWER
        assert fresh.context.database is not database and fresh.context.feed is not context.feed
        assert fresh.context.tasks is not context.tasks
        with fresh.context.database.engine.connect() as connection:
            assert connection.execute(text("SELECT session_user")).scalar() == "sun"
            with pytest.raises(ProgrammingError) as refused:
                connection.execute(text("SELECT resident_id FROM public.person"))
            assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
        with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as connection:
            assert connection.execute(
                "SELECT username, db_role FROM audit_entry WHERE action = 'sign_in' "
                "ORDER BY id DESC LIMIT 1").fetchone() == ("sun", "sun")
            # The commander's login has no session left open.
            assert connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'qian'").fetchone() == (0,)
    finally:
        qtbot.waitUntil(lambda: not fresh.is_loading(), timeout=10_000)
        fresh.context.close()
        fresh.context.database.dispose()
