"""Signing in, the first-run administrator, and managing users."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.audit import Actor, entry
from models.accounts.passwords import NO_PASSWORD, hash_password, verify_password
from models.accounts.permissions import Permission
from models.db.database import Database
from models.enums import UserRole
from models.errors import CanvassError
from models.schema import AuditEntry, User

USERNAME = re.compile(r"^[\w.\-]{1,32}$")
MIN_PASSWORD = 8
FREE_ATTEMPTS = 3
MAX_LOCK_SECONDS = 300


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown names, so they take as long as known ones (made on first use:
    a scrypt hash costs tens of milliseconds, not worth paying at every start)."""
    return hash_password("timing-equaliser")


class SignInRefused(CanvassError):
    """Wrong name or password, a disabled account, or too many attempts: one message for all
    but the lock, so a stranger cannot learn which names exist."""

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message, "locked" if retry_after else "wrong_credentials")
        self.retry_after = retry_after


class InvalidUserInput(CanvassError):
    """A user name, role or password that cannot be accepted; nothing was written."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool


def _signed_in(user: User) -> SignedInUser:
    return SignedInUser(id=user.id, username=user.username,
                        display_name=user.display_name or user.username, role=user.role)


def check_username(username: str) -> str:
    name = username.strip()
    if not USERNAME.fullmatch(name):
        raise InvalidUserInput(
            "A user name is 1 to 32 letters, digits, '.', '-' or '_', without spaces",
            "bad_name")
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD or len(password) > 256:
        raise InvalidUserInput(f"A password has {MIN_PASSWORD} to 256 characters", "bad_password")
    if any(ord(ch) < 32 for ch in password):
        raise InvalidUserInput("A password cannot contain control characters", "bad_password")


def lock_seconds(failures: int) -> float:
    """No wait for the first attempts, then doubling: 1 s, 2 s, 4 s … up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS))


def sign_in(database: Database, username: str, password: str,
            now: Callable[[], datetime] = datetime.now) -> SignedInUser:
    """Check the password; record the attempt; refuse while an account is locked."""
    with database.sessions() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        moment = now()
        if user is not None and user.locked_until is not None and user.locked_until > moment:
            wait = (user.locked_until - moment).total_seconds()
            raise SignInRefused(f"Too many failed attempts: try again in {wait:.0f} s", wait)
        stored = user.password_hash if user is not None else _dummy_hash()
        good = verify_password(password, stored) if stored != NO_PASSWORD else password == ""
        actor = Actor(user.id if user else None, username.strip()[:32] or "?")
        if user is None or not good or not user.active:
            if user is not None:
                user.failed_sign_ins += 1
                wait = lock_seconds(user.failed_sign_ins)
                user.locked_until = moment + timedelta(seconds=wait) if wait else None
            session.execute(AuditEntry.__table__.insert(), [entry(
                actor, "sign_in_failed", "app_user", user.id if user else None, {}, moment)])
            session.commit()
            raise SignInRefused("Wrong user name or password")
        user.failed_sign_ins = 0
        user.locked_until = None
        session.execute(AuditEntry.__table__.insert(),
                        [entry(actor, "sign_in", "app_user", user.id, {}, moment)])
        session.commit()
        return _signed_in(user)


def needs_first_run(database: Database) -> bool:
    with read_session(database) as session:
        return session.scalar(select(func.count(User.id))) == 0


def create_first_administrator(database: Database, username: str,
                               password: str | None = None) -> SignedInUser:
    """The one-click start of a single-user install: a commander, no password on SQLite.
    On a shared PostgreSQL database a password is required."""
    name = check_username(username)
    if password:
        check_password(password)
    elif database.kind != "sqlite":
        raise InvalidUserInput("A shared database needs a password for its first administrator",
                               "needs_password")
    with database.sessions() as session:
        if session.scalar(select(func.count(User.id))):
            raise InvalidUserInput("This database already has users: sign in instead", "has_users")
        session.info["actor"] = Actor(None, name)
        user = User(username=name, display_name=name, role=UserRole.COMMANDER,
                    password_hash=hash_password(password) if password else NO_PASSWORD)
        session.add(user)
        session.commit()
        return _signed_in(user)


def automatic_sign_in(database: Database) -> SignedInUser | None:
    """A single-user SQLite file whose only user has no password opens without a prompt."""
    if database.kind != "sqlite":
        return None
    with read_session(database) as session:
        users = list(session.scalars(select(User).where(User.active.is_(True)).limit(2)))
        if len(users) == 1 and users[0].password_hash == NO_PASSWORD:
            return _signed_in(users[0])
    return None


@action(Permission.MANAGE_USERS)
def add_user(database: Database, user: SignedInUser, username: str, role: UserRole | str,
             password: str, display_name: str = "") -> UserRow:
    name = check_username(username)
    try:
        role = UserRole(role)
    except ValueError:
        raise InvalidUserInput(f"Unknown role {role!r}: one of "
                               + ", ".join(r.value for r in UserRole), "bad_role") from None
    check_password(password)
    shown = display_name.strip()[:64]
    if any(ord(ch) < 32 for ch in shown):
        raise InvalidUserInput("A display name cannot contain control characters", "bad_name")
    with user_session(database, user) as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise InvalidUserInput(f"The user name {name} is taken", "taken")
        row = User(username=name, display_name=shown or name, role=role,
                   password_hash=hash_password(password))
        session.add(row)
        session.flush()
        return UserRow(row.id, row.username, row.display_name, row.role, row.active)


@action(Permission.MANAGE_USERS)
def list_users(database: Database, user: SignedInUser) -> list[UserRow]:
    with read_session(database) as session:
        rows = session.execute(select(User.id, User.username, User.display_name, User.role,
                                      User.active).order_by(User.username)).all()
    return [UserRow(*row) for row in rows]


@action(Permission.MANAGE_USERS)
def set_user_active(database: Database, user: SignedInUser, user_id: int, active: bool) -> None:
    if user_id == user.id and not active:
        raise InvalidUserInput("You cannot disable your own account", "self_disable")
    with user_session(database, user) as session:
        row = session.get(User, user_id)
        if row is None:
            raise InvalidUserInput("No such user", "no_such_user")
        row.active = active
