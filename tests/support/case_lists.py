"""Case boards longer than one page of the lazy list: cases inserted in bulk, each opened a
minute apart (the board's default order, newest status first, is then the reverse of the
insertion), in two communities of one station."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.db.database import Database
from models.enums import AreaKind, CaseCategory, CaseStatus
from models.schema import Case, Community, Household, Person
from tests.support.factories import Place, make_place

T0 = datetime(2020, 2, 20, 9, 0)      # the newest case's status began then


def second_community(session: Session, place: Place) -> Place:
    """Another community of `place`'s station, with one household."""
    community = Community(station_id=place.station_id, code="C2", name="球场社区",
                          area_kind=AreaKind.URBAN, latitude=30.61, longitude=114.28)
    session.add(community)
    session.flush()
    household = Household(community_id=community.id, building="2", unit="1", door="101")
    session.add(household)
    session.flush()
    return Place(place.district_id, place.station_id, community.id, household.id)


def open_cases(database: Database, number: int, *, every_other_elsewhere: bool = False
               ) -> tuple[list[int], Place, Place]:
    """`number` open fever cases of persons named 病例0000…, the i-th opened i minutes before
    T0; with `every_other_elsewhere` the odd ones live in the second community. Returns the
    case ids in insertion order and the two places."""
    with database.sessions() as session:
        place = make_place(session)
        other = second_community(session, place)
        persons = []
        for index in range(number):
            where = other if every_other_elsewhere and index % 2 else place
            person = Person(household_id=where.household_id, community_id=where.community_id,
                            name=f"病例{index:04d}", resident_id=None,
                            phone=f"139{index:08d}", active=True)
            persons.append((person, where))
        session.add_all([person for person, _where in persons])
        session.flush()
        cases = []
        for index, (person, where) in enumerate(persons):
            since = T0 - timedelta(minutes=index)
            cases.append(Case(person_id=person.id, community_id=where.community_id,
                              category=CaseCategory.FEVER, status=CaseStatus.IDENTIFIED,
                              opened_at=since, status_since=since, category_since=since,
                              is_open=True))
        session.add_all(cases)
        session.commit()
        return [case.id for case in cases], place, other
