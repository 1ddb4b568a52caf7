"""Reading the audit trail: a record's history (masked per role) and the admins' search."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect

from controllers.accounts.audit_log import FieldChange, audit_rows, record_history, search_audit_log
from controllers.register.persons import load_person, save_person
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from tests.support.factories import make_person, make_place, signed_in

COMMANDER = signed_in("commander")
ADMIN = signed_in("admin")
CLERK = signed_in("clerk")


@pytest.fixture
def edited_person(database: Database) -> int:
    with database.sessions() as session:
        person = make_person(session, make_place(session))
        session.commit()
    form = load_person(database, COMMANDER, person.id)
    save_person(database, COMMANDER, person.id, form.version, form.values,
                {"resident_id": "42010219800101124X", "name": "张薇"}, date(2020, 2, 20))
    return person.id


def test_history_shows_who_and_old_to_new_masked_for_the_role(database: Database,
                                                              edited_person: int) -> None:
    # The person's creation is audited too (by the database, under the role that wrote it).
    created, full = reversed(record_history(database, COMMANDER, "person", edited_person))
    assert created.action == "insert"
    assert full.username == "commander1" and full.action == "update"
    assert full.changes["resident_id"] == ["420102198001011234", "42010219800101124X"]
    assert full.changes["name"] == ["张伟", "张薇"]
    masked, _created = record_history(database, CLERK, "person", edited_person)
    assert masked.changes["resident_id"] == ["420102********1234", "420102********124X"]
    assert "19800101" not in str(masked.changes)


def test_admins_search_the_log_and_others_may_not(database: Database, edited_person: int) -> None:
    total, page = search_audit_log(database, ADMIN, text="张薇")
    assert total == 1 and page[0].row_id == edited_person
    total, _ = search_audit_log(database, ADMIN, table="person")
    assert total == 2                                    # its creation and the edit
    with pytest.raises(PermissionDenied):
        search_audit_log(database, CLERK, text="张")


@pytest.mark.parametrize("text", ["'; DROP TABLE audit_entry; --", "%", "_x_", "\\", "\x00zz\x00"])
def test_search_treats_any_text_as_plain_text(database: Database, edited_person: int,
                                              text: str) -> None:
    total, page = search_audit_log(database, ADMIN, text=text)
    assert total == 0 and page == []
    assert "audit_entry" in inspect(database.engine).get_table_names()


def test_paging_newest_first_by_key(database: Database, edited_person: int) -> None:
    for index in range(3):
        form = load_person(database, COMMANDER, edited_person)
        save_person(database, COMMANDER, edited_person, form.version, form.values,
                    {"name": f"张{index}"}, date(2020, 2, 20))
    total, first = search_audit_log(database, ADMIN, table="person", limit=2)
    _, second = search_audit_log(database, ADMIN, table="person", limit=2, before_id=first[-1].id)
    assert total == 5                                    # its creation and four edits
    ids = [e.id for e in first + second]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 4


def test_the_log_is_handed_to_admins_masked_and_to_commanders_in_full(
        database: Database, edited_person: int) -> None:
    with pytest.raises(PermissionDenied):
        audit_rows(database, CLERK)

    def resident_ids(user: SignedInUser) -> list[FieldChange]:
        rows = audit_rows(database, user)
        return [change for row in rows.page({"table": "person"}, rows.default_order, 0, 10)
                for change in row[5] if change.field == "resident_id" and change.is_change]
    (masked,) = resident_ids(ADMIN)
    assert (masked.old, masked.new) == ("420102********1234", "420102********124X")
    (full,) = resident_ids(COMMANDER)
    assert full.new == "42010219800101124X"
