"""Changing a case from the board, called directly: version checks, the all-or-nothing batch,
persuasion visits, close contacts and the detail as stored (unmasked, codes unrendered)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.cases.changes import BulkMoveRefused, case_for_change, change_case_status, move_cases, note_case, note_cases
from models.cases.contacts import add_contact_person, link_contact_cases
from models.cases.detail import case_detail
from models.cases.persuasion import AGREED_REASON, log_persuasion_visit
from models.cases.workflow import CaseMoveRefused, statuses_for_selection
from models.db.database import Database
from models.enums import CaseStatus
from models.errors import EditConflict, RecordGone
from models.schema import Case, CaseEvent, ContactLink, PersuasionVisit
from tests.support.factories import NOW, make_case, make_person, make_place

LATER = NOW + timedelta(hours=1)


def test_a_stale_version_is_a_conflict_naming_both_fields(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        with pytest.raises(EditConflict) as stale:
            case_for_change(session, case.id, case.version + 1, {"status": "verified"})
        assert [d.field for d in stale.value.differences] == ["status", "category"]
        with pytest.raises(RecordGone):
            case_for_change(session, 999_999, None, {})


def test_a_batch_moves_all_or_names_the_person_and_statuses_that_refused(
        database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        first = make_case(session, place, make_person(session, place))
        closed = make_case(session, place, make_person(session, place, "李四"), is_open=False)
        admitted = make_case(session, place, make_person(session, place, "王红"))
        admitted.status = CaseStatus.ADMITTED
        session.commit()
        with pytest.raises(BulkMoveRefused) as refused:
            move_cases(session, [first.id, closed.id], "verified", LATER, None, "核实")
        assert (refused.value.person, refused.value.code) == ("李四", "case_closed")
        session.rollback()
        with pytest.raises(BulkMoveRefused) as refused:
            move_cases(session, [first.id, admitted.id], "awaiting_transfer", LATER, None, "送治")
        assert refused.value.person == "王红" and refused.value.code == "case_move_illegal"
        assert dict(refused.value.params) == {"from_status": "admitted",
                                              "to_status": "awaiting_transfer"}
        session.rollback()
        assert session.get(Case, first.id).status == CaseStatus.IDENTIFIED
        with pytest.raises(BulkMoveRefused) as refused:     # no reason: none moves
            move_cases(session, [first.id], "verified", LATER, None, " ")
        assert refused.value.code == "case_reason_required"
        session.rollback()
        assert move_cases(session, [first.id, first.id], "verified", LATER, None, "核实") == 1


def test_a_note_for_the_selection_goes_on_every_case_or_none(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        ids = [make_case(session, place, make_person(session, place, name)).id
               for name in ("甲", "乙")]
        session.commit()
        assert note_cases(session, ids, LATER, None, "已通知家属") == 2
        session.commit()
        for case_id in ids:
            assert session.get(Case, case_id).last_action == "已通知家属"
        with pytest.raises(BulkMoveRefused) as refused:
            note_cases(session, ids, LATER, None, "")
        assert refused.value.person == "甲" and refused.value.code == "case_reason_required"


def test_status_note_and_the_detail_as_stored(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        change_case_status(session, case.id, case.version, "verified", LATER, None, "核实")
        note_case(session, case.id, LATER, None, "复核")
        detail = case_detail(session, case.id)
        assert detail.resident_id == "420102198001011234" and detail.phone == "13800000000"
        assert detail.status == "verified" and detail.last_action == "复核"
        assert [e[2] for e in detail.events] == ["status", "note"]
        assert "awaiting_transfer" in detail.next_statuses
    assert statuses_for_selection(["awaiting_transfer"]) == \
        ["refused", "home_observation", "cleared", "deceased"]


def refused_case(database: Database) -> int:
    with database.sessions() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        case.status, case.status_since = CaseStatus.REFUSED, NOW
        session.commit()
        return case.id


def test_persuasion_visits(database: Database) -> None:
    case_id = refused_case(database)
    with database.sessions() as session:
        with pytest.raises(CaseMoveRefused) as refused:
            log_persuasion_visit(session, case_id, "讲政策", False, LATER + timedelta(hours=1),
                                 "", None, "王", now=LATER)
        assert refused.value.code == "case_future_time"
        with pytest.raises(CaseMoveRefused) as refused:
            log_persuasion_visit(session, case_id, "  ", False, LATER, "", None, "王", now=LATER)
        assert refused.value.code == "case_reason_required"
        log_persuasion_visit(session, case_id, "讲政策", False, LATER, "", None, "王警官", now=LATER)
        case = log_persuasion_visit(session, case_id, "同意", True, LATER, "李 社工", None, "王",
                                    now=LATER)
        assert case.status == CaseStatus.AWAITING_TRANSFER and case.last_action == AGREED_REASON
        visitors = session.scalars(select(PersuasionVisit.by_name).order_by(PersuasionVisit.id))
        assert list(visitors) == ["王警官", "李 社工"]
        with pytest.raises(CaseMoveRefused) as refused:
            log_persuasion_visit(session, case_id, "再次", True, LATER, "", None, "王", now=LATER)
        assert refused.value.code == "persuasion_not_refused"


def test_close_contacts(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        source = make_case(session, place, make_person(session, place))
        relative = make_person(session, place, "李四")
        with pytest.raises(CaseMoveRefused) as refused:
            add_contact_person(session, source.id, relative.id, "家属",
                               (LATER + timedelta(days=1)).date(), LATER, None)
        assert refused.value.code == "case_future_time"
        contact = add_contact_person(session, source.id, relative.id, "家属", NOW.date(), LATER,
                                     None)
        assert session.scalar(select(func.count()).select_from(ContactLink)) == 1
        with pytest.raises(CaseMoveRefused) as refused:
            link_contact_cases(session, source.id, contact.id, "", None, NOW.date())
        assert refused.value.code == "contact_duplicate"
        opened = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == contact.id))
        assert [str(kind) for kind in opened] == ["opened"]
