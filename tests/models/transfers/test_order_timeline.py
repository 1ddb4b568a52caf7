"""The order's timeline as a rule, without a database: steps in time order with how long each
took since the one before, who recorded each from the order's audit entries, and the step the
order waits for with its limit."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from models.transfers.order_timeline import Awaited, awaited, recorders, timeline

AT = datetime(2020, 2, 20, 9, 30)


def minutes(n: int) -> datetime:
    return AT + timedelta(minutes=n)


def test_each_step_took_the_time_since_the_step_before() -> None:
    stamps = {"ordered": AT, "dispatched": minutes(2), "on_scene": minutes(9),
              "picked_up": None, "delivered": None, "disinfected": None, "cancelled": minutes(15),
              "failed": None}
    steps = timeline(stamps, {"dispatched": "王调度"}, {"cancelled": "患者已自行前往"})
    assert [(s.step, s.took, s.recorded_by, s.note) for s in steps] == [
        ("ordered", None, "", ""),
        ("dispatched", timedelta(minutes=2), "王调度", ""),
        ("on_scene", timedelta(minutes=7), "", ""),
        ("cancelled", timedelta(minutes=6), "", "患者已自行前往")]


def test_steps_of_the_same_minute_read_in_road_order() -> None:
    stamps = {"disinfected": minutes(5), "failed": minutes(5), "ordered": AT,
              "dispatched": minutes(1), "on_scene": minutes(5)}
    assert [s.step for s in timeline(stamps, {}, {})] == [
        "ordered", "dispatched", "on_scene", "failed", "disinfected"]


def test_who_recorded_each_step_is_the_first_entry_that_set_its_time() -> None:
    entries = [("王调度", json.dumps({"ordered_at": "2020-02-20 09:30:00", "status": "ordered"})),
               ("李调度", json.dumps({"dispatched_at": [None, "2020-02-20 09:32:00"],
                                    "status": ["ordered", "dispatched"]})),
               ("张主任", json.dumps({"failure_reason": ["", "拒绝"]})),
               ("赵调度", json.dumps({"dispatched_at": ["2020-02-20 09:32:00", None]}))]
    assert recorders(entries) == {"ordered": "王调度", "dispatched": "李调度"}


def test_what_the_order_waits_for() -> None:
    assert awaited("ordered", True, AT) == Awaited("dispatched", AT, timedelta(minutes=10))
    assert awaited("picked_up", True, AT) == Awaited("delivered", AT, timedelta(minutes=90))
    assert awaited("delivered", True, AT) == Awaited("disinfected", AT, timedelta(minutes=60))
    assert awaited("failed", True, AT) == Awaited("disinfected", AT, timedelta(minutes=60))
    assert awaited("cancelled", False, AT) is None
    assert awaited("disinfected", False, AT) is None
