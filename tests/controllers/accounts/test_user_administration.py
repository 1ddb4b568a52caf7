"""Administering users through the controllers, as the users screen and the command line do:
each action in its own audited session, refused for roles without the right, the last active
commander kept, a deactivated account shut out, one's own password changed with the old one."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from controllers.accounts.users import (
    add_user,
    change_own_password,
    list_users,
    password_change_due,
    reset_password,
    set_user_active,
    set_user_role,
    sign_in,
    unlock_user,
)
from controllers.runtime.actions import SignedInUser
from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.permissions import PermissionDenied
from models.accounts.refusals import AccountRefusal
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry

ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)
MOMENT = datetime(2020, 2, 20, 8, 0)


def as_signed_in(database: Database, name: str, password: str) -> SignedInUser:
    return sign_in(database, name, password, now=lambda: MOMENT)


def test_a_commander_administers_and_the_audit_names_who(database: Database) -> None:
    add_user(database, ADMIN, "zhang", "commander", "secret-pass", "张指挥")
    wang_id = add_user(database, ADMIN, "wang", "viewer", "secret-pass").id
    zhang = as_signed_in(database, "zhang", "secret-pass")
    set_user_role(database, zhang, wang_id, "dispatcher")
    reset_password(database, zhang, wang_id, "temporary-1")
    set_user_active(database, zhang, wang_id, False)
    wang, zhang_row = list_users(database, zhang)     # by user name
    assert (wang.role, wang.active, wang.must_change_password) == (
        UserRole.DISPATCHER, False, True)
    assert zhang_row.last_sign_in_at == MOMENT and wang.last_sign_in_at is None
    with pytest.raises(SignInRefused) as refused:
        sign_in(database, "wang", "temporary-1")
    assert refused.value.code == AccountRefusal.DEACTIVATED
    set_user_active(database, zhang, wang_id, True)
    wang_in = sign_in(database, "wang", "temporary-1")
    assert wang_in.role == UserRole.DISPATCHER and password_change_due(database, wang_in)
    with database.sessions() as session:
        entries = session.execute(select(AuditEntry.username, AuditEntry.changes).where(
            AuditEntry.table_name == "app_user", AuditEntry.action == "update",
            AuditEntry.row_id == wang_id).order_by(AuditEntry.id)).all()
    assert [who for who, _changes in entries] == ["zhang"] * 4
    assert not any("scrypt" in changes for _who, changes in entries)


def test_a_locked_account_is_unlocked_from_the_list(database: Database) -> None:
    zhao_id = add_user(database, ADMIN, "zhao", "clerk", "secret-pass").id
    for _attempt in range(3):
        with pytest.raises(SignInRefused):
            sign_in(database, "zhao", "guess-pass", now=lambda: MOMENT)
    [row] = list_users(database, ADMIN, now=lambda: MOMENT)
    assert row.locked_until == MOMENT + timedelta(seconds=1)
    unlock_user(database, ADMIN, zhao_id)
    [row] = list_users(database, ADMIN, now=lambda: MOMENT)
    assert row.locked_until is None
    assert sign_in(database, "zhao", "secret-pass", now=lambda: MOMENT).username == "zhao"


def test_the_last_active_commander_stays(database: Database) -> None:
    zhang_id = add_user(database, ADMIN, "zhang", "commander", "secret-pass").id
    for attempt in (lambda: set_user_role(database, ADMIN, zhang_id, "clerk"),
                    lambda: set_user_active(database, ADMIN, zhang_id, False)):
        with pytest.raises(InvalidUserInput) as refused:
            attempt()
        assert refused.value.code == AccountRefusal.LAST_COMMANDER
    [row] = list_users(database, ADMIN)
    assert (row.role, row.active) == (UserRole.COMMANDER, True)


def test_only_user_managers_administer(database: Database) -> None:
    wang_id = add_user(database, ADMIN, "wang", "viewer", "secret-pass").id
    dispatcher = SignedInUser(None, "li", "李", UserRole.DISPATCHER)
    for attempt in (lambda: set_user_role(database, dispatcher, wang_id, "commander"),
                    lambda: reset_password(database, dispatcher, wang_id, "temporary-1"),
                    lambda: unlock_user(database, dispatcher, wang_id),
                    lambda: set_user_active(database, dispatcher, wang_id, False)):
        with pytest.raises(PermissionDenied):
            attempt()
    [row] = list_users(database, ADMIN)
    assert (row.role, row.active, row.must_change_password) == (UserRole.VIEWER, True, False)


def test_everyone_changes_their_own_password_with_the_old_one(database: Database) -> None:
    add_user(database, ADMIN, "sun", "viewer", "secret-pass")
    sun = as_signed_in(database, "sun", "secret-pass")
    with pytest.raises(InvalidUserInput) as refused:
        change_own_password(database, sun, "guess-pass", "brand-new-pass")
    assert refused.value.code == AccountRefusal.WRONG_PASSWORD
    change_own_password(database, sun, "secret-pass", "brand-new-pass")
    with pytest.raises(SignInRefused):
        sign_in(database, "sun", "secret-pass")
    assert sign_in(database, "sun", "brand-new-pass").username == "sun"
    with pytest.raises(InvalidUserInput) as refused:
        change_own_password(database, ADMIN, "", "brand-new-pass")   # the console: no account
    assert refused.value.code == AccountRefusal.NO_SUCH_USER
    with database.sessions() as session:
        changes = session.scalars(select(AuditEntry.changes).where(
            AuditEntry.table_name == "app_user", AuditEntry.action == "update")).all()
    assert changes and not any("scrypt" in text for text in changes)
