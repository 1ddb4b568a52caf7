"""A person's window reads their cases, screenings, household members and the household's
visits, newest first, masked for the reader's role, on both databases."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from controllers.register.person_file import load_person_file
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from models.errors import RecordGone
from models.schema import ScreeningResult, Visit
from tests.support.factories import NOW, make_case, make_person, make_place

VIEWER = SignedInUser(None, "kan", "看", UserRole.VIEWER)
COMMANDER = SignedInUser(None, "zhao", "赵指挥", UserRole.COMMANDER)


def a_person_with_a_history(database: Database) -> tuple[int, int, int]:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place, "张伟")
        person.birth_date = date(1980, 1, 1)
        spouse = make_person(session, place, "李娜")
        make_person(session, place, "张旧", active=False)          # merged away: not listed
        case = make_case(session, place, person)
        for hours, outcome, temperature in ((0, "nobody_home", None), (24, "screened", "38.4")):
            visit = Visit(household_id=place.household_id, community_id=place.community_id,
                          visited_at=NOW + timedelta(hours=hours), outcome=outcome, note="")
            session.add(visit)
            session.flush()
            if temperature:
                session.add(ScreeningResult(visit_id=visit.id, person_id=person.id,
                                            temperature_c=Decimal(temperature),
                                            has_symptoms=True, symptoms="咳嗽"))
        session.commit()
        return person.id, spouse.id, case.id


def test_the_file_lists_cases_screenings_household_and_visits(database: Database) -> None:
    person_id, spouse_id, case_id = a_person_with_a_history(database)
    shown = load_person_file(database, VIEWER, person_id)
    assert shown.name == "张伟" and shown.door == "1 2 301" and shown.community == "永清社区"
    assert [(c.case_id, c.category, c.status, c.is_open) for c in shown.cases] == [
        (case_id, "fever", "identified", True)]
    assert [(s.temperature, s.symptoms) for s in shown.screenings] == [("38.4", "咳嗽")]
    assert [v.outcome for v in shown.visits] == ["screened", "nobody_home"]    # newest first
    assert [(i, name) for i, name, _rid in shown.members] == [(spouse_id, "李娜")]
    assert shown.resident_id == "420102********1234" and shown.phone == "138****0000"
    assert shown.birth_date is None          # the digits the masked ID hides: not sent either
    assert all("*" in (rid or "") for _i, _n, rid in shown.members)
    full = load_person_file(database, COMMANDER, person_id)
    assert full.resident_id == "420102198001011234" and full.phone == "13800000000"
    assert full.birth_date == date(1980, 1, 1)
    with pytest.raises(RecordGone):
        load_person_file(database, VIEWER, 999_999)
