"""Read, check, write: on SQLite the write lock is taken before the first read.

SQLite's Python driver begins a transaction only at the first INSERT, UPDATE or DELETE; the reads
before it run each on their own. An action that reads a record, checks it (its version, its
status, whether the door was already visited at that time) and then writes, read one database
and wrote into another whenever a second workstation committed in between: the version in the
UPDATE matched nothing (a raw StaleDataError), or a check passed on what was no longer true (two
visits where one was allowed). PostgreSQL makes the later action wait on the row it locks
(SELECT … FOR UPDATE); SQLite has no row locks and ignores FOR UPDATE. So a session that is
going to write begins with BEGIN IMMEDIATE: it takes the database's one write lock before it
reads, waiting (busy_timeout) while another writer holds it. The later of two workstations then
reads what the earlier one wrote, and gets the same EditConflict or refusal as on PostgreSQL.

A session says it will write by carrying WRITING in its info (`database.sessions(info=WRITING)`;
controllers' `user_session` does). Other sessions begin deferred, as before: under WAL they read
while a writer writes, so lists and the dashboard never wait on a save.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

WRITES = "canvass.writes"
WRITING: Mapping[str, Any] = MappingProxyType({WRITES: True})


def begin_on_sqlite(connection: Connection, *, immediate: bool) -> None:
    """Begin the driver's transaction now, unless it is in one already (SQLite only: other
    drivers begin their own transaction with the first statement)."""
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.driver_connection
    if driver is not None and not getattr(driver, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writes(session: Session) -> bool:
    return bool(session.info.get(WRITES))


def _lock_first(session: Session, _transaction: SessionTransaction,
                connection: Connection) -> None:
    # Fired as the session's transaction takes its connection, before its first statement.
    if writes(session):
        begin_on_sqlite(connection, immediate=True)


def attach(sessions: sessionmaker[Session]) -> None:
    """Sessions of `sessions` that write take SQLite's write lock as their transaction begins."""
    event.listen(sessions, "after_begin", _lock_first)
