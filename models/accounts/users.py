"""The accounts table at work: a sign-in attempt and what it leaves behind, the first-run
administrator, adding and listing users. What an administrator changes on an account is in
models/accounts/administration.py, the rules an account obeys in models/accounts/credentials.py;
the caller's session commits (a refused sign-in too: its failed attempt counts towards the
lock)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.accounts.audit import Actor, entry
from models.accounts.credentials import (
    InvalidUserInput,
    SignInRefused,
    check_display_name,
    check_password,
    check_role,
    check_username,
    lock_seconds,
)
from models.accounts.passwords import NO_PASSWORD, hash_password, password_matches
from models.accounts.refusals import AccountRefusal
from models.enums import UserRole
from models.schema.accounts import AuditEntry, User


@dataclass(frozen=True)
class UserRow:
    """An account as the users list shows it. `locked_until` only while the lock still holds
    at the moment the list was read; `last_sign_in_at` None: never signed in (since 0016)."""
    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool
    last_sign_in_at: datetime | None = None
    locked_until: datetime | None = None
    must_change_password: bool = False


def _row(user: User, moment: datetime | None = None) -> UserRow:
    locked = user.locked_until if (user.locked_until is not None and moment is not None
                                   and user.locked_until > moment) else None
    return UserRow(user.id, user.username, user.display_name, user.role, user.active,
                   user.last_sign_in_at, locked, bool(user.must_change_password))


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown names, so they take as long as known ones (made on first use:
    a scrypt hash costs tens of milliseconds, not worth paying at every start)."""
    return hash_password("timing-equaliser")


def _checked_user(session: Session, username: str, password: str, moment: datetime) -> User:
    """The active account these credentials open. A failure is written (the count, the lock, its
    audit entry) before SignInRefused is raised: the caller commits it all the same. The account's
    row is locked while it is counted, so two attempts at once count one after the other."""
    user = session.scalar(select(User).where(User.username == username.strip()).with_for_update())
    if user is not None and user.locked_until is not None and user.locked_until > moment:
        wait = (user.locked_until - moment).total_seconds()
        raise SignInRefused(f"Too many failed attempts: try again in {wait:.0f} s", wait)
    stored = user.password_hash if user is not None else _dummy_hash()
    good = password_matches(password, stored)
    if user is not None and good and not user.active:   # not a guess: no step towards a lock
        _failed(session, Actor(user.id, user.username), moment)
        raise SignInRefused("This account is deactivated", code=AccountRefusal.DEACTIVATED)
    if user is None or not good:
        if user is not None:
            user.failed_sign_ins += 1
            wait = lock_seconds(user.failed_sign_ins)
            user.locked_until = moment + timedelta(seconds=wait) if wait else None
        _failed(session, Actor(user.id if user else None, username.strip()[:32] or "?"), moment)
        raise SignInRefused("Wrong user name or password")
    user.failed_sign_ins = 0
    user.locked_until = None
    return user


def _failed(session: Session, actor: Actor, moment: datetime) -> None:
    session.execute(AuditEntry.__table__.insert(), [entry(
        actor, "sign_in_failed", "app_user", actor.user_id, {}, moment)])
    session.flush()


def record_sign_in(session: Session, username: str, password: str, moment: datetime) -> UserRow:
    """Check the password and record the attempt in the audit trail (and on the account, for the
    users list); refuse while an account is locked."""
    user = _checked_user(session, username, password, moment)
    user.last_sign_in_at = moment
    session.execute(AuditEntry.__table__.insert(), [entry(
        Actor(user.id, user.username), "sign_in", "app_user", user.id, {}, moment)])
    return _row(user, moment)


def release_wall(session: Session, username: str, password: str, moment: datetime) -> UserRow:
    """A commander's credentials take a screen off the wall (a kiosk anyone walks up to): a
    wrong password counts towards the account's lock like a sign-in, and a right one of another
    role is refused, so a viewer cannot browse the patients behind the dashboard."""
    user = _checked_user(session, username, password, moment)
    if user.role != UserRole.COMMANDER:
        raise InvalidUserInput("Only a commander may take the screen off the wall",
                               AccountRefusal.NOT_COMMANDER)
    session.execute(AuditEntry.__table__.insert(), [entry(
        Actor(user.id, user.username), "wall_released", "app_user", user.id, {}, moment)])
    return _row(user)


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count(User.id))))


def add_first_administrator(session: Session, name: str, password: str | None,
                            shared: bool) -> UserRow:
    """The one-click start of a single-user install: a commander, no password on SQLite. On a
    `shared` (PostgreSQL) database a password is required."""
    name = check_username(name)
    if password:
        check_password(password)
    elif shared:
        raise InvalidUserInput("A shared database needs a password for its first administrator",
                               AccountRefusal.NEEDS_PASSWORD)
    if has_users(session):
        raise InvalidUserInput("This database already has users: sign in instead",
                               AccountRefusal.HAS_USERS)
    user = User(username=name, display_name=name, role=UserRole.COMMANDER,
                password_hash=hash_password(password) if password else NO_PASSWORD)
    session.add(user)
    session.flush()
    return _row(user)


def sole_passwordless_user(session: Session) -> UserRow | None:
    """The only active user, if it has no password: a single-user file that opens by itself."""
    users = list(session.scalars(select(User).where(User.active.is_(True)).limit(2)))
    if len(users) == 1 and users[0].password_hash == NO_PASSWORD:
        return _row(users[0])
    return None


def add_user(session: Session, username: str, role: UserRole | str, password: str,
             display_name: str = "") -> UserRow:
    """A new account, refused whole (nothing written) on a bad name, role or password, or a
    name someone already has."""
    name = check_username(username)
    checked_role = check_role(role)
    check_password(password)
    shown = check_display_name(display_name)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InvalidUserInput(f"The user name {name} is taken", AccountRefusal.TAKEN)
    row = User(username=name, display_name=shown or name, role=checked_role,
               password_hash=hash_password(password))
    session.add(row)
    session.flush()
    return _row(row)


def list_users(session: Session, moment: datetime) -> list[UserRow]:
    """Every account, deactivated ones too (the audit names them), by user name; a lock that
    has run out by `moment` is not shown."""
    return [_row(user, moment) for user in session.scalars(select(User).order_by(User.username))]


def password_change_due(session: Session, user_id: int | None) -> bool:
    """An administrator reset this account's password: its owner chooses one before working."""
    if user_id is None:
        return False
    return bool(session.scalar(select(User.must_change_password).where(User.id == user_id)))
