"""The account rules (names, passwords, roles, the delays after failures) and the accounts
table's writes, called directly: each refusal with its code and nothing written."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.accounts.administration import set_user_active
from models.accounts.credentials import (
    InvalidUserInput,
    SignInRefused,
    check_display_name,
    check_password,
    check_role,
    check_username,
)
from models.accounts.sign_in_delays import ACCOUNT_FREE, WORKSTATION_FREE, delay_seconds
from models.accounts.users import (
    add_first_administrator,
    add_user,
    has_users,
    list_users,
    record_sign_in,
    sole_passwordless_user,
)
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry, User
from tests.support.factories import NOW


@pytest.mark.parametrize("name", ["", " ", "a b", "x" * 33, "王/五", "a;drop"])
def test_a_bad_user_name_is_refused(name: str) -> None:
    with pytest.raises(InvalidUserInput) as refused:
        check_username(name)
    assert refused.value.code == "bad_name"


def test_a_user_name_is_trimmed_and_may_be_chinese() -> None:
    assert check_username("  王五.zhang-1 ") == "王五.zhang-1"


@pytest.mark.parametrize("password", ["short", "x" * 257, "good pass\x07word"])
def test_a_bad_password_is_refused(password: str) -> None:
    with pytest.raises(InvalidUserInput) as refused:
        check_password(password)
    assert refused.value.code == "bad_password"


def test_roles_display_names_and_the_delays() -> None:
    assert check_role("dispatcher") == UserRole.DISPATCHER
    with pytest.raises(InvalidUserInput) as refused:
        check_role("king")
    assert refused.value.code == "bad_role"
    assert check_display_name("  王调度 ") == "王调度"
    with pytest.raises(InvalidUserInput):
        check_display_name("王\x1b调度")
    assert [delay_seconds(n, ACCOUNT_FREE) for n in (0, 2, 3, 4, 20)] == [0, 0, 1, 2, 300]
    assert [delay_seconds(n, WORKSTATION_FREE) for n in (9, 10, 11)] == [0, 1, 2]
    assert delay_seconds(10**6, ACCOUNT_FREE) == 300


def test_adding_users_and_refusing_a_taken_name(database: Database) -> None:
    with database.sessions() as session:
        row = add_user(session, " wang ", "dispatcher", "secret-pass", "王调度")
        assert (row.username, row.display_name, row.role) == ("wang", "王调度", UserRole.DISPATCHER)
        with pytest.raises(InvalidUserInput) as refused:
            add_user(session, "wang", "viewer", "another-pass")
        assert refused.value.code == "taken"
        assert [r.username for r in list_users(session, NOW)] == ["wang"]


def test_nobody_disables_their_own_account(database: Database) -> None:
    with database.sessions() as session:
        row = add_user(session, "li", "admin", "secret-pass")
        with pytest.raises(InvalidUserInput) as refused:
            set_user_active(session, row.id, False, acting_user_id=row.id)
        assert refused.value.code == "self_disable"
        with pytest.raises(InvalidUserInput) as refused:
            set_user_active(session, 999_999, False, acting_user_id=row.id)
        assert refused.value.code == "no_such_user"
        set_user_active(session, row.id, False, acting_user_id=None)
        assert session.get(User, row.id).active is False


def test_a_failed_sign_in_is_written_before_it_is_refused(database: Database) -> None:
    with database.sessions() as session:
        add_user(session, "zhao", "viewer", "secret-pass")
        for _attempt in range(3):
            with pytest.raises(SignInRefused) as refused:
                record_sign_in(session, "zhao", "wrong-pass", NOW)
            assert refused.value.code == "wrong_credentials"
        with pytest.raises(SignInRefused) as refused:
            record_sign_in(session, "zhao", "secret-pass", NOW)
        assert refused.value.code == "locked" and refused.value.params == {"seconds": 1}
        row = record_sign_in(session, "zhao", "secret-pass", NOW + timedelta(seconds=2))
        assert row.username == "zhao"
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions.count("sign_in_failed") == 3 and actions[-2:] == ["sign_in_delayed",
                                                                         "sign_in"]


def test_the_first_administrator(database: Database) -> None:
    with database.sessions() as session:
        with pytest.raises(InvalidUserInput) as refused:
            add_first_administrator(session, "admin", None, shared=True)
        assert refused.value.code == "needs_password"
        assert not has_users(session)
        row = add_first_administrator(session, "admin", None, shared=False)
        assert row.role == UserRole.COMMANDER
        assert sole_passwordless_user(session) == row
        with pytest.raises(InvalidUserInput) as refused:
            add_first_administrator(session, "other", "secret-pass", shared=False)
        assert refused.value.code == "has_users"
        assert session.scalar(select(func.count()).select_from(User)) == 1
