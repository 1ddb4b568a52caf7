"""A person entered twice (once without her resident ID) and her cases: what merging works on."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models.enums import CaseCategory, CaseStatus
from models.schema import Case, Person
from tests.support.factories import NOW, Place, make_person

BORN = date(1990, 2, 2)


def add_case(session: Session, place: Place, person: Person, *, is_open: bool = True) -> Case:
    case = Case(person_id=person.id, community_id=place.community_id,
                category=CaseCategory.CLOSE_CONTACT, status=CaseStatus.IDENTIFIED, opened_at=NOW,
                status_since=NOW, category_since=NOW, is_open=is_open)
    session.add(case)
    session.flush()
    return case


def add_twins(session: Session, place: Place) -> tuple[Person, Person]:
    """王芳 entered twice: the second time without her resident ID."""
    first = make_person(session, place, "王芳")
    second = make_person(session, place, "王芳", "")
    second.resident_id = None
    for person in (first, second):
        person.birth_date, person.phone = BORN, "13900001111"
    session.flush()
    return first, second
