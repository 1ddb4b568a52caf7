"""What a team finds at the door, recorded with the visit: "screened" means each member living
here has a temperature or is marked absent or refusing (issue 18); a newcomer, a member who
moved out, a door the list lacks are recorded, screened and counted in the same visit (issue 17).
Every refusal writes nothing."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from controllers.communities.visits import (
    FoundPerson,
    MemberAbsence,
    MemberScreening,
    NewDoor,
    ResidenceChange,
    load_visit_form,
    save_visit,
)
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.errors import CanvassError
from models.schema import Community, Household, Person, ScreeningResult, Visit, VisitAbsence
from models.schema.tallies import PersonTally
from tests.support.factories import NOW
from tests.support.visits import CLERK, add_family

LATER = NOW + timedelta(minutes=1)


def _figures(database: Database, household_id: int) -> tuple[int, int, int]:
    """The community's registered households and persons, and persons screened."""
    with database.sessions() as session:
        community = session.get(Community, session.get(Household, household_id).community_id)
        screened = int(session.scalar(select(func.count()).select_from(PersonTally)) or 0)
        return community.registered_households, community.registered_persons, screened


def _rows(database: Database) -> tuple[int, int, int, int]:
    with database.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (Visit, ScreeningResult, Person, Household))


def _refused(database: Database, code: str, **visit: Any) -> None:
    before = _rows(database)
    with pytest.raises(CanvassError) as refused:
        save_visit(database, CLERK, outcome="screened", visited_at=NOW, now=LATER, **visit)
    assert refused.value.code == code
    assert _rows(database) == before


def test_screened_needs_every_members_temperature_or_absence(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    # The dialog's old bug: Enter on a fresh form sent every member with a blank temperature.
    _refused(database, "visit_temperature_missing", household_id=household,
             screenings=[MemberScreening(father, None), MemberScreening(mother, None)])
    # One member's temperature typed: the other is not screened by it.
    _refused(database, "visit_member_unaccounted", household_id=household,
             screenings=[MemberScreening(father, "36.6")])
    _refused(database, "visit_nobody_screened", household_id=household,
             absences=[MemberAbsence(father, "absent"), MemberAbsence(mother, "refused")])
    save_visit(database, CLERK, household, "screened", NOW, now=LATER,
               screenings=[MemberScreening(father, "36.6")],
               absences=[MemberAbsence(mother, "absent")])
    with database.sessions() as session:
        assert session.scalars(select(PersonTally.person_id)).all() == [father]
        assert session.execute(select(VisitAbsence.person_id, VisitAbsence.presence)).all() == [
            (mother, "absent")]


def test_a_person_found_at_the_door_is_recorded_screened_and_counted(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    households, persons, _screened = _figures(database, household)
    recorded = save_visit(
        database, CLERK, household, "screened", NOW, now=LATER,
        screenings=[MemberScreening(father, "36.6"), MemberScreening(mother, "36.5")],
        found=[FoundPerson("刘强", "38.1", sex="M", no_id_reason="证件在老家", phone="13912345678",
                           relation="租客", not_registered_here=True)])
    (newcomer,) = recorded.found_person_ids
    assert recorded.fever_person_ids == (newcomer,) and len(recorded.fever_case_ids) == 1
    assert _figures(database, household) == (households, persons + 1, 3)
    with database.sessions() as session:
        person = session.get(Person, newcomer)
        assert (person.origin, person.household_id, person.household_relation, person.sex,
                person.not_registered_here, person.no_id_reason, person.resident_id) == (
            "door", household, "租客", "M", True, "证件在老家", None)
    assert [m.name for m in load_visit_form(database, CLERK, household).members] == [
        "张伟", "王芳", "刘强"]


def test_a_found_persons_id_is_checked_and_never_taken_from_someone(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    screened = {"screenings": [MemberScreening(father, "36.6"), MemberScreening(mother, "36.5")]}
    with database.sessions.begin() as session:
        session.get(Person, father).resident_id = "420102198001011231"
    # The ID is 张伟's: the register's person is not overwritten, nor a second one made.
    _refused(database, "found_id_registered", household_id=household, **screened,
             found=[FoundPerson("张三", "36.5", resident_id="420102198001011231")])
    _refused(database, "resident_id_checksum", household_id=household, **screened,
             found=[FoundPerson("张三", "36.5", resident_id="420102198001011235")])
    _refused(database, "found_no_id_reason", household_id=household, **screened,
             found=[FoundPerson("张三", "36.5")])
    _refused(database, "visit_temperature_missing", household_id=household, **screened,
             found=[FoundPerson("张三", "", no_id_reason="未带")])
    recorded = save_visit(database, CLERK, household, "screened", NOW, now=LATER, **screened,
                          found=[FoundPerson("张三", "36.5", resident_id="11010519491231002X")])
    with database.sessions() as session:
        person = session.get(Person, recorded.found_person_ids[0])
        assert (person.resident_id, person.resident_id_reversed, person.sex, person.birth_date) \
            == ("11010519491231002X", "11010519491231002X"[::-1], "F", date(1949, 12, 31))


def test_members_who_left_need_no_temperature_and_leave_the_count(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    households, persons, _ = _figures(database, household)
    save_visit(database, CLERK, household, "screened", NOW, now=LATER,
               screenings=[MemberScreening(father, "36.6")],
               residences=[ResidenceChange(mother, "away", "汉口 亲戚家", date(2020, 1, 20))])
    assert _figures(database, household) == (households, persons, 1)   # away still lives here
    form = load_visit_form(database, CLERK, household)
    assert [(m.name, m.residence, m.where, m.since) for m in form.members][1] == (
        "王芳", "away", "汉口 亲戚家", date(2020, 1, 20))
    later = NOW + timedelta(hours=1)
    save_visit(database, CLERK, household, "screened", later, now=later,
               screenings=[MemberScreening(father, "36.7")],
               residences=[ResidenceChange(mother, "moved_out", since=date(2020, 2, 1))])
    assert _figures(database, household)[:2] == (households, max(persons - 1, 0))
    # Back home: counted again, and screened like everyone living here.
    back = NOW + timedelta(hours=2)
    with pytest.raises(CanvassError) as refused:
        save_visit(database, CLERK, household, "screened", back, now=back,
                   screenings=[MemberScreening(father, "36.7")],
                   residences=[ResidenceChange(mother, "here")])
    assert refused.value.code == "visit_member_unaccounted"
    save_visit(database, CLERK, household, "screened", back, now=back,
               screenings=[MemberScreening(father, "36.7"), MemberScreening(mother, "36.4")],
               residences=[ResidenceChange(mother, "here")])
    with database.sessions() as session:
        assert (session.get(Person, mother).residence, session.get(Person, mother).residence_where) \
            == ("here", "")
    _refused(database, "residence_since_future", household_id=household,
             screenings=[MemberScreening(father, "36.6")],
             residences=[ResidenceChange(mother, "moved_out", since=date(2020, 3, 1))])


def test_a_door_the_list_lacks_is_recorded_as_a_household(database: Database) -> None:
    household, *_ = add_family(database)
    households, persons, _ = _figures(database, household)
    recorded = save_visit(
        database, CLERK, household, "screened", NOW, now=LATER,
        found=[FoundPerson("赵六", "36.5", no_id_reason="不愿出示", relation="户主")],
        new_door=NewDoor("1", "2", "301A", "永清社区1栋2单元301A（出租屋）"))
    assert recorded.household_id != household
    assert _figures(database, household) == (households + 1, persons + 1, 1)
    with database.sessions() as session:
        door = session.get(Household, recorded.household_id)
        assert (door.building, door.unit, door.door) == ("1", "2", "301A")
        assert session.get(Visit, recorded.visit_id).household_id == door.id
    before = _rows(database)
    with pytest.raises(CanvassError) as refused:
        save_visit(database, CLERK, household, "nobody_home", NOW, now=LATER,
                   new_door=NewDoor("1", "2", "301A"))
    assert refused.value.code == "new_door_listed" and _rows(database) == before
    nobody = save_visit(database, CLERK, household, "nobody_home", NOW, now=LATER,
                        new_door=NewDoor("1", "2", "302A"))
    assert _figures(database, household)[0] == households + 2
    assert nobody.household_id not in (household, recorded.household_id)


def test_the_coverage_of_a_new_door_counts_on_the_community_list(database: Database) -> None:
    household, *_ = add_family(database)
    with database.sessions() as session:
        community = session.get(Household, household).community_id
    households, persons, _ = _figures(database, household)
    save_visit(database, CLERK, household, "screened", NOW, now=LATER,
               found=[FoundPerson("赵六", "36.5", no_id_reason="不愿出示")],
               new_door=NewDoor("", "", "", "永清社区临时工棚"))
    source = CommunityRows(database, clock=lambda: datetime(2020, 2, 20, 12, 0))
    (row,) = source.page({"ids": [community]}, source.default_order, 0, 10)
    # One household more and done, one person more and screened.
    assert row[4:7] == (households + 1, persons + 1, 1) and row[8] == 1
