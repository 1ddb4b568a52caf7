"""The case workflow's rules, on both databases: what a dispatcher may and may not do to a case."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.cases.workflow import (
    CaseAlreadyOpen,
    CaseMoveRefused,
    add_note,
    allowed_statuses,
    move_category,
    move_status,
    open_case,
    persons_sharing_resident_id,
)
from models.db.database import Database
from models.enums import CaseCategory, CaseEventKind, CaseStatus
from models.schema.cases import Case, CaseEvent
from tests.support.factories import NOW, make_facility, make_person, make_place

S = CaseStatus
LATER = NOW + timedelta(hours=1)


def _events(session, case: Case) -> list[CaseEvent]:
    return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                .order_by(CaseEvent.id)))


def test_the_main_road_to_admission_and_release(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        facility = make_facility(session, place)
        case = open_case(session, person.id, CaseCategory.FEVER, NOW, None, "fever 38.5 at the door",
                         now=NOW)
        with pytest.raises(CaseMoveRefused) as refused:   # every move says why
            move_status(session, case, S.VERIFIED, NOW + timedelta(minutes=10), None, "",
                        now=LATER)
        assert refused.value.code == "case_reason_required" and case.status == S.IDENTIFIED
        move_status(session, case, S.VERIFIED, NOW + timedelta(minutes=10), None, "核实",
                    now=LATER)
        move_status(session, case, S.AWAITING_TRANSFER, NOW + timedelta(minutes=20), None, "送治",
                    now=LATER)
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.IN_TRANSIT, NOW + timedelta(minutes=30), None, "x",
                        now=LATER)
        assert refused.value.code == "case_transfer_only"
        move_status(session, case, S.IN_TRANSIT, NOW + timedelta(minutes=30), None, "接走",
                    via_transfer=True, now=LATER)
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.ADMITTED, NOW + timedelta(minutes=40), None, "收治",
                        via_transfer=True, now=LATER)
        assert refused.value.code == "case_needs_facility"
        move_status(session, case, S.ADMITTED, NOW + timedelta(minutes=40), None, "收治",
                    facility_id=facility.id, via_transfer=True, now=LATER)
        assert case.facility_id == facility.id and case.is_open
        move_status(session, case, S.RELEASED, NOW + timedelta(minutes=50),
                    None, "recovered", now=LATER)
        assert not case.is_open and case.closed_at == NOW + timedelta(minutes=50)
        kinds = [e.kind for e in _events(session, case)]
        assert kinds == [CaseEventKind.OPENED] + [CaseEventKind.STATUS] * 5
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.AWAITING_TRANSFER, LATER, None, "x", now=LATER)
        assert refused.value.code == "case_closed"
        assert allowed_statuses(case) == []


def test_refusal_opens_the_persuasion_road_and_agreeing_returns_to_the_queue(
        database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = open_case(session, make_person(session, place).id, CaseCategory.SUSPECTED, NOW,
                         None, "", now=NOW)
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.REFUSED, NOW, None, "   ", now=NOW)
        assert refused.value.code == "case_reason_required"
        move_status(session, case, S.REFUSED, NOW, None, "will not leave his mother", now=NOW)
        assert S.AWAITING_TRANSFER in allowed_statuses(case)
        move_status(session, case, S.AWAITING_TRANSFER, NOW, None, "agreed", now=NOW)
        assert case.status == S.AWAITING_TRANSFER and case.last_action == "agreed"


def test_future_and_out_of_order_times_are_refused(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = open_case(session, make_person(session, place).id, CaseCategory.FEVER, NOW, None,
                         "", now=NOW)
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.VERIFIED, NOW + timedelta(days=1), None, "核实", now=NOW)
        assert refused.value.code == "case_future_time"
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.VERIFIED, NOW - timedelta(days=1), None, "核实", now=NOW)
        assert refused.value.code == "case_time_before_last"
        with pytest.raises(CaseMoveRefused):
            open_case(session, make_person(session, place, "李娜").id, CaseCategory.FEVER,
                      NOW + timedelta(hours=2), None, "", now=NOW)
        assert case.status == S.IDENTIFIED and len(_events(session, case)) == 1


def test_categories_only_rise_and_confirmed_is_never_cleared(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = open_case(session, make_person(session, place).id, CaseCategory.CLOSE_CONTACT, NOW,
                         None, "", now=NOW)
        move_category(session, case, CaseCategory.FEVER, NOW, None, "38.1", now=NOW)
        with pytest.raises(CaseMoveRefused) as refused:
            move_category(session, case, CaseCategory.CLOSE_CONTACT, NOW, None, "typo", now=NOW)
        assert refused.value.code == "case_category_illegal"
        move_category(session, case, CaseCategory.CONFIRMED, NOW, None, "nucleic acid positive",
                      now=NOW)
        assert S.CLEARED not in allowed_statuses(case)
        with pytest.raises(CaseMoveRefused) as refused:
            move_status(session, case, S.CLEARED, NOW, None, "ruled out", now=NOW)
        assert refused.value.code == "case_confirmed_clear"
        add_note(session, case, NOW, None, "family informed\x00", now=NOW)
        assert _events(session, case)[-1].reason == "family informed"


def test_one_open_case_per_person_and_a_new_one_after_closing(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        case = open_case(session, person.id, CaseCategory.FEVER, NOW, None, "", now=NOW)
        with pytest.raises(CaseAlreadyOpen) as refused:
            open_case(session, person.id, CaseCategory.CONFIRMED, NOW, None, "", now=NOW)
        assert refused.value.case_id == case.id and refused.value.code == "case_already_open"
        move_status(session, case, S.CLEARED, NOW, None, "normal temperature", now=NOW)
        again = open_case(session, person.id, CaseCategory.CLOSE_CONTACT, LATER, None, "", now=LATER)
        assert again.id != case.id
        session.commit()


def test_the_database_refuses_a_raced_second_open_case(database: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Two workstations pass the check at once: the partial unique index turns the second away."""
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        first = open_case(session, person.id, CaseCategory.FEVER, NOW, None, "", now=NOW)
        session.commit()
        first_id = first.id
    from models.cases import workflow as case_workflow
    original = case_workflow.open_case_of
    calls = iter([None])
    monkeypatch.setattr(case_workflow, "open_case_of",
                        lambda s, p: next(calls, None) or original(s, p))
    with database.sessions() as session:
        with pytest.raises(CaseAlreadyOpen) as refused:
            open_case(session, person.id, CaseCategory.FEVER, NOW, None, "", now=NOW)
        assert refused.value.case_id == first_id
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_a_resident_id_held_twice_is_flagged_for_merging(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        one = make_person(session, place)
        two = make_person(session, place, "张玮", one.resident_id, active=False)   # set aside
        merged = make_person(session, place, "张 伟", one.resident_id, active=False)
        merged.merged_into_id = one.id
        session.flush()
        assert persons_sharing_resident_id(session, one.id) == [two.id]
