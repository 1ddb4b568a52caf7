"""The throwaway PostgreSQL cluster with real login roles that the role tests share
(tests/controllers/accounts/conftest.py starts one per test module): Canvass deployed on it as
the README's roles section says — the owner migrates and installs the roles, an admin adds a
viewer and a clerk — and the ways the tests reach it (a command signed in as someone, psql as a
login or as the superuser, Canvass opened on a login)."""
from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import select

from controllers.commands.signing_in import PASSWORD_ENV, USER_ENV
from main import run
from models.accounts.login_roles import login_url
from models.db.database import Database, to_url
from models.opening import open_database
from models.schema.register import Person
from tests.support.factories import make_case, make_person, make_place
from tests.support.login_cluster import LoginCluster
from tests.support.postgres_cluster import find_bin

ADMIN, ADMIN_PASSWORD = "boss", "admin-pass-1"
VIEWER, VIEWER_PASSWORD = "watcher", "viewer-pass-1"
CLERK, CLERK_PASSWORD = "clerk1", "clerk-pass-1"
GROUPS = ("canvass_commander", "canvass_dispatcher", "canvass_clerk", "canvass_viewer",
          "canvass_admin")


def run_signed_in(*words: str, user: str | None = None, password: str | None = None) -> int:
    """A command, signed in as `user` (as a script signs in) or as nobody."""
    saved = {key: os.environ.get(key) for key in (USER_ENV, PASSWORD_ENV)}
    os.environ.pop(USER_ENV, None)
    os.environ.pop(PASSWORD_ENV, None)
    if user is not None:
        os.environ[USER_ENV] = user
        os.environ[PASSWORD_ENV] = password or ""
    try:
        return run(["--lang", "en", *words])
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def deployed_cluster() -> Iterator[LoginCluster]:
    """A started cluster with Canvass deployed on it, stopped after."""
    bin_dir = find_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found: CI must run the login-role tests")
        pytest.skip("no PostgreSQL binaries (initdb) on this machine")
    started = LoginCluster(bin_dir)
    started.start()
    try:
        deploy(started)
        yield started
    finally:
        started.stop()


def deploy(cluster: LoginCluster) -> None:
    owner = cluster.owner_address()
    assert run_signed_in("--db", owner, "db", "upgrade") == 0
    database = open_database(owner)
    try:
        with database.sessions() as session:
            place = make_place(session)
            make_case(session, place, make_person(session, place))
            session.commit()
    finally:
        database.dispose()
    assert run_signed_in("--db", owner, "db", "roles", "install") == 0
    assert run_signed_in("--db", owner, "user", "add", ADMIN, "--role", "admin",
                "--password", ADMIN_PASSWORD) == 0
    workstation = cluster.address()
    for name, role, password in ((VIEWER, "viewer", VIEWER_PASSWORD),
                                 (CLERK, "clerk", CLERK_PASSWORD)):
        assert run_signed_in("--db", workstation, "user", "add", name, "--role", role,
                    "--password", password, user=ADMIN, password=ADMIN_PASSWORD) == 0


def psql(cluster: LoginCluster, user: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(cluster.dsn(user, password), autocommit=True)


def superuser(cluster: LoginCluster) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(cluster.superuser_dsn(), autocommit=True)


def first_person(database: Database) -> int:
    with database.sessions() as session:
        found = session.scalars(select(Person.id).order_by(Person.id)).first()
    assert found is not None
    return found


def opened_as(cluster: LoginCluster, user: str, password: str) -> Database:
    return open_database(login_url(to_url(cluster.address()), user, password), migrate=False)


def last_sign_in_entry(cluster: LoginCluster, name: str) -> tuple[object, ...] | None:
    with superuser(cluster) as connection:
        return connection.execute(
            "SELECT action, username, user_id, db_role, changes, chain_seq IS NOT NULL "
            "FROM audit_entry WHERE username = %s AND action LIKE 'sign\\_in%%' "
            "ORDER BY id DESC LIMIT 1", (name,)).fetchone()
