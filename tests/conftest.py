"""Shared fixtures: every database test runs on SQLite and on a throwaway PostgreSQL cluster."""
from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A command signs in from these (controllers/commands/signing_in.py): never the developer's own.
os.environ.pop("CANVASS_USER", None)
os.environ.pop("CANVASS_PASSWORD", None)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.db.database import Database
from models.opening import open_database
from tests.support.databases import BACKENDS, fresh_postgres_url
from tests.support.postgres_cluster import PostgresCluster, find_bin


@pytest.fixture(autouse=True)
def earlier_tests_frozen() -> Iterator[None]:
    """What earlier tests left alive is moved out of the collector's sight after each test.

    By the last third of the suite the process holds two million objects, and one full
    collection walking them took 1.3-9.6 s (measured): any test's ten-second wait could lose
    itself in one. Frozen, a collection walks only what the current test made."""
    yield
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session", autouse=True)
def one_application(qapp: object) -> object:
    """The widgets' QApplication, made before any test: a command that writes a PDF makes a
    QGuiApplication when none exists, and a widget made after that aborts the whole run."""
    return qapp


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = find_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found: CI must run the PostgreSQL tests")
        pytest.skip("no PostgreSQL binaries (initdb) on this machine")
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: PostgresCluster) -> str:
    """A migrated database every PostgreSQL test copies (CREATE DATABASE … TEMPLATE)."""
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE DATABASE canvass_template"))
    admin.dispose()
    open_database(postgres_cluster.url("canvass_template")).dispose()
    return "canvass_template"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(str(path))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new, empty, migrated database on the backend under test."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "canvass.sqlite3"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return fresh_postgres_url(cluster, request.getfixturevalue("postgres_template"))


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all, for the migration tests."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return fresh_postgres_url(request.getfixturevalue("postgres_cluster"), None)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url)
    try:
        yield opened
    finally:
        opened.dispose()


def url_backend(url: str) -> str:
    return make_url(url).get_backend_name()


@pytest.fixture
def sqlite_database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """For what only SQLite has (data_version, file handling)."""
    path = tmp_path / "canvass.sqlite3"
    shutil.copyfile(sqlite_template, path)
    opened = open_database(f"sqlite:///{path}")
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def postgres_database(postgres_cluster: PostgresCluster, postgres_template: str) -> Iterator[Database]:
    """For what only PostgreSQL has (LISTEN/NOTIFY, server restarts)."""
    opened = open_database(fresh_postgres_url(postgres_cluster, postgres_template))
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def person_id(database: Database) -> int:
    """One person (张伟, 420102198001011234, 13800000000) in one household of one community."""
    from tests.support.factories import make_person, make_place
    with database.sessions() as session:
        person = make_person(session, make_place(session))
        session.commit()
        return person.id
