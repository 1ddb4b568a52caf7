"""A bulk load's audit: one entry per table, with the row count and the ids of the rows it added.

The register import and the demo write hundreds of thousands of rows in one transaction. An
entry per row would triple the import's time on SQLite (each row's JSON and chained entry) and
bloat the file by hundreds of megabytes; issue 20 allows one entry per statement with the ids.

* PostgreSQL: the statement triggers already write one entry per INSERT of more than BULK_ROWS
  rows; `canvass.bulk` makes them do so for every INSERT of the load, however small. A load into
  tables it found empty (the demo, which runs as the owner: it drops the tallies' triggers and
  the foreign keys too) drops their insert triggers instead, as SQLite does, so its entries are
  stamped with the history's own moment.
* SQLite has no statement triggers. Inside the load's own transaction the insert triggers of the
  tables it fills are dropped, and at the end put back exactly as the migration made them
  (models/accounts/audit_guards.py) and one entry per table written with the ids of the rows
  added (rowid above the mark taken at the start). SQLite's DDL is transactional and the load
  holds the file's only write lock from the first statement: no other connection writes
  meanwhile, and a load that fails, is cancelled or killed rolls the triggers back with its
  rows. Updates and deletes keep their triggers, and an entry per row, throughout.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, inspect, text

from models.accounts.audit import AUDITED_TABLES, Actor, entry
from models.accounts.audit_guards import table_triggers
from models.db.acting import BULK, bulk_summaries, id_ranges
from models.schema.accounts import AuditEntry


@dataclass(frozen=True)
class _Mark:
    table: str
    key: str                          # the column naming a row (a link table's first key)
    columns: list[tuple[str, str]]    # SQLite: (name, declared type), for its trigger's text
    rowid: int                        # SQLite: the table's highest rowid before the load


def _mark(connection: Connection, table: str) -> _Mark:
    key = str(inspect(connection).get_pk_constraint(table)["constrained_columns"][0])
    if connection.dialect.name != "sqlite":
        return _Mark(table, key, [], 0)
    rows = connection.exec_driver_sql(f"PRAGMA table_info({table})").all()
    highest = connection.exec_driver_sql(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").scalar()
    return _Mark(table, key, [(str(r[1]), str(r[2])) for r in rows], int(highest or 0))


def _create(connection: Connection, mark: _Mark) -> None:
    name = f"{mark.table}_audit_insert"
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(table_triggers(mark.table, mark.columns, mark.key)[name])
        return
    connection.exec_driver_sql(   # as migration 0019 creates it
        f"CREATE TRIGGER {name} AFTER INSERT ON {mark.table} REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION canvass_audit_insert('{mark.key}')")


def begin_bulk_inserts(connection: Connection, tables: Iterable[str], *,
                       empty: bool = False) -> None:
    """From here on in `connection`'s transaction, the rows inserted into `tables` are audited
    as one entry per table, written by `end_bulk_inserts`; `empty`: the load found them empty
    (and may drop their triggers on PostgreSQL too)."""
    sqlite = connection.dialect.name == "sqlite"
    if not sqlite and not empty:
        bulk_summaries(connection, True)
        return
    # The sqlite3 driver opens its transaction at the first INSERT, so a DROP TRIGGER sent
    # before it would commit on its own and outlive a rollback: open it now.
    driver = connection.connection.driver_connection
    if sqlite and driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN")
    marks = [_mark(connection, table) for table in tables if table in AUDITED_TABLES]
    for mark in marks:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {mark.table}_audit_insert"
                                   + ("" if sqlite else f" ON {mark.table}"))
    connection.info[BULK] = marks


def end_bulk_inserts(connection: Connection, actor: Actor, at: datetime | None = None) -> None:
    """The insert triggers back as created, and an entry per table that gained rows, under
    `actor` (stamped `at`, else now), in the same transaction."""
    marks: list[_Mark] | None = connection.info.pop(BULK, None)
    if marks is None:
        if connection.dialect.name == "postgresql":
            bulk_summaries(connection, False)
        return
    written = []
    for mark in marks:
        _create(connection, mark)
        ids = connection.execute(text(f"SELECT {mark.key} FROM {mark.table}"
                                      + (" WHERE rowid > :mark" if mark.columns else "")),
                                 {"mark": mark.rowid}).scalars().all()
        if ids:
            written.append(entry(actor, "insert", mark.table, None,
                                 {"rows": len(ids), "ids": id_ranges(int(i) for i in ids)},
                                 at or datetime.now()))
    if written:
        connection.execute(AuditEntry.__table__.insert(), written)


@contextmanager
def bulk_inserts(connection: Connection, tables: Iterable[str], actor: Actor, *,
                 empty: bool = False) -> Iterator[None]:
    """`begin_bulk_inserts` … `end_bulk_inserts` around a block (at an exception the caller's
    rollback undoes it all)."""
    begin_bulk_inserts(connection, tables, empty=empty)
    yield
    end_bulk_inserts(connection, actor)
