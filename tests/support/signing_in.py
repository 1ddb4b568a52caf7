"""Commands run as a signed-in user, as a script signs in: CANVASS_USER and CANVASS_PASSWORD
(controllers/commands/signing_in.py). `account` adds a user with a password to a database the
way an administrator would, so the database then refuses a command nobody signed in to."""
from __future__ import annotations

import pytest

from controllers.accounts.users import add_user
from controllers.commands.signing_in import PASSWORD_ENV, USER_ENV
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from models.opening import open_database

PASSWORD = "right-password"
SETUP = SignedInUser(None, "console:test", "console:test", UserRole.ADMIN)


def account(database: Database | str, name: str, role: str,
            password: str = PASSWORD) -> None:
    """A user `name` with `role` and `password` in `database` (an open one, or its URL)."""
    if isinstance(database, str):
        opened = open_database(database)
        try:
            add_user(opened, SETUP, name, role, password)
        finally:
            opened.dispose()
        return
    add_user(database, SETUP, name, role, password)


def sign_in_as(monkeypatch: pytest.MonkeyPatch, name: str, password: str = PASSWORD) -> None:
    """Every command from here signs in as `name` (the environment a script sets)."""
    monkeypatch.setenv(USER_ENV, name)
    monkeypatch.setenv(PASSWORD_ENV, password)


def signed_in(database: Database | str, monkeypatch: pytest.MonkeyPatch, role: str,
              name: str | None = None) -> str:
    """An account of `role` added to `database`, and commands signed in as it; its name."""
    chosen = name or role
    account(database, chosen, role)
    sign_in_as(monkeypatch, chosen)
    return chosen
