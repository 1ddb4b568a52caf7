"""The audit trail, written by the database: complete whoever writes, in the change's own
transaction, under the signed-in person's name, and unalterable."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError

from models.accounts.audit import AUDITED_TABLES, UNAUDITED_TABLES, Actor
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry, Base, Person, User
from tests.support.audit_chain import entries, outside_write
from tests.support.factories import make_person, make_place
from tests.support.registers import good_lines, register_csv, run_import, setup_community

CLERK = Actor(user_id=None, username="clerk1")


def test_every_table_is_audited_or_derived() -> None:
    assert set(AUDITED_TABLES) | UNAUDITED_TABLES == set(Base.metadata.tables)
    assert not set(AUDITED_TABLES) & UNAUDITED_TABLES


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
    created = json.loads(log[0].changes)
    assert created["name"] == "张伟" and created["active"] is True
    assert "id" not in created and "version" not in created and "name_pinyin" not in created
    assert json.loads(log[1].changes) == {"phone": ["13800000000", "13912345678"]}
    assert json.loads(log[2].changes)["phone"] == ["13912345678", None]


def test_a_save_is_audited_once_under_the_signed_in_name(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        person = make_person(session, make_place(session))
        session.commit()
    with database.sessions() as session:
        session.info["actor"] = Actor(user_id=None, username="wangfang")
        session.execute(update(Person).where(Person.id == person.id).values(name="王芳"))
        session.commit()
    changed = [e for e in entries(database) if e.action == "update"]
    assert [(e.username, e.row_id, json.loads(e.changes)) for e in changed] == [
        ("wangfang", person.id, {"name": ["张伟", "王芳"]})]


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
        session.execute(update(User).values(password_hash="scrypt$other"))
        session.commit()
    created, changed = entries(database)
    assert "secret" not in created.changes and json.loads(created.changes)["password_hash"] == "***"
    assert json.loads(changed.changes) == {"password_hash": ["***", "***"]}


def test_the_log_cannot_be_altered_or_deleted(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        make_place(session)
        session.commit()
    before = [(e.id, e.changes) for e in entries(database)]
    assert before
    statements = [update(AuditEntry).values(changes="{}"), delete(AuditEntry),
                  update(AuditEntry).values(hash=None, chain_seq=None)]
    if database.kind == "postgresql":
        statements.append(text("TRUNCATE audit_entry"))
    for statement in statements:
        with database.sessions() as session, pytest.raises(DatabaseError, match="append-only"):
            session.execute(statement)
            session.flush()
    assert [(e.id, e.changes) for e in entries(database)] == before


def test_a_write_without_a_signed_in_person_names_the_role(database: Database) -> None:
    with database.sessions() as session:
        make_person(session, make_place(session))
        session.commit()
        assert session.scalar(select(Person.id)) is not None
    names = {e.username for e in entries(database)}
    assert names == ({"sqlite"} if database.kind == "sqlite" else {"postgres"})


def test_another_tools_update_is_audited_with_its_name(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = CLERK
        person = make_person(session, make_place(session))
        session.commit()
    who = outside_write(database, f"UPDATE person SET phone = '13711112222' WHERE id = {person.id}")
    last = entries(database)[-1]
    assert (last.username, last.action, last.table_name, last.row_id) == (
        who, "update", "person", person.id)
    assert json.loads(last.changes) == {"phone": ["13800000000", "13711112222"]}
    if database.kind == "postgresql":
        assert last.db_role == who


def test_a_bulk_import_is_one_entry_per_table_with_the_row_ids(database: Database,
                                                               tmp_path: Path) -> None:
    setup_community(database)
    before = len(entries(database))
    result = run_import(database, register_csv(tmp_path / "r.csv", good_lines(40)))
    assert result.committed
    with database.sessions() as session:
        ids = sorted(session.scalars(select(Person.id)))
    new = entries(database)[before:]
    person_rows = [e for e in new if e.table_name == "person" and e.action == "insert"]
    assert len(person_rows) == 1 and person_rows[0].row_id is None
    summary = json.loads(person_rows[0].changes)
    assert summary == {"rows": 40, "ids": f"{ids[0]}-{ids[-1]}"} and len(ids) == 40
    assert all(e.username == "clerk" for e in new)
    assert [e.action for e in new if e.table_name == "person"] == ["insert", "import"]
