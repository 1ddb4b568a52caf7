"""What an administrator changes on an account and what everyone changes on their own, called on
the accounts table directly: each change, each refusal with nothing written, the last active
commander kept, and an audit trail that never holds a password hash."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.accounts.administration import (
    change_own_password,
    reset_password,
    set_user_active,
    set_user_role,
    unlock,
)
from models.accounts.audit import Actor
from models.accounts.credentials import LEAST_PRIVILEGED_ROLE, InvalidUserInput, SignInRefused
from models.accounts.passwords import verify_password
from models.accounts.refusals import AccountRefusal
from models.accounts.users import add_user, list_users, password_change_due, record_sign_in
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry, User
from tests.support.factories import NOW


def refused(code: AccountRefusal, call: object, *args: object) -> None:
    assert callable(call)
    with pytest.raises(InvalidUserInput) as raised:
        call(*args)
    assert raised.value.code == code


def account(session: Session, user_id: int) -> User:
    row = session.get(User, user_id)
    assert row is not None
    return row


def test_the_least_privileged_role_is_the_wall_viewer() -> None:
    assert LEAST_PRIVILEGED_ROLE == UserRole.VIEWER


def test_the_last_active_commander_is_neither_demoted_nor_deactivated(database: Database) -> None:
    with database.sessions() as session:
        zhang = add_user(session, "zhang", "commander", "secret-pass").id
        admin = add_user(session, "admin", "admin", "secret-pass").id
        refused(AccountRefusal.LAST_COMMANDER, set_user_role, session, zhang, "dispatcher", admin)
        refused(AccountRefusal.LAST_COMMANDER, set_user_active, session, zhang, False, admin)
        assert (account(session, zhang).role, account(session, zhang).active) == (
            UserRole.COMMANDER, True)
        li = add_user(session, "li", "commander", "secret-pass").id
        set_user_active(session, li, False, admin)          # a second, but deactivated
        refused(AccountRefusal.LAST_COMMANDER, set_user_role, session, zhang, "viewer", admin)
        set_user_active(session, li, True, admin)
        set_user_role(session, zhang, "dispatcher", admin)  # li commands now
        refused(AccountRefusal.LAST_COMMANDER, set_user_active, session, li, False, admin)
        set_user_role(session, zhang, "commander", admin)
        set_user_active(session, li, False, admin)
        assert account(session, li).active is False


def test_nobody_changes_their_own_role_or_resets_their_own_password(database: Database) -> None:
    with database.sessions() as session:
        admin = add_user(session, "admin", "admin", "secret-pass").id
        refused(AccountRefusal.SELF_ROLE, set_user_role, session, admin, "commander", admin)
        refused(AccountRefusal.SELF_RESET, reset_password, session, admin, "another-pass", admin)
        refused(AccountRefusal.SELF_DISABLE, set_user_active, session, admin, False, admin)
        refused(AccountRefusal.NO_SUCH_USER, set_user_role, session, 999_999, "viewer", admin)
        refused(AccountRefusal.BAD_ROLE, set_user_role, session, admin + 1, "king", admin)
        assert account(session, admin).role == UserRole.ADMIN


def test_a_reset_password_unlocks_and_must_be_changed(database: Database) -> None:
    with database.sessions() as session:
        wang = add_user(session, "wang", "clerk", "secret-pass").id
        for _attempt in range(3):
            with pytest.raises(SignInRefused):
                record_sign_in(session, "wang", "guess-pass", NOW)
        assert [row.locked_until for row in list_users(session, NOW)] == [
            NOW + timedelta(seconds=1)]
        assert list_users(session, NOW + timedelta(seconds=2))[0].locked_until is None
        refused(AccountRefusal.BAD_PASSWORD, reset_password, session, wang, "short", None)
        reset_password(session, wang, "temporary-1", None)
        row = account(session, wang)
        assert (row.failed_sign_ins, row.locked_until, row.must_change_password) == (0, None, True)
        assert password_change_due(session, wang)
        signed = record_sign_in(session, "wang", "temporary-1", NOW)
        assert signed.must_change_password and signed.last_sign_in_at == NOW
        refused(AccountRefusal.SAME_PASSWORD, change_own_password, session, wang, "temporary-1",
                "temporary-1")
        change_own_password(session, wang, "temporary-1", "my-own-pass")
        assert not password_change_due(session, wang)
        assert verify_password("my-own-pass", row.password_hash)


def test_unlock_ends_the_wait_at_once(database: Database) -> None:
    with database.sessions() as session:
        zhao = add_user(session, "zhao", "viewer", "secret-pass").id
        for _attempt in range(5):
            with pytest.raises(SignInRefused):
                record_sign_in(session, "zhao", "guess-pass", NOW)
        with pytest.raises(SignInRefused) as locked:
            record_sign_in(session, "zhao", "secret-pass", NOW)
        assert locked.value.code == AccountRefusal.LOCKED
        unlock(session, zhao)
        assert list_users(session, NOW)[0].locked_until is None
        assert record_sign_in(session, "zhao", "secret-pass", NOW).username == "zhao"


def test_changing_your_own_password_needs_the_current_one(database: Database) -> None:
    with database.sessions() as session:
        chen = add_user(session, "chen", "dispatcher", "secret-pass").id
        refused(AccountRefusal.WRONG_PASSWORD, change_own_password, session, chen, "guess-pass",
                "new-password")
        refused(AccountRefusal.BAD_PASSWORD, change_own_password, session, chen, "secret-pass",
                "short")
        assert verify_password("secret-pass", account(session, chen).password_hash)


def test_a_deactivated_account_is_refused_at_sign_in_and_named_so_to_its_owner(
        database: Database) -> None:
    with database.sessions() as session:
        sun = add_user(session, "sun", "clerk", "secret-pass").id
        set_user_active(session, sun, False, None)
        with pytest.raises(SignInRefused) as raised:
            record_sign_in(session, "sun", "secret-pass", NOW)
        assert raised.value.code == AccountRefusal.DEACTIVATED
        with pytest.raises(SignInRefused) as raised:
            record_sign_in(session, "sun", "guess-pass", NOW)
        assert raised.value.code == AccountRefusal.WRONG_CREDENTIALS  # a stranger learns nothing
        assert account(session, sun).last_sign_in_at is None
        set_user_active(session, sun, True, None)
        assert record_sign_in(session, "sun", "secret-pass", NOW).last_sign_in_at == NOW


def test_the_audit_records_every_change_and_no_password_hash(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = Actor(None, "console:test")
        zhou = add_user(session, "zhou", "viewer", "secret-pass").id
        for change in (lambda: set_user_role(session, zhou, "clerk", None),
                       lambda: reset_password(session, zhou, "temporary-1", None),
                       lambda: unlock(session, zhou),              # nothing locked: no entry
                       lambda: set_user_active(session, zhou, False, None)):
            change()
            session.flush()    # one entry each, as each is its own action's session
        entries = session.execute(select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.table_name == "app_user").order_by(AuditEntry.id)).all()
    assert [action for action, _changes in entries] == ["insert", "update", "update", "update"]
    text = " ".join(changes for _action, changes in entries)
    assert "scrypt" not in text                        # the database writes the JSON: compare
    written = [json.loads(changes) for _action, changes in entries]   # it parsed, not as text
    assert written[2]["password_hash"] == ["***", "***"]
    assert written[1]["role"] == ["viewer", "clerk"] and written[3]["active"] == [True, False]
