"""A clerk and a small family with a stranger next door, for recording door-knock visits."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from models.schema import Household, Person
from tests.support.factories import make_person, make_place

CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


def add_family(database: Database) -> tuple[int, int, int, int]:
    with database.sessions.begin() as session:
        place = make_place(session)
        father = make_person(session, place, "张伟").id
        mother = make_person(session, place, "王芳").id
        other = Household(community_id=place.community_id, building="2", unit="1", door="101")
        session.add(other)
        session.flush()
        stranger = Person(household_id=other.id, community_id=place.community_id, name="李娜")
        session.add(stranger)
        session.flush()
        return place.household_id, father, mother, stranger.id
