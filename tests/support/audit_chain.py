"""Writing to a database the way other tools do (psql, the sqlite3 shell), and tampering with its
audit trail the way a superuser or the holder of a SQLite file can: shared by the audit tests of
the models, the controllers and the commands."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.engine import make_url

from models.db.database import Database
from models.schema import AuditEntry

OUTSIDE_ROLE = "psql_wang"


def entries(database: Database) -> list[AuditEntry]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@contextmanager
def superuser(database: Database) -> Iterator[Connection]:
    """A plain connection of the test cluster's superuser (PostgreSQL) — Canvass's hooks are not
    on it; a transaction committed at the end."""
    engine = create_engine(database.url)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def outside_write(database: Database, statement: str) -> str:
    """Run `statement` as another tool would: the sqlite3 shell's plain connection, or psql
    signed in as a login role of its own. Returns the name the trail should give it."""
    if database.kind == "sqlite":
        connection = sqlite3.connect(str(database.url.database))
        try:
            connection.execute(statement)
            connection.commit()
        finally:
            connection.close()
        return "sqlite"
    with superuser(database) as admin:
        exists = admin.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": OUTSIDE_ROLE})
        if not exists:
            admin.execute(text(f"CREATE ROLE {OUTSIDE_ROLE} LOGIN"))
        admin.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                           f"TO {OUTSIDE_ROLE}"))
        admin.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {OUTSIDE_ROLE}"))
    engine = create_engine(database.url.set(username=OUTSIDE_ROLE))
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()
    return OUTSIDE_ROLE


def tamper(database: Database, statement: str, **values: Any) -> None:
    """Run `statement` on the audit trail past its append-only guard: a superuser switching the
    table's triggers off (PostgreSQL), or the file's holder dropping the guard and putting it
    back afterwards (SQLite)."""
    if database.kind == "postgresql":
        with superuser(database) as admin:
            admin.execute(text("SET LOCAL session_replication_role = replica"))
            admin.execute(text(statement), values)
        return
    path = str(make_url(str(database.url)).database)
    connection = sqlite3.connect(path)
    try:
        guards = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'audit_entry'").fetchall()
        for name, _sql in guards:
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute(statement, values)
        for _name, sql in guards:
            connection.execute(sql)
        connection.commit()
    finally:
        connection.close()
