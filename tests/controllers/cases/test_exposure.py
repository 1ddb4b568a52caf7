"""The back-trace and the stand-down as a person triggers them: who may, what is refused (and
leaves every shift as it was), and the stand-down in the audit trail."""
from __future__ import annotations

from datetime import timedelta

import pytest

from controllers.cases.exposure import stand_down_exposed_responders, trace_exposures
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.errors import CanvassError
from models.schema import AuditEntry, DutyShift
from models.system_text import SystemText, encode
from tests.support.exposures import add_scene
from tests.support.factories import NOW, signed_in


def stood_down(database: Database) -> set[int]:
    with database.sessions() as session:
        return {s.id for s in session.query(DutyShift).filter(DutyShift.stood_down_at.is_not(None))}


def test_the_trace_lists_each_meeting_and_who_is_still_on_duty(database: Database) -> None:
    scene = add_scene(database)
    trace = trace_exposures(database, signed_in("viewer"), scene.case_id, NOW + timedelta(days=1))
    assert trace.confirmed and trace.window.since == NOW - timedelta(days=14)
    assert set(trace.responders) == {scene.people[n] for n in ("老李", "周警官", "吴医生")}
    assert trace.still_on_duty == {scene.people["老李"]}


def test_a_commander_stands_down_the_exposed_and_it_is_audited(database: Database) -> None:
    scene = add_scene(database)
    ended = stand_down_exposed_responders(database, signed_in("commander"), scene.case_id,
                                          [scene.people["老李"], scene.people["周警官"]], NOW)
    assert set(ended[scene.people["老李"]]) == {scene.shifts["running"], scene.shifts["in 3 days"]}
    assert ended[scene.people["周警官"]] == []
    trace = trace_exposures(database, signed_in("viewer"), scene.case_id, NOW)
    assert trace.still_on_duty == {scene.people["老李"]}   # the shift in 6 days is still his
    with database.sessions() as session:
        reasons = {s.stood_down_reason for s in session.query(DutyShift)
                   .filter(DutyShift.stood_down_at.is_not(None))}
        audited = session.query(AuditEntry).filter(AuditEntry.table_name == "duty_shift").count()
    assert reasons == {encode(SystemText.STOOD_DOWN_EXPOSED, case=scene.case_id)}
    assert audited >= 2


@pytest.mark.parametrize("who", ["老赵", "老钱", "nobody"])
def test_a_responder_who_was_not_exposed_refuses_the_lot(database: Database, who: str) -> None:
    scene = add_scene(database)
    chosen = [scene.people["老李"]] + ([scene.people[who]] if who != "nobody" else [])
    if who == "nobody":
        chosen = []
    with pytest.raises(CanvassError) as refused:
        stand_down_exposed_responders(database, signed_in("commander"), scene.case_id, chosen, NOW)
    assert refused.value.code == ("exposure_nobody" if who == "nobody" else "exposure_not_exposed")
    assert stood_down(database) == set()


def test_a_dispatcher_may_trace_but_not_stand_down(database: Database) -> None:
    scene = add_scene(database)
    with pytest.raises(PermissionDenied):
        stand_down_exposed_responders(database, signed_in("dispatcher"), scene.case_id,
                                      [scene.people["老李"]], NOW)
    assert stood_down(database) == set()
    with pytest.raises(CanvassError) as missing:
        trace_exposures(database, signed_in("dispatcher"), 999_999, NOW)
    assert missing.value.code == "exposure_case_not_found"
