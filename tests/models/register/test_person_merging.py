"""Persons entered twice, on both databases: listed by resident ID or by name + birth date +
phone beside the entry to keep, merged with their cases, screenings and contacts moved, the
merged entry kept as history, and the coverage tallies following."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.database import Database
from models.db.row_source import SortOrder
from models.enums import VisitOutcome
from models.register.duplicates import DuplicateRows, Sameness
from models.register.merging import MergeRefused, merge_persons
from models.register.refusals import MergeRefusal
from models.schema import Case, Person
from models.schema.cases import ContactLink
from models.schema.screening import ScreeningResult, Visit
from models.schema.tallies import recount, snapshot
from tests.support.factories import NOW, Place, make_person, make_place
from tests.support.twins import add_case, add_twins


def _screen(session: Session, place: Place, at: datetime, *persons: Person) -> int:
    visit = Visit(household_id=place.household_id, community_id=place.community_id,
                  visited_at=at, outcome=VisitOutcome.SCREENED)
    session.add(visit)
    session.flush()
    for person in persons:
        session.add(ScreeningResult(visit_id=visit.id, person_id=person.id,
                                    temperature_c=Decimal("36.6")))
    session.flush()
    return visit.id


def _listed(database: Database, sameness: Sameness, **filters: Any) -> list[tuple[int, int]]:
    rows = DuplicateRows(database, sees_full=False)
    found = rows.page({"sameness": sameness, **filters}, SortOrder("id"), 0, 100)
    assert rows.count({"sameness": sameness, **filters}) == len(found)
    return [(row[0], row[7]) for row in found]


def test_entries_held_twice_are_listed_beside_the_entry_to_keep(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        other = make_place(session, "2")
        zhang = make_person(session, place)
        set_aside = make_person(session, other, "张伟", zhang.resident_id, active=False)
        wang, wang_again = add_twins(session, place)
        make_person(session, place, "李娜")
        session.commit()
        ids = zhang.id, set_aside.id, wang.id, wang_again.id, other.community_id
    zhang_id, set_aside_id, wang_id, wang_again_id, other_community = ids
    assert _listed(database, Sameness.RESIDENT_ID) == [(set_aside_id, zhang_id)]
    assert _listed(database, Sameness.NAME_BIRTH_PHONE) == [(wang_again_id, wang_id)]
    assert _listed(database, Sameness.RESIDENT_ID, community_id=other_community) == [
        (set_aside_id, zhang_id)]
    assert _listed(database, Sameness.NAME_BIRTH_PHONE, community_id=other_community) == []
    row = DuplicateRows(database, sees_full=False).page(
        {"sameness": Sameness.RESIDENT_ID}, SortOrder("id"), 0, 10)[0]
    assert row[2] == "420102********1234" and row[8] == "张伟" and row[9] == "420102********1234"


def test_a_merge_moves_cases_screenings_and_contacts_and_keeps_the_history(
        database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        wang, again = add_twins(session, place)
        source = add_case(session, place, make_person(session, place, "赵六"))
        contact = add_case(session, place, again)
        old_case = add_case(session, place, wang, is_open=False)
        session.add(ContactLink(source_case_id=source.id, contact_case_id=contact.id))
        both = _screen(session, place, NOW, wang, again)
        alone = _screen(session, place, NOW.replace(hour=11), again)
        session.commit()
        wang_id, again_id, contact_id, old_case_id = wang.id, again.id, contact.id, old_case.id
        version = contact.version
    with database.sessions() as session:
        merged = merge_persons(session, wang_id, again_id)
        session.commit()
    assert merged.cases == (contact_id,) and (merged.screenings, merged.screenings_left) == (1, 1)
    assert merged.filled == ()
    with database.sessions() as session:
        kept, gone = session.get(Person, wang_id), session.get(Person, again_id)
        assert kept is not None and gone is not None
        assert kept.active and not gone.active and gone.merged_into_id == wang_id
        cases = {case.id: (case.person_id, case.version) for case in session.scalars(
            select(Case).where(Case.id.in_((contact_id, old_case_id))))}
        assert cases == {contact_id: (wang_id, version + 1), old_case_id: (wang_id, 1)}
        assert session.scalar(select(ContactLink.source_case_id).where(
            ContactLink.contact_case_id == contact_id)) is not None
        results = set(session.execute(select(ScreeningResult.visit_id, ScreeningResult.person_id)))
        assert {(both, wang_id), (both, again_id), (alone, wang_id)} <= results
        connection = session.connection()
        counted = snapshot(connection)
        recount(connection)
        assert snapshot(connection) == counted
        session.rollback()
    assert _listed(database, Sameness.NAME_BIRTH_PHONE) == []


def test_the_kept_entrys_blanks_are_filled_and_merges_never_chain(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        wang, again = add_twins(session, place)       # the first entry has the ID
        third = make_person(session, place, "王 芳")
        session.commit()
        wang_id, again_id, third_id, resident_id = wang.id, again.id, third.id, wang.resident_id
    with database.sessions() as session:
        assert merge_persons(session, again_id, wang_id).filled == ("resident_id",)
        merge_persons(session, third_id, again_id)
        session.commit()
    with database.sessions() as session:
        third = session.get(Person, third_id)
        assert third is not None and third.active
        assert session.scalars(select(Person.merged_into_id).where(
            Person.id.in_((wang_id, again_id)))).all() == [third_id, third_id]
        again = session.get(Person, again_id)
        assert again is not None and again.resident_id == resident_id   # history keeps it


def test_the_entry_set_aside_may_be_the_one_kept(database: Database) -> None:
    """Keeping an inactive entry over the active holder of the same ID: the holder lets go of
    the ID before the kept entry becomes active (the unique index checks every row)."""
    with database.sessions() as session:
        place = make_place(session)
        set_aside = make_person(session, place, "张伟", "42010219800101123X", active=False)
        holder = make_person(session, place, "张伟", "42010219800101123X")
        session.commit()
        set_aside_id, holder_id = set_aside.id, holder.id
    assert _listed(database, Sameness.RESIDENT_ID) == [(set_aside_id, holder_id)]
    with database.sessions() as session:
        merge_persons(session, set_aside_id, holder_id)
        session.commit()
    with database.sessions() as session:
        kept = session.get(Person, set_aside_id)
        assert kept is not None and kept.active and kept.merged_into_id is None


@pytest.mark.parametrize("case", ["itself", "nobody", "merged", "open cases"])
def test_merges_that_cannot_be_are_refused_and_change_nothing(database: Database,
                                                               case: str) -> None:
    with database.sessions() as session:
        place = make_place(session)
        wang, again = add_twins(session, place)
        if case == "merged":
            third = make_person(session, place, "王 芳")
            merge_persons(session, third.id, again.id)
        if case == "open cases":
            add_case(session, place, wang)
            add_case(session, place, again)
        session.commit()
        pair = {"itself": (wang.id, wang.id), "nobody": (wang.id, 999_999)}.get(
            case, (wang.id, again.id))
    expected = {"itself": MergeRefusal.SAME_PERSON, "nobody": MergeRefusal.NO_PERSON,
                "merged": MergeRefusal.ALREADY_MERGED,
                "open cases": MergeRefusal.BOTH_OPEN_CASES}[case]
    with database.sessions() as session:
        with pytest.raises(MergeRefused) as refused:
            merge_persons(session, *pair)
        assert refused.value.code is expected


def test_the_person_editor_refuses_an_id_another_active_person_holds(database: Database) -> None:
    from models.register.person_fields import InvalidField
    from models.register.persons import save_person
    from models.register.refusals import RegisterRefusal
    with database.sessions() as session:
        place = make_place(session)
        zhang = make_person(session, place, "张伟", "42010219800101247X")   # a valid ID
        li = make_person(session, place, "李娜")
        session.commit()
        original = {"resident_id": li.resident_id}
        with pytest.raises(InvalidField) as refused:
            save_person(session, li.id, li.version, original,
                        {"resident_id": zhang.resident_id}, True, date(2020, 2, 20))
        assert refused.value.code is RegisterRefusal.RESIDENT_ID_TAKEN
