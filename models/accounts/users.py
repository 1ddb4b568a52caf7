"""The accounts table at work: a sign-in attempt and what it leaves behind, the first-run
administrator, adding and listing users. What an administrator changes on an account is in
models/accounts/administration.py, the rules an account obeys in models/accounts/credentials.py;
the caller's session commits (a refused sign-in too: its failed attempt counts towards the
delays of models/accounts/sign_in_delays.py, and its audit entry stays)."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import datetime

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
)
from models.accounts.login_roles import connected_login, login_password_matches, set_login
from models.accounts.passwords import NO_PASSWORD, hash_password, password_matches
from models.accounts.refusals import AccountRefusal
from models.accounts.sign_in_delays import (
    counters,
    delayed_accounts,
    forget_account,
    typed_name,
    workstation_key,
)
from models.enums import UserRole
from models.schema.accounts import AuditEntry, User


@dataclass(frozen=True)
class UserRow:
    """An account as the users list shows it. `locked_until`: the end of its longest sign-in
    delay at any workstation, only while one is ahead at the moment the list was read;
    `last_sign_in_at` None: never signed in (since 0016)."""
    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool
    last_sign_in_at: datetime | None = None
    locked_until: datetime | None = None
    must_change_password: bool = False


def _row(user: User, delayed_until: datetime | None = None) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active,
                   user.last_sign_in_at, delayed_until, bool(user.must_change_password))


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown names, so they take as long as known ones (made on first use:
    a scrypt hash costs tens of milliseconds, not worth paying at every start)."""
    return hash_password("timing-equaliser")


def _checked_user(session: Session, username: str, password: str, moment: datetime,
                  workstation: str) -> User:
    """The active account these credentials open. Every attempt leaves an audit entry: refused
    unchecked while a delay holds at this workstation (models/accounts/sign_in_delays.py),
    refused for a wrong name or password (counted towards the delays), let in. A refusal is
    written before SignInRefused is raised: the caller commits it all the same."""
    place = workstation_key(workstation)
    counted = counters(session, username, place)
    user = session.scalar(select(User).where(User.username == username.strip()))
    actor = Actor(user.id if user else None, typed_name(username))
    wait = counted.wait(moment)
    if wait > 0:
        _refused(session, actor, "sign_in_delayed", moment,
                 {"workstation": place, "seconds": math.ceil(wait)})
        raise SignInRefused(f"Too many failed attempts: try again in {wait:.0f} s", wait)
    login = connected_login(session)
    if login is not None and user is not None and login == user.username:
        # Role-enforced, on this person's own login: the database's password is the password.
        good = login_password_matches(session, login, password)
    else:
        stored = user.password_hash if user is not None else _dummy_hash()
        good = password_matches(password, stored)
    if user is not None and good and not user.active:   # not a guess: no step towards a delay
        _refused(session, actor, "sign_in_failed", moment, {"workstation": place})
        raise SignInRefused("This account is deactivated", code=AccountRefusal.DEACTIVATED)
    if user is None or not good:
        counted.count_failure(moment)
        _refused(session, actor, "sign_in_failed", moment,
                 {"workstation": place, "failures": counted.account.failures})
        raise SignInRefused("Wrong user name or password")
    if login is not None and login != user.username:
        # Role-enforced: the connection is the sign-in (README "Roles enforced by PostgreSQL"),
        # so nobody works as one person over another's login, the owner's included.
        raise InvalidUserInput(f"This connection is {login}'s", AccountRefusal.OTHER_LOGIN,
                               login=login)
    forget_account(session, counted)
    return user


def _refused(session: Session, actor: Actor, action: str, moment: datetime,
             changes: dict[str, object]) -> None:
    session.execute(AuditEntry.__table__.insert(), [entry(
        actor, action, "app_user", actor.user_id, changes, moment)])
    session.flush()


def record_sign_in(session: Session, username: str, password: str, moment: datetime,
                   workstation: str = "") -> UserRow:
    """Check the password and record the attempt in the audit trail (and on the account, for the
    users list); refuse unchecked while a delay holds at `workstation`."""
    user = _checked_user(session, username, password, moment, workstation)
    user.last_sign_in_at = moment
    session.execute(AuditEntry.__table__.insert(), [entry(
        Actor(user.id, user.username), "sign_in", "app_user", user.id,
        {"workstation": workstation_key(workstation)}, moment)])
    return _row(user)


def release_wall(session: Session, username: str, password: str, moment: datetime,
                 workstation: str = "") -> UserRow:
    """A commander's credentials take a screen off the wall (a kiosk anyone walks up to): a
    wrong password counts towards the delays like a sign-in, and a right one of another role is
    refused, so a viewer cannot browse the patients behind the dashboard."""
    user = _checked_user(session, username, password, moment, workstation)
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
    set_login(session, name, password=password or None, role=UserRole.COMMANDER, active=True)
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
    set_login(session, name, password=password, role=checked_role, active=True)
    return _row(row)


def list_users(session: Session, moment: datetime) -> list[UserRow]:
    """Every account, deactivated ones too (the audit names them), by user name, each with the
    end of its longest sign-in delay still ahead at `moment` (at any workstation)."""
    delayed = delayed_accounts(session, moment)
    return [_row(user, delayed.get(user.username))
            for user in session.scalars(select(User).order_by(User.username))]


def password_change_due(session: Session, user_id: int | None) -> bool:
    """An administrator reset this account's password: its owner chooses one before working."""
    if user_id is None:
        return False
    return bool(session.scalar(select(User.must_change_password).where(User.id == user_id)))
