"""What the database raises when two workstations collide becomes the person's sentence, the
same on both databases: a stale version an EditConflict naming the record, who changed it and its
version now; a unique constraint the words for what clashed; a foreign key a deleted record; a
broken CHECK a general refusal. The transaction is rolled back: nothing of it is written."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Index, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.accounts.audit import Actor
from models.db.conflicts import CLASHES, as_refusal
from models.db.database import Database
from models.db.write_lock import WRITING
from models.errors import CanvassError, DatabaseRefusal, EditConflict, RecordGone, WriteClash
from models.schema import District, Household, Person, ScreeningResult, Visit
from models.schema.base import Base
from tests.support.factories import make_place

T = datetime(2020, 2, 20, 9, 30)


def refused(database: Database, change: object) -> CanvassError:
    """Run `change(session)` and commit, as an action does; the refusal it turns into."""
    session = database.sessions(info=WRITING)
    session.info["actor"] = Actor(None, "second")
    try:
        change(session)  # type: ignore[operator]
        session.commit()
    except (StaleDataError, IntegrityError) as error:
        refusal = as_refusal(session, error)
        assert refusal is not None
        return refusal
    finally:
        session.close()
    raise AssertionError("the change went through")


def test_every_clash_worded_is_a_unique_constraint_of_the_schema() -> None:
    uniques = {c.name for t in Base.metadata.tables.values() for c in t.constraints
               if isinstance(c, UniqueConstraint)}
    uniques |= {i.name for t in Base.metadata.tables.values() for i in t.indexes
                if isinstance(i, Index) and i.unique}
    assert set(CLASHES) <= uniques


def test_a_stale_version_is_a_conflict_naming_who_changed_what(database: Database,
                                                               person_id: int) -> None:
    mine = database.sessions()       # not a write session: it reads without the lock
    mine.info["actor"] = Actor(None, "first")
    person = mine.get(Person, person_id)
    assert person is not None
    with database.sessions() as theirs:
        theirs.info["actor"] = Actor(None, "王调度")
        other = theirs.get(Person, person_id)
        assert other is not None
        other.phone = "13911112222"
        theirs.commit()
    person.phone = "13700000000"
    with pytest.raises(StaleDataError) as stale:
        mine.commit()
    conflict = as_refusal(mine, stale.value)
    mine.close()
    assert isinstance(conflict, EditConflict) and conflict.code == DatabaseRefusal.CONFLICT
    assert (conflict.table, conflict.row_id, conflict.current_version) == ("person", person_id, 2)
    assert conflict.by == "王调度" and conflict.at is not None
    with database.sessions() as session:
        assert session.scalar(select(Person.phone).where(Person.id == person_id)) == "13911112222"


def test_a_name_taken_meanwhile_is_said_in_words(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(District(code="D1", name="江岸区"))
    clash = refused(database, lambda session: session.add(District(code="D1", name="江汉区")))
    assert isinstance(clash, WriteClash)
    assert (clash.code, clash.constraint) == (DatabaseRefusal.CLASH_NAME, "uq_district_code")
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 1


def test_a_visit_stored_twice_behind_the_check_is_said_in_words(database: Database) -> None:
    with database.sessions.begin() as session:
        place = make_place(session)
        session.add(Visit(household_id=place.household_id, community_id=place.community_id,
                          visited_at=T, outcome="nobody_home"))

    def again(session: Session) -> None:
        session.add(Visit(household_id=place.household_id, community_id=place.community_id,
                          visited_at=T, outcome="nobody_home"))
    clash = refused(database, again)
    assert (clash.code, getattr(clash, "constraint", None)) == (
        DatabaseRefusal.CLASH_VISIT, "uq_visit_door_time_outcome")


def test_a_row_pointing_at_a_deleted_record_is_gone(database: Database) -> None:
    gone = refused(database, lambda session: session.add(
        Household(community_id=9999, building="1", unit="1", door="101")))
    assert isinstance(gone, RecordGone) and gone.code == DatabaseRefusal.GONE


def test_a_value_the_database_refuses_is_a_general_refusal(database: Database,
                                                           person_id: int) -> None:
    with database.sessions.begin() as session:
        person = session.get(Person, person_id)
        assert person is not None
        visit = Visit(household_id=person.household_id, community_id=person.community_id,
                      visited_at=T, outcome="screened")
        session.add(visit)
        session.flush()
        visit_id = visit.id
    broken = refused(database, lambda session: session.add(ScreeningResult(
        visit_id=visit_id, person_id=person_id, temperature_c=50)))
    assert broken.code == DatabaseRefusal.BROKEN_RULE
