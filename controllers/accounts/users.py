"""Signing in, the first-run administrator, one's own password, and managing users (the rules
and the writes are in models/accounts/credentials.py, users.py and administration.py). Every
change to an account is made in a session opened for the person making it, so the audit trail
records who changed what (a password only as "***")."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.runtime.workstation import workstation_name
from models.accounts import administration
from models.accounts import users as accounts
from models.accounts.audit import Actor
from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.login_roles import connected_login
from models.accounts.permissions import Permission
from models.accounts.refusals import AccountRefusal
from models.accounts.users import UserRow
from models.db.database import Database, login_password_changed
from models.db.write_lock import WRITING
from models.enums import UserRole
from models.errors import CanvassError

__all__ = ["UserRow", "add_user", "automatic_sign_in", "change_own_password",
           "create_first_administrator", "list_users", "needs_first_run", "password_change_due",
           "release_wall", "reset_password", "set_user_active", "set_user_role", "sign_in",
           "unlock_user"]

Clock = Callable[[], datetime]


def _signed_in(row: UserRow) -> SignedInUser:
    return SignedInUser(id=row.id, username=row.username,
                        display_name=row.display_name or row.username, role=row.role)


def sign_in(database: Database, username: str, password: str,
            now: Callable[[], datetime] = datetime.now,
            workstation: str | None = None) -> SignedInUser:
    """Check the password; record the attempt; refuse unchecked while a delay after failures
    holds for this account or this workstation (`workstation`: this PC's name unless given).
    A refused attempt is committed too: it counts towards the delays and stays in the audit
    trail."""
    place = workstation if workstation is not None else workstation_name()
    with database.sessions(info=WRITING) as session:
        session.info["actor"] = Actor(None, username.strip()[:32] or "?")  # names the attempt
        try:
            row = accounts.record_sign_in(session, username, password, now(), place)
        except SignInRefused:
            session.commit()
            raise
        session.commit()
        return _signed_in(row)


def release_wall(database: Database, username: str, password: str,
                 now: Callable[[], datetime] = datetime.now,
                 workstation: str | None = None) -> SignedInUser:
    """A commander's name and password take the screen off the wall. Committed when refused
    too: a wrong password counts towards the delays, as at sign-in."""
    place = workstation if workstation is not None else workstation_name()
    with database.sessions(info=WRITING) as session:
        session.info["actor"] = Actor(None, username.strip()[:32] or "?")
        try:
            row = accounts.release_wall(session, username, password, now(), place)
        except CanvassError:
            session.commit()
            raise
        session.commit()
        return _signed_in(row)


def needs_first_run(database: Database) -> bool:
    with read_session(database) as session:
        return not accounts.has_users(session)


def create_first_administrator(database: Database, username: str,
                               password: str | None = None) -> SignedInUser:
    """The one-click start of a single-user install: a commander, no password on SQLite.
    On a shared PostgreSQL database a password is required."""
    with database.sessions() as session:
        session.info["actor"] = Actor(None, username.strip())
        row = accounts.add_first_administrator(session, username, password,
                                               shared=database.kind != "sqlite")
        session.commit()
        return _signed_in(row)


def automatic_sign_in(database: Database) -> SignedInUser | None:
    """A single-user SQLite file whose only user has no password opens without a prompt."""
    if database.kind != "sqlite":
        return None
    with read_session(database) as session:
        row = accounts.sole_passwordless_user(session)
    return _signed_in(row) if row is not None else None


@action(Permission.MANAGE_USERS)
def add_user(database: Database, user: SignedInUser, username: str, role: UserRole | str,
             password: str, display_name: str = "") -> UserRow:
    with user_session(database, user) as session:
        return accounts.add_user(session, username, role, password, display_name)


@action(Permission.MANAGE_USERS)
def list_users(database: Database, user: SignedInUser, now: Clock = datetime.now
               ) -> list[UserRow]:
    """Every account, with its last sign-in and, while it holds, its lock."""
    with read_session(database) as session:
        return accounts.list_users(session, now())


@action(Permission.MANAGE_USERS)
def set_user_active(database: Database, user: SignedInUser, user_id: int, active: bool) -> None:
    """Deactivate (the account can no longer sign in; it stays, as the audit names it) or
    reactivate."""
    with user_session(database, user) as session:
        administration.set_user_active(session, user_id, active, user.id)


@action(Permission.MANAGE_USERS)
def set_user_role(database: Database, user: SignedInUser, user_id: int,
                  role: UserRole | str) -> None:
    with user_session(database, user) as session:
        administration.set_user_role(session, user_id, role, user.id)


@action(Permission.MANAGE_USERS)
def reset_password(database: Database, user: SignedInUser, user_id: int, password: str) -> None:
    """A new password the administrator passes on; its owner replaces it at the next sign-in."""
    with user_session(database, user) as session:
        administration.reset_password(session, user_id, password, user.id)


@action(Permission.MANAGE_USERS)
def unlock_user(database: Database, user: SignedInUser, user_id: int) -> None:
    """End the account's sign-in delays at every workstation (audited as a change of its
    row only when an old lock is cleared too: models/accounts/administration.py)."""
    with user_session(database, user) as session:
        administration.unlock(session, user_id)


@action(Permission.VIEW)
def change_own_password(database: Database, user: SignedInUser, old: str, new: str) -> None:
    """Every role may change its own password (every role may VIEW): the current one is asked
    for, never someone else's account is touched."""
    if user.id is None:
        raise InvalidUserInput("This session has no account", AccountRefusal.NO_SUCH_USER)
    with user_session(database, user) as session:
        administration.change_own_password(session, user.id, old, new)
        own_login = connected_login(session) == user.username
    if own_login:     # role-enforced: the password this database's connections are made with
        login_password_changed(database, new)


def password_change_due(database: Database, user: SignedInUser) -> bool:
    """Whether the user just signed in with a password an administrator reset (asked by the
    sign-in dialog before it lets them in)."""
    with read_session(database) as session:
        return accounts.password_change_due(session, user.id)
