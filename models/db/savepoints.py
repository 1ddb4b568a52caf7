"""Savepoints that roll back with their transaction on both databases.

SQLite's Python driver begins a transaction only before a write, and SQLite treats a SAVEPOINT
outside a transaction as a transaction of its own, committed when it is released. A rule that
opens a savepoint before the session has written anything (open a case, link a contact, take a
contact-tracing row) would then commit its rows however the action ends: a refusal later in the
same action, or a dry run, would leave them written. `savepoint` begins the outer transaction
first, so a savepoint always nests inside it, as it does on PostgreSQL (a session that writes
has begun it already, with the write lock: models/db/write_lock.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, SessionTransaction

from models.db.write_lock import begin_on_sqlite, writes


def begin_outer(session: Session) -> None:
    """On SQLite, make sure the session's connection is inside a transaction."""
    begin_on_sqlite(session.connection(), immediate=writes(session))


@contextmanager
def savepoint(session: Session) -> Iterator[SessionTransaction]:
    """`session.begin_nested()`, inside the action's transaction on every database."""
    begin_outer(session)
    with session.begin_nested() as nested:
        yield nested
