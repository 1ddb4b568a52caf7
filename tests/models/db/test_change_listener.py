"""The low-level change sources: PostgreSQL notices carry table and ids only; SQLite's
data_version moves when another connection commits."""
from __future__ import annotations

import time

from models.db.change_listener import Notice, PostgresListener, SqliteVersionProbe
from models.db.change_tables import parse_notice
from models.db.database import Database
from tests.support.factories import make_person, make_place


def wait_for(listener: PostgresListener, table: str, timeout: float = 2.0) -> list[Notice]:
    deadline = time.monotonic() + timeout
    seen: list[Notice] = []
    while time.monotonic() < deadline:
        seen += listener.drain()
        if any(n.table == table for n in seen):
            return seen
        time.sleep(0.02)
    return seen


def test_postgres_notice_names_the_table_and_ids(postgres_database: Database) -> None:
    database = postgres_database
    listener = PostgresListener(database.url)
    listener.connect()
    try:
        with database.sessions() as session:
            person = make_person(session, make_place(session))
            session.commit()
        notices = wait_for(listener, "person")
        assert Notice("person", frozenset({person.id})) in notices
        assert all("张伟" not in str(n) for n in notices)  # ids only, never personal data
    finally:
        listener.close()


def test_sqlite_probe_sees_another_connections_commit(sqlite_database: Database) -> None:
    database = sqlite_database
    probe = SqliteVersionProbe(str(database.url.database))
    try:
        assert probe.changed() is False
        with database.sessions() as session:
            make_place(session)
            session.commit()
        assert probe.changed() is True
        assert probe.changed() is False
    finally:
        probe.close()


def test_parse_notice() -> None:
    assert parse_notice("person|3,5") == ("person", frozenset({3, 5}))
    assert parse_notice("visit|*") == ("visit", None)
