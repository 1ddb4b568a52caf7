"""The transfer workflow's table: the main road, the side roads, and every refusal with its reason.
Random walks (hypothesis) check that whatever a dispatcher presses, an order never reaches a
state the table forbids and a refused step changes nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.enums import TransferStatus, VehicleStatus
from models.transfers.workflow import (
    ACTIVE,
    FINISHED,
    MAIN_ROAD,
    STAMPS,
    STEPS,
    TransferRefused,
    Trip,
    advance,
    check_step,
    clean_text,
    is_overdue,
    main_next,
    next_steps,
    response_minutes,
)

T = TransferStatus
NOW = datetime(2020, 2, 20, 9, 30)


def ordered(at: datetime = NOW) -> Trip:
    stamps: dict[str, datetime | None] = dict.fromkeys(STAMPS)
    stamps["ordered_at"] = at
    return Trip(T.ORDERED, stamps, True, VehicleStatus.DISPATCHED)


def test_the_main_road_to_a_clean_vehicle() -> None:
    trip = ordered()
    later = NOW + timedelta(hours=3)
    for minutes, step in enumerate(MAIN_ROAD[1:], start=1):
        trip = advance(trip, step, NOW + timedelta(minutes=10 * minutes), later)
        assert trip.status == step
    assert trip.stamps["on_scene_at"] - trip.stamps["dispatched_at"] == timedelta(minutes=10)
    assert not trip.holds_vehicle and trip.vehicle == VehicleStatus.AVAILABLE
    assert next_steps(trip.status) == []


@pytest.mark.parametrize(("status", "to", "code"), [
    (T.ORDERED, T.ON_SCENE, "transfer_step_skipped"),
    (T.ORDERED, T.DELIVERED, "transfer_step_skipped"),
    (T.DISPATCHED, T.PICKED_UP, "transfer_step_skipped"),
    (T.ON_SCENE, T.DISPATCHED, "transfer_step_backwards"),
    (T.PICKED_UP, T.CANCELLED, "transfer_step_illegal"),
    (T.PICKED_UP, T.FAILED, "transfer_step_illegal"),
    (T.ORDERED, T.FAILED, "transfer_step_illegal"),
    (T.DELIVERED, T.CANCELLED, "transfer_step_illegal"),
    (T.CANCELLED, T.DISPATCHED, "transfer_finished"),
    (T.DISINFECTED, T.DISINFECTED, "transfer_finished"),
    (T.ORDERED, "teleported", "transfer_step_unknown"),
])
def test_steps_out_of_order_are_refused_with_the_rule(status: T, to: str, code: str) -> None:
    with pytest.raises(TransferRefused) as refused:
        check_step(status, to)
    assert refused.value.code == code


def test_cancel_and_failure_free_the_vehicle_only_before_the_crew_met_the_patient() -> None:
    dispatched = advance(ordered(), T.DISPATCHED, NOW, NOW)
    assert not advance(dispatched, T.CANCELLED, NOW, NOW).holds_vehicle
    assert not advance(dispatched, T.FAILED, NOW, NOW).holds_vehicle
    on_scene = advance(dispatched, T.ON_SCENE, NOW, NOW)
    for side in (T.CANCELLED, T.FAILED):
        after = advance(on_scene, side, NOW, NOW)
        assert after.holds_vehicle and after.vehicle == VehicleStatus.AWAITING_DISINFECTION
    assert check_step(T.DISPATCHED, T.FAILED).needs_reason


def test_times_not_in_the_future_nor_before_the_previous_step() -> None:
    trip = advance(ordered(), T.DISPATCHED, NOW + timedelta(minutes=5), NOW + timedelta(hours=1))
    with pytest.raises(TransferRefused) as refused:
        advance(trip, T.ON_SCENE, NOW + timedelta(minutes=4), NOW + timedelta(hours=1))
    assert refused.value.code == "transfer_time_before_previous"
    with pytest.raises(TransferRefused) as refused:
        advance(trip, T.ON_SCENE, NOW + timedelta(hours=2), NOW + timedelta(hours=1))
    assert refused.value.code == "transfer_future_time"


def test_reasons_response_time_and_overdue() -> None:
    with pytest.raises(TransferRefused) as refused:
        clean_text(" \t ", True)
    assert refused.value.code == "transfer_reason_required"
    assert clean_text("拒绝\n转运", True) == "拒绝 转运"
    assert response_minutes(NOW, NOW + timedelta(minutes=7)) == 7.0
    assert response_minutes(NOW, None) is None
    assert is_overdue(T.DISPATCHED, NOW, NOW + timedelta(minutes=31))
    assert not is_overdue(T.DISPATCHED, NOW, NOW + timedelta(minutes=29))
    assert not is_overdue(T.DISINFECTED, NOW, NOW + timedelta(days=3))
    assert main_next(T.ON_SCENE) == T.PICKED_UP and main_next(T.FAILED) is None


attempt = st.tuples(st.sampled_from(list(TransferStatus)), st.integers(-20, 60))


@given(walk=st.lists(attempt, max_size=20))
def test_random_walks_stay_inside_the_table(walk: list[tuple[TransferStatus, int]]) -> None:
    trip = ordered()
    clock = NOW
    now = NOW + timedelta(days=1)
    for to, minutes in walk:
        at = clock + timedelta(minutes=minutes)
        before = trip
        try:
            trip = advance(trip, to, at, now)
        except TransferRefused:
            assert trip == before
            continue
        assert to in STEPS[before.status], "a step outside the table was accepted"
        assert at >= clock
        clock = at
        # Every stamp set is a step taken, in time order along the way the trip went.
        stamps = [v for v in trip.stamps.values() if v is not None]
        assert max(stamps) == at
        # A vehicle is released only when no patient contact is left on it.
        if not trip.holds_vehicle:
            assert trip.vehicle == VehicleStatus.AVAILABLE
            assert trip.status in FINISHED
        if trip.status in ACTIVE:
            assert trip.holds_vehicle
    assert trip.status in STEPS
