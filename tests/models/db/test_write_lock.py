"""On SQLite a session that is going to write holds the write lock from its first read, so what
it checked is still true when it writes; a reading session does not, so lists never wait on a
save; savepoints still nest inside the action's transaction."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.db.savepoints import savepoint
from models.db.write_lock import WRITING
from models.schema.geography import District


def another_writer_may_begin(database: Database) -> bool:
    """Whether a second connection gets the write lock at once (no waiting)."""
    other = sqlite3.connect(str(database.url.database), timeout=0.05, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return False
    finally:
        other.close()


def test_a_write_session_holds_the_lock_from_its_first_read(sqlite_database: Database) -> None:
    database = sqlite_database
    with database.sessions(info=WRITING) as session:
        assert another_writer_may_begin(database)          # nothing read yet: no transaction
        session.scalar(select(func.count(District.id)))
        assert not another_writer_may_begin(database)
        with database.sessions() as reader:                # reading still goes on meanwhile
            assert reader.scalar(select(func.count(District.id))) == 0
        session.rollback()
        assert another_writer_may_begin(database)


def test_a_reading_session_leaves_the_lock_to_writers(sqlite_database: Database) -> None:
    with sqlite_database.sessions() as session:
        session.scalar(select(func.count(District.id)))
        assert another_writer_may_begin(sqlite_database)


@pytest.mark.parametrize("writes", [True, False], ids=["write session", "other session"])
def test_a_savepoint_still_rolls_back_with_its_action(database: Database, writes: bool) -> None:
    with database.sessions(info=WRITING if writes else {}) as session:
        with savepoint(session):
            session.add(District(code="D9", name="黄陂区"))
        session.rollback()
    with database.sessions() as session:
        assert session.scalar(select(func.count(District.id))) == 0
