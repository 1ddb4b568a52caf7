"""The audit trail: complete, in the change's own transaction, and unalterable."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError

from models.accounts.audit import Actor
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry, Person, User
from tests.support.factories import make_person, make_place

CLERK = Actor(user_id=None, username="clerk1")


def entries(database: Database) -> list[AuditEntry]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_insert_update_delete_are_recorded_old_to_new(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        place = make_place(session)
        person = make_person(session, place)
        session.commit()
        person.phone = "13912345678"
        session.commit()
        session.delete(person)
        session.commit()
    log = [e for e in entries(database) if e.table_name == "person"]
    assert [e.action for e in log] == ["insert", "update", "delete"]
    assert all(e.username == "clerk1" and e.row_id == person.id for e in log)
    assert json.loads(log[0].changes)["name"] == "张伟"
    assert json.loads(log[1].changes) == {"phone": ["13800000000", "13912345678"]}
    assert json.loads(log[2].changes)["phone"] == ["13912345678", None]


def test_a_rolled_back_change_leaves_no_audit_entry(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        place = make_place(session)
        make_person(session, place)
        session.flush()
        session.rollback()
    assert entries(database) == []


def test_password_hashes_never_reach_the_log(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        session.add(User(username="li", role=UserRole.CLERK, password_hash="scrypt$secret"))
        session.commit()
    (entry,) = entries(database)
    assert "secret" not in entry.changes and json.loads(entry.changes)["password_hash"] == "***"


def test_the_log_cannot_be_altered_or_deleted(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        make_place(session)
        session.commit()
    before = [(e.id, e.changes) for e in entries(database)]
    assert before
    statements = [update(AuditEntry).values(changes="{}"), delete(AuditEntry)]
    if database.kind == "postgresql":
        statements.append(text("TRUNCATE audit_entry"))
    for statement in statements:
        with database.sessions() as session, pytest.raises(DatabaseError, match="append-only"):
            session.execute(statement)
            session.flush()
    assert [(e.id, e.changes) for e in entries(database)] == before


def test_sessions_without_an_actor_write_no_entries(database: Database) -> None:
    with database.sessions() as session:
        make_person(session, make_place(session))
        session.commit()
        assert session.scalar(select(Person.id)) is not None
    assert entries(database) == []
