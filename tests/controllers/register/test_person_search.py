"""The person search action: masked per role, with the person's open case."""
from __future__ import annotations

from controllers.cases.workflow import open_case_for_person
from controllers.register.search import find_persons
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from tests.support.factories import make_person, make_place

CLERK = SignedInUser(None, "c", "c", UserRole.CLERK)
COMMANDER = SignedInUser(None, "k", "k", UserRole.COMMANDER)


def test_found_persons_are_masked_per_role_and_show_their_open_case(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        person.resident_id_reversed = person.resident_id[::-1]
        session.commit()
        person_id = person.id
    case_id = open_case_for_person(database, COMMANDER, person_id, "fever")
    assert find_persons(database, CLERK, "1234") == []   # a tail: only for whole-ID readers
    [hit] = find_persons(database, CLERK, "420102198001011234")
    assert (hit.resident_id, hit.phone, hit.open_case_id) == ("420102********1234", "138****0000",
                                                              case_id)
    [hit] = find_persons(database, COMMANDER, "1234")
    assert hit.resident_id == "420102198001011234"
    [hit] = find_persons(database, COMMANDER, "张")
    assert hit.resident_id == "420102198001011234" and hit.community == "永清社区"


def test_the_search_box_sees_another_workstations_commit_at_once(database: Database) -> None:
    """The search keeps its connection open between keystrokes; it must never read an old
    snapshot: a person registered elsewhere is found by the very next search."""
    with database.sessions() as session:
        place = make_place(session)
        session.commit()
    assert find_persons(database, COMMANDER, "张") == []   # the held connection is now open
    with database.sessions() as session:
        make_person(session, place)
        session.commit()
    assert [hit.name for hit in find_persons(database, COMMANDER, "张")] == ["张伟"]
