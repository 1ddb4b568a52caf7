"""Every action's session turns what the database raises on a collision into the person's
sentence (never a raw IntegrityError or StaleDataError reaching a dialog), and writes nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from controllers.runtime.unit_of_work import user_session
from models.db.database import Database
from models.errors import DatabaseRefusal, EditConflict, WriteClash
from models.schema import District, Person
from tests.support.factories import signed_in

CLERK = signed_in("clerk")


def test_a_unique_clash_in_an_action_is_a_refusal(database: Database) -> None:
    with user_session(database, CLERK) as session:
        session.add(District(code="D1", name="江岸区"))
    with pytest.raises(WriteClash) as clash:
        with user_session(database, CLERK) as session:
            session.add(District(code="D2", name="江汉区"))
            session.flush()
            session.add(District(code="D1", name="黄陂区"))
    assert clash.value.code == DatabaseRefusal.CLASH_NAME
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 1


def test_a_stale_save_in_an_action_is_an_edit_conflict(database: Database,
                                                       person_id: int) -> None:
    def stale_phone(session: object) -> None:
        # A row changed behind the session's back after it read it, as a writer that does not
        # lock (psql, an older Canvass) would: the versioned UPDATE then matches nothing.
        person = session.get(Person, person_id)  # type: ignore[attr-defined]
        session.execute(Person.__table__.update().where(Person.id == person_id)  # type: ignore[attr-defined]
                        .values(version=Person.version + 1))
        person.phone = "13700000000"

    with pytest.raises(EditConflict) as conflict:
        with user_session(database, CLERK) as session:
            stale_phone(session)
    assert (conflict.value.table, conflict.value.row_id) == ("person", person_id)
    with database.sessions() as session:
        assert session.scalar(select(Person.phone).where(Person.id == person_id)) == "13800000000"
