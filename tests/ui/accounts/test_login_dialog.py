"""The window's sign-in on a role-enforced PostgreSQL database (README "Roles enforced by
PostgreSQL"): the workstation's address names no user, so the dialog's name and password open the
connection as that person's login role, then sign in as ever. A wrong password is the usual
sentence and leaves nothing open; the right one gives the open database, connected as the
person. On a cluster of its own with SCRAM (tests/support/login_cluster.py)."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from controllers.accounts.login import login_needed
from controllers.accounts.users import add_user
from controllers.runtime.actions import SignedInUser
from controllers.runtime.tasks import TaskRunner
from models.accounts.login_roles import install
from models.enums import UserRole
from models.opening import open_database
from tests.support.gui import Answered, keys_reach
from tests.support.login_cluster import LoginCluster
from tests.support.postgres_cluster import find_bin
from ui.accounts.sign_in_dialog import LoginDialog

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
