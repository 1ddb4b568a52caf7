"""A server that goes away while a form is open: the save says so, the form's input is kept,
nothing is half-written, and the same save succeeds once the server is back."""
from __future__ import annotations

from datetime import date

import pytest

from controllers.register.persons import load_person, save_person
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from models.errors import DatabaseUnavailable
from models.schema import Person
from tests.support.factories import make_person, make_place
from tests.support.postgres_cluster import PostgresCluster

COMMANDER = SignedInUser(None, "commander1", "指挥长", UserRole.COMMANDER)


def test_save_during_an_outage_is_refused_then_succeeds(postgres_database: Database,
                                                        postgres_cluster: PostgresCluster) -> None:
    database = postgres_database
    with database.sessions() as session:
        person_id = make_person(session, make_place(session)).id
        session.commit()
    form = load_person(database, COMMANDER, person_id)
    typed = {"name": "王小明", "phone": "13700001111"}
    postgres_cluster.pause()
    try:
        with pytest.raises(DatabaseUnavailable, match="nothing was saved"):
            save_person(database, COMMANDER, person_id, form.version, form.values, typed,
                        date(2020, 2, 20))
    finally:
        postgres_cluster.resume()
    # The form still holds `typed`; saving again once the server is back just works.
    save_person(database, COMMANDER, person_id, form.version, form.values, typed, date(2020, 2, 20))
    with database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None and (person.name, person.phone, person.version) == \
            ("王小明", "13700001111", 2)


def test_the_search_box_survives_a_restart_and_says_so_during_an_outage(
        postgres_database: Database, postgres_cluster: PostgresCluster) -> None:
    """The search box keeps a connection open between keystrokes. After the server restarts the
    next search quietly reconnects; while it is down the search says the database is gone."""
    from controllers.register.search import find_persons
    database = postgres_database
    with database.sessions() as session:
        make_person(session, make_place(session))
        session.commit()
    assert [hit.name for hit in find_persons(database, COMMANDER, "张")] == ["张伟"]
    postgres_cluster.restart()
    assert [hit.name for hit in find_persons(database, COMMANDER, "张")] == ["张伟"]
    postgres_cluster.pause()
    try:
        with pytest.raises(DatabaseUnavailable):
            find_persons(database, COMMANDER, "张")
    finally:
        postgres_cluster.resume()
    assert [hit.name for hit in find_persons(database, COMMANDER, "张")] == ["张伟"]
