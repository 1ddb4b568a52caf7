"""Random walks through the case workflow (hypothesis): whatever a dispatcher tries, a case never
reaches a state the rules forbid, an accepted move leaves exactly one event and a refused one none."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.cases.workflow import STATUS_MOVES, CaseMoveRefused, move_category, move_status, open_case
from models.db.database import Database
from models.enums import CLOSED_CASE_STATUSES, CaseCategory, CaseStatus
from models.schema.cases import Case, CaseEvent
from tests.support.factories import NOW, make_facility, make_person, make_place

attempt = st.one_of(
    st.tuples(st.just("status"), st.sampled_from(list(CaseStatus)), st.booleans(), st.booleans(),
              st.sampled_from(["", "why"]), st.integers(-30, 90)),
    st.tuples(st.just("category"), st.sampled_from(list(CaseCategory)), st.booleans(),
              st.booleans(), st.sampled_from(["", "why"]), st.integers(-30, 90)),
)


def _event_count(session, case: Case) -> int:
    return int(session.scalar(select(func.count()).select_from(CaseEvent)
                              .where(CaseEvent.case_id == case.id)))


def _check_state(case: Case) -> None:
    assert case.is_open == (case.status not in CLOSED_CASE_STATUSES)
    assert (case.closed_at is not None) == (not case.is_open)
    if case.status == CaseStatus.ADMITTED:
        assert case.facility_id is not None
    if case.status == CaseStatus.CLEARED:
        assert case.category != CaseCategory.CONFIRMED


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=st.sampled_from(list(CaseCategory)), walk=st.lists(attempt, max_size=14))
def test_random_walks_stay_inside_the_rules(database: Database, start: CaseCategory,
                                            walk: list[tuple]) -> None:
    with database.sessions() as session:
        place = make_place(session, "w")
        facility = make_facility(session, place)
        case = open_case(session, make_person(session, place).id, start, NOW, None, "", now=NOW)
        now = NOW + timedelta(days=30)
        clock = NOW
        for kind, to, via_transfer, with_facility, reason, minutes in walk:
            before = (case.status, case.category, case.is_open, case.status_since)
            events = _event_count(session, case)
            at = clock + timedelta(minutes=minutes)
            try:
                if kind == "status":
                    was = case.status
                    move_status(session, case, to, at, None, reason, via_transfer=via_transfer,
                                facility_id=facility.id if with_facility else None, now=now)
                    assert to in STATUS_MOVES[was] and reason.strip(), "moved without a reason"
                else:
                    was_category = case.category
                    move_category(session, case, to, at, None, reason, now=now)
                    assert list(CaseCategory).index(to) > list(CaseCategory).index(was_category)
                assert _event_count(session, case) == events + 1
                assert before[2], "a closed case accepted a move"
                clock = at
            except CaseMoveRefused:
                assert (case.status, case.category, case.is_open, case.status_since) == before
                assert _event_count(session, case) == events
            _check_state(case)
        session.rollback()
