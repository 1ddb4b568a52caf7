"""Opening a database: every bad location gets one clear error and nothing is written."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from models.db.database import Database, make_engine, to_url
from models.errors import DatabaseUnavailable, NotADatabase, SchemaTooNew
from models.opening import open_database
from tests.support.postgres_cluster import free_port


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = to_url(str(tmp_path / "x.sqlite3"))
    assert url.get_backend_name() == "sqlite" and url.database == str(tmp_path / "x.sqlite3")


def test_postgresql_url_uses_psycopg() -> None:
    assert to_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_other_backends_are_refused() -> None:
    with pytest.raises(DatabaseUnavailable, match="SQLite or PostgreSQL"):
        to_url("mysql://u@h/db")


def test_a_mistyped_server_address_is_refused_without_its_password() -> None:
    # A port that is not a number made SQLAlchemy raise ValueError: "Canvass failed", exit 70.
    for address in ("postgresql://u:secret@h:abc/db", "post gres://u:secret@h/db"):
        with pytest.raises(DatabaseUnavailable, match="Not a database URL") as refused:
            to_url(address)
        assert "secret" not in str(refused.value)


def test_a_text_file_is_not_a_database_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n")
    with pytest.raises(NotADatabase, match="not a SQLite database"):
        open_database(str(path))
    assert path.read_text() == "shopping list\n"


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase, match="folder"):
        open_database(str(tmp_path))


def test_someone_elses_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotADatabase, match="not Canvass"):
        open_database(str(path))
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert names == {"invoices"}


def test_unreachable_postgresql_is_one_clear_error() -> None:
    with pytest.raises(DatabaseUnavailable, match="Cannot reach PostgreSQL"):
        open_database(f"postgresql://nobody@127.0.0.1:{free_port()}/canvass")


def test_a_newer_schema_is_refused_untouched(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f9999_from_future'"))
    url = database.url
    database.dispose()
    with pytest.raises(SchemaTooNew, match="newer Canvass"):
        open_database(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "f9999_from_future"
    engine.dispose()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "c.sqlite3"))
    try:
        for _ in range(3):  # every pooled connection, not just the first
            with database.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert "person" in inspect(database.engine).get_table_names()
    finally:
        database.dispose()


def test_reopening_a_current_database_changes_nothing(database: Database) -> None:
    url = database.url
    database.dispose()
    again = open_database(url)
    try:
        assert again.is_empty()
    finally:
        again.dispose()
