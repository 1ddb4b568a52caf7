"""A savepoint opened before the action has written anything still rolls back with the action:
on SQLite a bare SAVEPOINT would be a transaction of its own, committed on release."""
from __future__ import annotations

from sqlalchemy import func, select

from models.db.database import Database
from models.db.savepoints import savepoint
from models.schema.geography import District


def districts(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count(District.id))) or 0)


def test_a_released_savepoint_goes_with_its_rolled_back_action(database: Database) -> None:
    with database.sessions() as session:
        with savepoint(session):
            session.add(District(code="D9", name="黄陂区"))
        session.rollback()
    assert districts(database) == 0


def test_a_savepoint_rolled_back_keeps_what_came_before(database: Database) -> None:
    with database.sessions() as session:
        session.add(District(code="D1", name="江岸区"))
        session.flush()
        with savepoint(session) as nested:
            session.add(District(code="D2", name="江汉区"))
            session.flush()
            nested.rollback()
        session.commit()
    assert districts(database) == 1
