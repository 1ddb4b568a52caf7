"""Bulk insertion of a stream of batches, all in one transaction.

Rows arrive already in the form the database stores (timestamps as text, booleans, NUMERIC as
text), so nothing is converted per row:

* SQLite: the INSERT goes to the driver's executemany through Connection.exec_driver_sql, which
  hands a list of tuples straight on. Going through `table.insert()` would run SQLAlchemy's
  per-value type processing over every one of millions of values, for no gain, since the
  values are already what that processing would produce (measured on 200,000 persons: 11.7 s
  against 6.4 s).
* PostgreSQL: COPY … FROM STDIN on the same psycopg connection, hence the same transaction;
  afterwards every id sequence is moved past the explicit ids written.

The coverage tallies' triggers are off while the rows stream in and the tallies are counted
once at the end (models/communities/tallies_triggers.py: per-row triggers made the small demo six times
slower); the tables' indexes likewise are built once from the loaded rows, not kept up row by
row (models/db/bulk_load.py). Before anything is generated the tables the demo fills are checked empty; the accounts tables
(users, audit) are not, since the demo writes none and a first start may already have an admin.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Integer, text

from models.accounts.audit import Actor, act_as
from models.accounts.audit_bulk import begin_bulk_inserts, end_bulk_inserts
from models.communities.tallies_triggers import counted_afterwards
from models.db.bulk_load import built_afterwards
from models.db.database import Database
from models.demo.outcome import DemoCancelled
from models.demo.world import Batch
from models.errors import DatabaseNotEmpty
from models.schema.accounts import AuditEntry
from models.schema.base import Base

UNTOUCHED = frozenset({"app_user", "audit_entry"})


def demo_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if t.name not in UNTOUCHED]


def ensure_empty(connection: Connection) -> None:
    for table in demo_tables():
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            raise DatabaseNotEmpty(
                f"The database already holds data (table {table}): the demo needs an empty "
                "database. Nothing was written.")


def insert_sqlite(connection: Connection, batch: Batch) -> None:
    columns = ", ".join(batch.columns)
    marks = ", ".join("?" * len(batch.columns))
    connection.exec_driver_sql(f"INSERT INTO {batch.table} ({columns}) VALUES ({marks})",
                               batch.rows)


def insert_postgresql(connection: Connection, batch: Batch) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:
        with cursor.copy(f"COPY {batch.table} ({', '.join(batch.columns)}) FROM STDIN") as copy:
            write_row = copy.write_row
            for row in batch.rows:
                write_row(row)


def reset_sequences(connection: Connection) -> None:
    """Ids were given explicitly: the next id the application asks for must follow them."""
    for table in Base.metadata.sorted_tables:
        if table.name in UNTOUCHED:
            continue
        id_column = table.columns.get("id")
        if id_column is None or not isinstance(id_column.type, Integer):
            continue
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))


def write(database: Database, batches: Iterable[Batch], expected_rows: int,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None,
          audit: Callable[[], dict[str, Any]] | None = None) -> int:
    """Insert every batch or none; returns the rows written. DemoCancelled rolls back.

    `audit()` gives the one audit_entry row that records the whole load, written last in the
    same transaction (a bulk load is not a person's edits, row by row)."""
    insert = insert_postgresql if database.kind == "postgresql" else insert_sqlite
    done = 0
    named = audit() if audit is not None else None   # who: the entry's name, known up front
    actor = Actor(named["user_id"], named["username"]) if named is not None else Actor(None, "demo")
    with database.engine.begin() as connection:
        ensure_empty(connection)
        act_as(connection, actor)
        begin_bulk_inserts(connection, demo_tables(), empty=True)   # an entry per table
        if progress:
            progress(0, expected_rows)
        with counted_afterwards(connection), \
                built_afterwards(connection, demo_tables()):  # tallies, indexes: once at the end
            for batch in batches:
                if cancelled is not None and cancelled():
                    raise DemoCancelled("The demo build was cancelled; nothing was written.")
                if batch.rows:
                    insert(connection, batch)
                done += len(batch.rows)
                if progress:
                    progress(min(done, expected_rows - 1), expected_rows)
            if cancelled is not None and cancelled():
                raise DemoCancelled("The demo build was cancelled; nothing was written.")
        if database.kind == "postgresql":
            reset_sequences(connection)
        end_bulk_inserts(connection, actor, named["at"] if named is not None else None)
        if audit is not None:
            connection.execute(AuditEntry.__table__.insert(), [audit()])
    if progress:
        progress(expected_rows, expected_rows)
    return done
