"""Sign-in attempts on a role-enforced database (issue 20 item 6): every attempt audited, a
growing delay per account and per workstation instead of a lock, kept and cleared by the
gate login `canvass_signin` that opens nothing else; a password changed in psql is the
password; logins given after the roles were installed on a database in use."""
from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import errors

from controllers.accounts.login import open_as
from controllers.accounts.sign_in_delays import clear_sign_in_delays, sign_in_delays
from controllers.accounts.users import (
    change_own_password,
    list_users,
)
from controllers.runtime.workstation import workstation_name
from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.refusals import AccountRefusal
from models.enums import UserRole
from tests.support.login_cluster import DATABASE, OWNER, LoginCluster
from tests.support.login_roles import (
    ADMIN,
    ADMIN_PASSWORD,
    CLERK,
    CLERK_PASSWORD,
    VIEWER,
    VIEWER_PASSWORD,
)
from tests.support.login_roles import last_sign_in_entry as _last_attempt
from tests.support.login_roles import psql as _psql
from tests.support.login_roles import run_signed_in as _run
from tests.support.login_roles import superuser as _owner


def _account_id(cluster: LoginCluster, name: str) -> int:
    with _owner(cluster) as connection:
        found = connection.execute("SELECT id FROM app_user WHERE username = %s",
                                   (name,)).fetchone()
    assert found is not None
    return int(str(found[0]))


def _counters(cluster: LoginCluster, workstation: str) -> dict[str, tuple[object, ...]]:
    """The sign-in counters at `workstation`: name → failures, and the wait each set (seconds
    from its last failure), or None."""
    with _owner(cluster) as connection:
        rows = connection.execute(
            "SELECT username, failures, extract(epoch FROM delayed_until - last_failed_at) "
            "FROM sign_in_delay WHERE workstation = %s", (workstation,)).fetchall()
    return {str(row[0]): (row[1], None if row[2] is None else float(str(row[2])))
            for row in rows}


def test_a_refused_login_is_audited_with_the_name_and_workstation(
        cluster: LoginCluster, capsys: pytest.CaptureFixture[str]) -> None:
    """The server refuses a wrong password before the person could write anything: the sign-in
    gate writes the attempt, in its own transaction (chained), named by the account tried and
    the workstation, as on a shared role; an unknown name likewise."""
    workstation = cluster.address()
    assert _run("--db", workstation, "user", "list", user=ADMIN, password="wrong-guess") == 1
    assert capsys.readouterr().err == "canvass: Wrong user name or password.\n"
    entry = _last_attempt(cluster, ADMIN)
    assert entry is not None and entry[:4] == ("sign_in_failed", ADMIN,
                                               _account_id(cluster, ADMIN), "canvass_signin")
    assert json.loads(str(entry[4])) == {"workstation": workstation_name(), "failures": 1}
    assert entry[5] is True       # sealed into the chain at its own commit
    assert _run("--db", workstation, "user", "list", user="no-such-person",
                password="whatever") == 1
    unknown = _last_attempt(cluster, "no-such-person")
    assert unknown is not None and unknown[:4] == ("sign_in_failed", "no-such-person", None,
                                                   "canvass_signin")
    # The right password gets in, is audited as ever, and ends the account's count here.
    assert _run("--db", workstation, "user", "list", user=ADMIN, password=ADMIN_PASSWORD) == 0
    signed = _last_attempt(cluster, ADMIN)
    assert signed is not None and signed[:2] == ("sign_in", ADMIN)
    assert ADMIN not in _counters(cluster, workstation_name())
    assert _run("--db", workstation, "audit", "verify", user=ADMIN,
                password=ADMIN_PASSWORD) == 0


def test_repeated_failures_delay_the_next_attempt_and_never_lock(cluster: LoginCluster) -> None:
    """The delays of a shared role, on login roles: the third failure of a name at a workstation
    makes the next try there wait 1 s, each further one doubles it; an attempt during the wait,
    the right password too, is refused unchecked (audited, not counted); the same person at
    another workstation gets in; an administrator sees the delay and ends it, and the right
    password gets in again."""
    address, place = cluster.address(), "gate-test-pc"
    for _ in range(3):
        with pytest.raises(SignInRefused) as refused:
            open_as(address, CLERK, "wrong-guess", workstation=place)
        assert refused.value.code == AccountRefusal.WRONG_CREDENTIALS
    counted = _counters(cluster, place)
    assert counted[CLERK] == (3, 1.0) and counted[""] == (3, None)
    with _owner(cluster) as connection:   # as if five more had failed, the last wait over
        connection.execute("UPDATE sign_in_delay SET failures = 8, delayed_until = NULL "
                           "WHERE username = %s AND workstation = %s", (CLERK, place))
    with pytest.raises(SignInRefused):
        open_as(address, CLERK, "wrong-guess", workstation=place)
    assert _counters(cluster, place)[CLERK] == (9, 64.0)    # 2^(9-3) s, computed by the gate
    with pytest.raises(SignInRefused) as waiting:
        open_as(address, CLERK, CLERK_PASSWORD, workstation=place)
    assert waiting.value.code == AccountRefusal.LOCKED
    assert 0 < waiting.value.retry_after <= 64
    delayed = _last_attempt(cluster, CLERK)
    assert delayed is not None and delayed[0] == "sign_in_delayed"
    assert json.loads(str(delayed[4]))["workstation"] == place
    assert _counters(cluster, place)[CLERK] == (9, 64.0)    # a refusal unchecked is not counted
    # Not a lock: the clerk at their own desk gets in, and so do others at this one.
    database, clerk, _ = open_as(address, CLERK, CLERK_PASSWORD, workstation="clerks-own-pc")
    database.dispose()
    database, admin, _ = open_as(address, ADMIN, ADMIN_PASSWORD, workstation=place)
    try:
        shown = {(row.username, row.workstation): row for row in sign_in_delays(database, admin)}
        assert shown[(CLERK, place)].failures == 9 and shown[(CLERK, place)].delayed_until
        assert {row.username: row.locked_until for row in list_users(database, admin)}[CLERK]
        assert clear_sign_in_delays(database, admin, username=CLERK, workstation=place) == 1
    finally:
        database.dispose()
    with _owner(cluster) as connection:
        assert connection.execute(
            "SELECT username, changes FROM audit_entry WHERE action = 'delays_cleared' "
            "ORDER BY id DESC LIMIT 1").fetchone() \
            == (ADMIN, json.dumps({"counters": 1, "username": CLERK, "workstation": place},
                                  ensure_ascii=False, sort_keys=True))
    database, clerk, _ = open_as(address, CLERK, CLERK_PASSWORD, workstation=place)
    database.dispose()
    assert clerk.username == CLERK


def test_the_gate_login_opens_nothing(cluster: LoginCluster) -> None:
    """`canvass_signin`'s password is no secret: it reads no table, writes no counter or entry
    but through the gate's two functions, and clears nothing."""
    with _psql(cluster, "canvass_signin", "canvass-sign-in") as connection:
        for statement in ("SELECT * FROM app_user", "SELECT * FROM sign_in_delay",
                          "DELETE FROM sign_in_delay", "SELECT name FROM person",
                          "INSERT INTO audit_entry (at, username, action, table_name, changes) "
                          "VALUES (now(), 'x', 'x', 'x', '{}')",
                          "SELECT canvass_sign_in_counter('x', 'y')",
                          "SELECT canvass_login_set('x', NULL, 'canvass_commander', true)"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
    with _owner(cluster) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "WHERE r.rolname = 'canvass_signin'").fetchone() == (0,)


def test_a_password_changed_in_psql_is_the_password(cluster: LoginCluster) -> None:
    """On a role-enforced database the server's SCRAM verifier is the password: changed with
    psql's `\\password` (the verifier computed by libpq, as psql does), Canvass signs in with the
    new one and takes it as the current one when the person changes it in Canvass."""
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        verifier = connection.pgconn.encrypt_password(b"viewer-pass-2", VIEWER.encode(),
                                                      b"scram-sha-256")
        connection.execute(f"ALTER ROLE {VIEWER} PASSWORD '{verifier.decode()}'")
    database, viewer, _ = open_as(cluster.address(), VIEWER, "viewer-pass-2")
    try:
        with pytest.raises(InvalidUserInput) as wrong:       # the old one is not it any more
            change_own_password(database, viewer, VIEWER_PASSWORD, "viewer-pass-3")
        assert wrong.value.code == AccountRefusal.WRONG_PASSWORD
        change_own_password(database, viewer, "viewer-pass-2", VIEWER_PASSWORD)
    finally:
        database.dispose()
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (VIEWER,)


def test_installed_on_a_database_in_use_the_others_log_in_after_a_reset(
        cluster: LoginCluster, capsys: pytest.CaptureFixture[str]) -> None:
    """A database that had accounts before it was made role-enforced (README step 2): the
    installer signs in, and only their login gets a password; every other account's role is
    NOLOGIN until an administrator resets its password from a workstation, after which its
    owner connects with the password read out and replaces it before working."""
    with _owner(cluster) as connection:
        connection.execute(f"CREATE DATABASE in_use OWNER {OWNER}")
    owner = cluster.owner_address().rsplit("/", 1)[0] + "/in_use"
    workstation = cluster.address().rsplit("/", 1)[0] + "/in_use"
    assert _run("--db", owner, "db", "upgrade") == 0
    assert _run("--db", owner, "user", "add", "chief", "--role", "commander",
                "--password", "chief-pass-1") == 0
    assert _run("--db", owner, "user", "add", "helper", "--role", "clerk",
                "--password", "helper-pass-1", user="chief", password="chief-pass-1") == 0
    assert _run("--db", owner, "db", "roles", "install", user="chief",
                password="chief-pass-1") == 0
    assert "2 accounts have login roles; 1 may log in" in capsys.readouterr().out
    assert _run("--db", workstation, "user", "list", user="helper",
                password="helper-pass-1") == 1       # NOLOGIN: as a deactivated account
    capsys.readouterr()
    assert _run("--db", workstation, "user", "reset-password", "helper", "--password",
                "read-out-1", user="chief", password="chief-pass-1") == 0
    database, helper, change_due = open_as(workstation, "helper", "read-out-1")
    try:
        assert (helper.username, helper.role, change_due) == ("helper", UserRole.CLERK, True)
        change_own_password(database, helper, "read-out-1", "helper-pass-2")
    finally:
        database.dispose()
    with psycopg.connect(cluster.dsn("helper", "helper-pass-2").replace(
            f"dbname={DATABASE}", "dbname=in_use"), autocommit=True) as connection:
        assert connection.execute("SELECT current_user").fetchone() == ("helper",)
