"""A full disk, said as such: the one database failure a person can fix by themselves.

SQLite answers "database or disk is full" (SQLITE_FULL) when its file or its write-ahead log
cannot grow; PostgreSQL's server answers SQLSTATE 53100 when its data directory has no room.
Either way the statement failed and the transaction is rolled back whole, so nothing of the
action is written; without this the person read that the database "did not answer", or a
driver's traceback ended an import. The words are the screen's (DatabaseRefusal.DISK_FULL).
"""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from models.errors import DiskFull

SQLITE_FULL = 13           # the primary result code: the low byte of an extended one
POSTGRES_DISK_FULL = "53100"


def disk_full(error: BaseException) -> DiskFull | None:
    """The refusal for `error` when it says the disk is full; None for anything else. `error`
    is SQLAlchemy's, or the driver's own (the register import's COPY talks to psycopg)."""
    said = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(said, "sqlite_errorcode", None)
    if (isinstance(code, int) and code & 0xFF == SQLITE_FULL) \
            or getattr(said, "sqlstate", None) == POSTGRES_DISK_FULL:
        return DiskFull("The disk holding the database is full; nothing was saved. "
                        "Make room on it and try again")
    return None
