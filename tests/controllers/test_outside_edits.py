"""An edit made outside Canvass (psql, the sqlite3 shell) is a conflict for a form opened before
it, exactly like another workstation's save: the database moved the record's version
(migration 0018), so the stale save is refused with what changed, nothing of it is written, and
saving again against the new version keeps their edit and adds mine."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from controllers.cases.workflow import change_status, load_case, open_case_for_person
from controllers.register.persons import load_person, save_person
from models.db.database import Database
from models.errors import EditConflict
from models.schema import CaseEvent, Person
from tests.support.factories import signed_in
from tests.support.outside import outside_sql

COMMANDER = signed_in("commander")
DISPATCHER = signed_in("dispatcher")
TODAY = date(2020, 2, 20)
T0 = datetime(2020, 2, 20, 9, 0)


def _person(database: Database, person_id: int) -> Person:
    with database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person


def test_a_form_open_before_a_psql_edit_gets_the_conflict(database: Database,
                                                          person_id: int) -> None:
    mine = load_person(database, COMMANDER, person_id)
    outside_sql(database, f"UPDATE person SET phone = '13911112222' WHERE id = {person_id}")
    assert _person(database, person_id).version == mine.version + 1
    with pytest.raises(EditConflict) as conflict:
        save_person(database, COMMANDER, person_id, mine.version, mine.values,
                    {"name": "张伟强"}, TODAY)
    by_field = {d.field: d for d in conflict.value.differences}
    assert (by_field["phone"].original, by_field["phone"].theirs) == ("13800000000",
                                                                      "13911112222")
    assert _person(database, person_id).name == "张伟"            # nothing of mine was written
    save_person(database, COMMANDER, person_id, conflict.value.current_version, mine.values,
                {"name": "张伟强"}, TODAY)
    person = _person(database, person_id)
    assert (person.name, person.phone, person.version) == ("张伟强", "13911112222",
                                                           mine.version + 2)


def test_a_case_moved_by_psql_refuses_the_stale_move(database: Database, person_id: int) -> None:
    case_id = open_case_for_person(database, DISPATCHER, person_id, "fever", "", T0)
    seen = load_case(database, DISPATCHER, case_id)
    outside_sql(database, f"UPDATE person_case SET status = 'verified' WHERE id = {case_id}")
    with database.sessions() as session:
        events = session.scalar(select(func.count()).select_from(CaseEvent))
    with pytest.raises(EditConflict) as conflict:
        change_status(database, DISPATCHER, case_id, seen.version, "cleared", "ruled out", T0)
    assert [(d.field, d.theirs) for d in conflict.value.differences][0] == ("status", "verified")
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == events
