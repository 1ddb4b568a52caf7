"""Signing in on a role-enforced PostgreSQL database, where signing in is connecting (README,
"Roles enforced by PostgreSQL"): a workstation's address names the server, the database and TLS
but no user, so the window asks for the name and password first and opens the database as that
person's login role. Every other address opens first and asks afterwards, as ever."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from controllers.accounts.users import password_change_due, sign_in
from controllers.runtime.actions import SignedInUser
from controllers.runtime.workstation import workstation_name
from models.accounts.login_roles import asks_for_login, check_login, login_url
from models.db.database import Database, describe, to_url
from models.errors import CanvassError
from models.opening import open_database


def login_needed(location: str) -> bool:
    """A PostgreSQL address without a user name (nor PGUSER): the person's login opens it."""
    if "://" not in location:
        return False
    try:
        url = to_url(location)
    except CanvassError:
        return False     # opening says what is wrong with it
    return asks_for_login(url)


def where(location: str) -> str:
    """The server and database, for the dialog (never a password)."""
    return describe(to_url(location))


def open_as(location: str, name: str, password: str,
            now: Callable[[], datetime] = datetime.now, workstation: str | None = None
            ) -> tuple[Database, SignedInUser, bool]:
    """Connect as `name`'s login with `password` (SignInRefused for a wrong one, in the usual
    words, or while a delay holds for the name or `workstation` — this PC's name unless given;
    each attempt counted and audited by the sign-in gate), open and check the database as that
    login, and sign in as in the dialog; the open database, the user, and whether a reset
    password must be replaced first. Nothing stays open when it fails."""
    place = workstation if workstation is not None else workstation_name()
    url = to_url(location)
    check_login(url, name.strip(), password, place)
    database = open_database(login_url(url, name.strip(), password), migrate=True)
    try:
        user = sign_in(database, name, password, now, place)
        return database, user, password_change_due(database, user)
    except Exception:
        database.dispose()
        raise
