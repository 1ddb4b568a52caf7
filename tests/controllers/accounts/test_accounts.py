"""Signing in, the first-run administrator, users, and the delay after repeated failures."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from controllers.accounts.users import (
    add_user,
    automatic_sign_in,
    create_first_administrator,
    list_users,
    needs_first_run,
    release_wall,
    sign_in,
)
from controllers.runtime.actions import SignedInUser
from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.permissions import PermissionDenied
from models.accounts.refusals import AccountRefusal
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry, SignInDelay, User

ADMIN = SignedInUser(None, "console:test", "console", UserRole.ADMIN)


def test_first_run_is_one_click_on_sqlite(sqlite_database: Database) -> None:
    assert needs_first_run(sqlite_database)
    user = create_first_administrator(sqlite_database, "zhang")
    assert user.role == UserRole.COMMANDER
    assert not needs_first_run(sqlite_database)
    assert automatic_sign_in(sqlite_database) == user
    with pytest.raises(InvalidUserInput, match="already has users"):
        create_first_administrator(sqlite_database, "li")


def test_shared_database_needs_a_password_for_its_first_administrator(
        postgres_database: Database) -> None:
    with pytest.raises(InvalidUserInput, match="password"):
        create_first_administrator(postgres_database, "zhang")
    assert needs_first_run(postgres_database)
    create_first_administrator(postgres_database, "zhang", "correct horse")
    assert automatic_sign_in(postgres_database) is None
    assert sign_in(postgres_database, "zhang", "correct horse").role == UserRole.COMMANDER


def test_sign_in_checks_the_password_and_logs_attempts(database: Database) -> None:
    add_user(database, ADMIN, "wang", "dispatcher", "s3cret-pass")
    assert sign_in(database, "wang", "s3cret-pass").role == UserRole.DISPATCHER
    with pytest.raises(SignInRefused, match="Wrong user name or password"):
        sign_in(database, "wang", "wrong")
    with pytest.raises(SignInRefused, match="Wrong user name or password"):
        sign_in(database, "nobody", "wrong")  # same message: names are not revealed
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("sign_in%")).order_by(AuditEntry.id)))
    assert actions == ["sign_in", "sign_in_failed", "sign_in_failed"]


def test_repeated_failures_delay_the_account_at_that_workstation(database: Database) -> None:
    add_user(database, ADMIN, "zhao", "clerk", "right-password")
    moment = datetime(2020, 2, 20, 8, 0)
    for _ in range(3):
        with pytest.raises(SignInRefused):
            sign_in(database, "zhao", "bad", now=lambda: moment, workstation="pc-7")
    with pytest.raises(SignInRefused, match="try again") as refused:
        sign_in(database, "zhao", "right-password", now=lambda: moment, workstation="pc-7")
    assert refused.value.retry_after > 0
    # The owner at their own desk is not kept out by the failures at pc-7.
    assert sign_in(database, "zhao", "right-password", now=lambda: moment,
                   workstation="desk-1").username == "zhao"
    later = moment + timedelta(seconds=2)
    assert sign_in(database, "zhao", "right-password", now=lambda: later,
                   workstation="pc-7").username == "zhao"


@pytest.mark.parametrize("name", ["", "has space", "x" * 33, "tab\tname", "'; DROP TABLE app_user;--"])
def test_bad_user_names_are_refused(database: Database, name: str) -> None:
    with pytest.raises(InvalidUserInput):
        add_user(database, ADMIN, name, "clerk", "long-enough")
    with database.sessions() as session:
        assert session.scalar(select(User.id)) is None


def test_bad_roles_and_short_passwords_are_refused(database: Database) -> None:
    with pytest.raises(InvalidUserInput, match="Unknown role"):
        add_user(database, ADMIN, "chen", "superuser", "long-enough")
    with pytest.raises(InvalidUserInput, match="8 to 256"):
        add_user(database, ADMIN, "chen", "clerk", "short")
    assert list_users(database, ADMIN) == []


def test_only_user_managers_add_users(database: Database) -> None:
    viewer = SignedInUser(None, "wall", "wall", UserRole.VIEWER)
    with pytest.raises(PermissionDenied):
        add_user(database, viewer, "chen", "commander", "long-enough")
    assert list_users(database, ADMIN) == []


def test_passwords_are_stored_hashed(database: Database) -> None:
    add_user(database, ADMIN, "sun", "viewer", "plain-text-pw")
    with database.sessions() as session:
        stored = session.scalar(select(User.password_hash))
    assert stored is not None and stored.startswith("scrypt$") and "plain-text-pw" not in stored


def test_only_a_commanders_password_takes_a_screen_off_the_wall(database: Database) -> None:
    add_user(database, ADMIN, "wang", "viewer", "s3cret-pass")
    add_user(database, ADMIN, "li", "commander", "s3cret-pass")
    with pytest.raises(InvalidUserInput) as refused:
        release_wall(database, "wang", "s3cret-pass")
    assert refused.value.code == AccountRefusal.NOT_COMMANDER
    with pytest.raises(SignInRefused):
        release_wall(database, "li", "wrong")
    assert release_wall(database, "li", "s3cret-pass").username == "li"
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.in_(["wall_released", "sign_in_failed"])).order_by(AuditEntry.id)))
        counted = session.scalar(select(SignInDelay.id).where(SignInDelay.username == "li"))
    assert actions == ["sign_in_failed", "wall_released"] and counted is None
