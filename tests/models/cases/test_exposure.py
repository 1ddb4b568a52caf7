"""The exposure back-trace: who met a confirmed person in the 14 days before confirmation, by a
household visit or on a transfer crew; both ends of the window included, nothing outside."""
from __future__ import annotations

from datetime import timedelta

from models.cases.exposure import TRANSFER, VISIT, exposures, stand_down_exposed, trace_window
from models.db.database import Database
from models.schema import DutyShift
from tests.support.exposures import CONFIRMED_AT, add_scene
from tests.support.factories import NOW


def test_the_trace_finds_visits_and_crews_inside_the_14_days_only(database: Database) -> None:
    scene = add_scene(database)
    with database.sessions() as session:
        window = trace_window(session, scene.case_id, NOW + timedelta(days=3))
        assert window is not None and window.until == CONFIRMED_AT and window.confirmed
        found = exposures(session, window)
    met = {(e.name, e.how, e.at) for e in found}
    assert met == {
        ("老李", VISIT, CONFIRMED_AT - timedelta(days=14)),      # the boundary itself: in
        ("老李", VISIT, CONFIRMED_AT - timedelta(days=9)),
        ("周警官", TRANSFER, CONFIRMED_AT - timedelta(days=2) + timedelta(minutes=9)),
        ("吴医生", TRANSFER, CONFIRMED_AT - timedelta(days=2) + timedelta(minutes=9)),
    }
    assert found[0].how == TRANSFER and found[0].reference == "ZY202002180001"
    assert {e.team for e in found if e.how == VISIT} == {"一组", "四组"}


def test_a_case_not_confirmed_traces_back_from_now(database: Database) -> None:
    scene = add_scene(database)
    with database.sessions.begin() as session:
        from models.schema import Case
        session.get(Case, scene.case_id).category = "suspected"
    with database.sessions() as session:
        window = trace_window(session, scene.case_id, CONFIRMED_AT + timedelta(hours=2))
        assert window is not None and not window.confirmed
        names = {e.name for e in exposures(session, window)}
    assert "老孙" in names and "老赵" not in names   # after NOW is inside, the boundary moved


def test_standing_down_ends_shifts_until_14_days_after_the_last_contact(
        database: Database) -> None:
    scene = add_scene(database)
    with database.sessions.begin() as session:
        window = trace_window(session, scene.case_id, NOW)
        assert window is not None
        ended = stand_down_exposed(session, window, [scene.people["老李"]], NOW, "exposed")
    assert sorted(ended[scene.people["老李"]]) == sorted(
        [scene.shifts["running"], scene.shifts["in 3 days"]])
    with database.sessions() as session:
        left = {s.id: s.stood_down_at for s in session.query(DutyShift)}
    assert left[scene.shifts["in 6 days"]] is None and left[scene.shifts["someone else"]] is None
