"""Case use cases as a dispatcher meets them, on both databases."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from controllers.cases.contacts import add_contact_person, link_contact_case
from controllers.cases.persuasion import add_persuasion_visit
from controllers.cases.workflow import (
    add_case_note,
    bulk_change_status,
    change_category,
    change_status,
    load_case,
    mark_for_transfer,
    note_selected_cases,
    open_case_for_person,
    usual_reason,
)
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.cases.changes import BulkMoveRefused
from models.cases.workflow import CaseAlreadyOpen, CaseMoveRefused
from models.db.database import Database
from models.enums import UserRole
from models.errors import EditConflict
from models.schema import CaseEvent
from tests.support.factories import make_person, make_place

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
COMMANDER = SignedInUser(None, "li", "李指挥", UserRole.COMMANDER)
VIEWER = SignedInUser(None, "zhao", "赵", UserRole.VIEWER)
T0 = datetime(2020, 2, 20, 9, 0)


def _people(database: Database, *names: str) -> list[int]:
    with database.sessions() as session:
        place = make_place(session)
        ids = [make_person(session, place, name).id for name in names]
        session.commit()
    return ids


def _events(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(CaseEvent)))


def test_open_move_and_read_the_history_with_masking(database: Database) -> None:
    [person] = _people(database, "张伟")
    case_id = open_case_for_person(database, DISPATCHER, person, "fever", "38.6 at the door", T0)
    detail = load_case(database, DISPATCHER, case_id)
    assert detail.resident_id == "420102********1234" and detail.phone == "138****0000"
    assert load_case(database, COMMANDER, case_id).resident_id == "420102198001011234"
    detail = change_status(database, DISPATCHER, case_id, detail.version, "verified",
                           usual_reason("verified") or "", T0 + timedelta(minutes=5))
    assert detail.last_action == "Verified: identity, address and symptoms checked with the person"
    detail = change_category(database, DISPATCHER, case_id, detail.version, "suspected",
                             "CT shows ground glass", T0 + timedelta(minutes=6))
    assert detail.status == "verified" and detail.category == "suspected"
    assert [(e[1], e[2], e[4]) for e in detail.events] == [
        ("", "opened", "fever"), ("", "status", "verified"), ("", "category", "suspected")]
    assert "awaiting_transfer" in detail.next_statuses and "in_transit" not in detail.next_statuses
    with pytest.raises(PermissionDenied):
        change_status(database, VIEWER, case_id, detail.version, "cleared", "x")


def test_second_workstation_sees_the_conflict_and_nothing_is_written(database: Database) -> None:
    [person] = _people(database, "张伟")
    case_id = open_case_for_person(database, DISPATCHER, person, "fever", "", T0)
    seen = load_case(database, DISPATCHER, case_id)
    change_status(database, COMMANDER, case_id, seen.version, "verified", "核实", T0)
    before = _events(database)
    with pytest.raises(EditConflict) as conflict:
        change_status(database, DISPATCHER, case_id, seen.version, "cleared", "ruled out", T0)
    assert conflict.value.code == "conflict"
    assert [(d.field, d.theirs) for d in conflict.value.differences][0] == ("status", "verified")
    assert _events(database) == before
    assert load_case(database, DISPATCHER, case_id).status == "verified"


def test_bad_input_is_refused_with_a_code_and_nothing_written(database: Database) -> None:
    [person] = _people(database, "张伟")
    case_id = open_case_for_person(database, DISPATCHER, person, "fever", "", T0)
    with pytest.raises(CaseAlreadyOpen):
        open_case_for_person(database, DISPATCHER, person, "confirmed", "", T0)
    version = load_case(database, DISPATCHER, case_id).version
    before = _events(database)
    for to, reason, when, code in (
            ("admitted", "x", T0, "case_move_illegal"),
            ("verified", "x", datetime.now() + timedelta(days=2), "case_future_time"),
            ("refused", "", T0, "case_reason_required"),
            ("verified", "  ", T0, "case_reason_required")):     # forward moves say why too
        with pytest.raises(CaseMoveRefused) as refused:
            change_status(database, DISPATCHER, case_id, version, to, reason, when)
        assert refused.value.code == code
    with pytest.raises(CaseMoveRefused):
        add_case_note(database, DISPATCHER, case_id, "x" * 10_000, T0)
    assert _events(database) == before
    note = "'); DROP TABLE person_case; --"
    assert add_case_note(database, DISPATCHER, case_id, note, T0).events[-1][5] == note


def test_bulk_moves_are_all_or_nothing(database: Database) -> None:
    a, b, c = _people(database, "甲", "乙", "丙")
    ids = [open_case_for_person(database, DISPATCHER, p, "fever", "", T0) for p in (a, b, c)]
    change_status(database, DISPATCHER, ids[2], load_case(database, DISPATCHER, ids[2]).version,
                  "cleared", "normal temperature", T0)
    before = _events(database)
    with pytest.raises(BulkMoveRefused) as refused:
        mark_for_transfer(database, DISPATCHER, ids, "床位已落实", T0 + timedelta(minutes=1))
    assert refused.value.person == "丙" and refused.value.code == "case_closed"
    with pytest.raises(BulkMoveRefused) as refused:
        note_selected_cases(database, DISPATCHER, ids, "", T0 + timedelta(minutes=1))
    assert refused.value.person == "甲" and refused.value.code == "case_reason_required"
    assert _events(database) == before
    assert bulk_change_status(database, DISPATCHER, ids[:2], "awaiting_transfer",
                              usual_reason("awaiting_transfer") or "",
                              T0 + timedelta(minutes=1)) == 2
    assert {load_case(database, DISPATCHER, i).status for i in ids[:2]} == {"awaiting_transfer"}
    assert note_selected_cases(database, DISPATCHER, ids, "已通知家属",
                               T0 + timedelta(minutes=2)) == 3
    assert all(load_case(database, DISPATCHER, i).events[-1][5] == "已通知家属" for i in ids)
    with pytest.raises(PermissionDenied):
        note_selected_cases(database, VIEWER, ids, "x")


def test_persuasion_road(database: Database) -> None:
    [person] = _people(database, "张伟")
    case_id = open_case_for_person(database, DISPATCHER, person, "confirmed", "", T0)
    with pytest.raises(CaseMoveRefused) as refused:
        add_persuasion_visit(database, DISPATCHER, case_id, "please go", False, T0)
    assert refused.value.code == "persuasion_not_refused"
    version = load_case(database, DISPATCHER, case_id).version
    change_status(database, DISPATCHER, case_id, version, "refused", "will not leave", T0)
    detail = add_persuasion_visit(database, DISPATCHER, case_id, "explained the policy", False,
                                  T0 + timedelta(hours=5))
    assert detail.status == "refused" and len(detail.persuasion) == 1
    detail = add_persuasion_visit(database, DISPATCHER, case_id, "daughter called him", True,
                                  T0 + timedelta(days=1), by_name="刘警官")
    assert detail.status == "awaiting_transfer"
    assert [v[1:] for v in detail.persuasion][1] == ("刘警官", "daughter called him", True)


def test_contacts_both_ways_and_the_chain(database: Database) -> None:
    a, b, c = _people(database, "甲", "乙", "丙")
    root = open_case_for_person(database, DISPATCHER, a, "confirmed", "", T0)
    add_contact_person(database, DISPATCHER, root, b, "spouse")
    middle = load_case(database, DISPATCHER, root).contacts[0][0].case_id
    leaf = open_case_for_person(database, DISPATCHER, c, "fever", "", T0)
    link_contact_case(database, DISPATCHER, middle, leaf, "colleague")
    detail = load_case(database, DISPATCHER, root)
    assert [(d, ref.person_name) for d, _s, ref in detail.chain] == [(1, "乙"), (2, "丙")]
    assert [ref.person_name for ref, _r in load_case(database, DISPATCHER, middle).exposed_to] \
        == ["甲"]
    with pytest.raises(CaseMoveRefused) as refused:
        link_contact_case(database, DISPATCHER, middle, leaf, "again")
    assert refused.value.code == "contact_duplicate"
    with pytest.raises(CaseMoveRefused):
        link_contact_case(database, DISPATCHER, leaf, leaf)


def test_unknown_values_from_a_form_are_refused(database: Database) -> None:
    [person] = _people(database, "张伟")
    with pytest.raises(CaseMoveRefused) as refused:
        open_case_for_person(database, DISPATCHER, person, "", "", T0)
    assert refused.value.code == "case_category_illegal"
    case_id = open_case_for_person(database, DISPATCHER, person, "fever", "", T0)
    version = load_case(database, DISPATCHER, case_id).version
    with pytest.raises(CaseMoveRefused) as refused:
        change_status(database, DISPATCHER, case_id, version, "'; DROP TABLE x", "x", T0)
    assert refused.value.code == "case_status_unknown"
    with pytest.raises(CaseMoveRefused):
        bulk_change_status(database, DISPATCHER, [case_id], "", "x", T0)


def test_detail_lists_household_members_duplicates_and_transfers(database: Database) -> None:
    from models.enums import TransferStatus
    from models.schema import TransferOrder
    from tests.support.factories import make_facility
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place, "张伟")
        make_person(session, place, "张伟伟", person.resident_id, active=False)  # to merge
        facility = make_facility(session, place)
        session.commit()
        person_id, facility_id = person.id, facility.id
    case_id = open_case_for_person(database, DISPATCHER, person_id, "confirmed", "", T0)
    with database.sessions() as session:
        session.add(TransferOrder(number="ZY-0001", case_id=case_id, facility_id=facility_id,
                                  status=TransferStatus.ORDERED, ordered_at=T0))
        session.commit()
    detail = load_case(database, VIEWER, case_id)
    assert [name for _i, name, _r in detail.members] == ["张伟"]   # the other waits to merge
    assert all("*" in rid for _i, _n, rid in detail.members)
    assert len(detail.duplicates) == 1
    assert [(n, s) for n, s, _at, _f in detail.transfers] == [("ZY-0001", "ordered")]
