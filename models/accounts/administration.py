"""What an administrator changes on someone's account, and what everyone changes on their own.

Accounts are never deleted (the audit trail names the people who did things): they are
deactivated. Every change here is an update of app_user in a session opened for the person who
made it, so the audit trail records it with the account's old and new values (a password hash
only as "***", models/accounts/audit.py). Two guards keep the command center running:

* nobody changes their own role, resets their own password or deactivates themselves (an
  administrator who could would be one mistake away from locking everybody out, and an own
  password is changed with the old one, change_own_password);
* the district keeps at least one active commander: the last one is neither demoted nor
  deactivated. The active commanders' rows are locked while this is decided, so two
  workstations demoting the last two commanders at once cannot both succeed (PostgreSQL; SQLite
  writes one transaction at a time anyway).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.accounts.credentials import InvalidUserInput, check_password, check_role
from models.accounts.login_roles import connected_login, login_password_matches, set_login
from models.accounts.passwords import hash_password, password_matches
from models.accounts.refusals import AccountRefusal
from models.accounts.sign_in_delays import clear_recorded
from models.enums import UserRole
from models.schema.accounts import User


def _account(session: Session, user_id: int) -> User:
    row = session.get(User, user_id)
    if row is None:
        raise InvalidUserInput("No such user", AccountRefusal.NO_SUCH_USER)
    return row


def _keep_a_commander(session: Session, leaving: User) -> None:
    """Refuse when `leaving` is the last active commander (they are about to stop being one)."""
    if leaving.role != UserRole.COMMANDER or not leaving.active:
        return
    commanders = session.scalars(
        select(User.id).where(User.role == UserRole.COMMANDER, User.active.is_(True))
        .order_by(User.id).with_for_update()).all()
    if not set(commanders) - {leaving.id}:
        raise InvalidUserInput(f"{leaving.username} is the last active commander",
                               AccountRefusal.LAST_COMMANDER)


def set_user_role(session: Session, user_id: int, role: UserRole | str,
                  acting_user_id: int | None) -> None:
    """Give an account another role; it takes effect at its next sign-in."""
    if user_id == acting_user_id:
        raise InvalidUserInput("You cannot change your own role", AccountRefusal.SELF_ROLE)
    checked = check_role(role)
    account = _account(session, user_id)
    if checked == account.role:
        return
    if checked != UserRole.COMMANDER:
        _keep_a_commander(session, account)
    account.role = checked
    set_login(session, account.username, role=checked)


def set_user_active(session: Session, user_id: int, active: bool,
                    acting_user_id: int | None) -> None:
    """Deactivate an account (it can no longer sign in) or reactivate it; nobody deactivates
    their own, and the last active commander stays."""
    if user_id == acting_user_id and not active:
        raise InvalidUserInput("You cannot disable your own account", AccountRefusal.SELF_DISABLE)
    account = _account(session, user_id)
    if account.active == active:
        return
    if not active:
        _keep_a_commander(session, account)
    account.active = active
    set_login(session, account.username, active=active)


def reset_password(session: Session, user_id: int, password: str,
                   acting_user_id: int | None) -> None:
    """A forgotten password replaced by one the administrator passes on; its sign-in delays end
    and its owner chooses their own password at the next sign-in."""
    if user_id == acting_user_id:
        raise InvalidUserInput("Change your own password with the old one",
                               AccountRefusal.SELF_RESET)
    check_password(password)
    account = _account(session, user_id)
    account.password_hash = hash_password(password)
    account.must_change_password = True
    clear_recorded(session, username=account.username)
    set_login(session, account.username, password=password, active=account.active)


def unlock(session: Session, user_id: int) -> None:
    """End the account's sign-in delays at every workstation now (the person on the phone is
    who they say); a lock left by a Canvass before delays (migration 0022) goes with them."""
    account = _account(session, user_id)
    clear_recorded(session, username=account.username)
    if account.failed_sign_ins or account.locked_until is not None:
        account.failed_sign_ins = 0
        account.locked_until = None


def change_own_password(session: Session, user_id: int, old: str, new: str) -> None:
    """The signed-in person's new password, given the current one (a workstation left signed in
    does not hand its account over). A password an administrator reset is replaced this way."""
    account = _account(session, user_id)
    login = connected_login(session)
    if login is not None and login == account.username:   # role-enforced: the login's password
        right = login_password_matches(session, login, old)
    else:
        right = password_matches(old, account.password_hash)
    if not right:
        raise InvalidUserInput("The current password is wrong", AccountRefusal.WRONG_PASSWORD)
    check_password(new)
    if new == old:
        raise InvalidUserInput("The new password is the current one",
                               AccountRefusal.SAME_PASSWORD)
    account.password_hash = hash_password(new)
    account.must_change_password = False
    set_login(session, account.username, password=new)
