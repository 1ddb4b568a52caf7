"""Random walks through a real transfer on both databases (hypothesis): whatever a dispatcher
presses, in whatever order, the order, its vehicle, the bed count and the case never disagree,
and a refused press writes nothing."""
from __future__ import annotations

import itertools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from controllers.transfers.dispatch import advance_transfer, load_transfer, record_disinfection
from models.db.database import Database
from models.enums import CaseStatus, TransferStatus
from models.errors import CanvassError
from models.schema import Case, Facility, TransferOrder, Vehicle
from tests.support.factories import NOW
from tests.support.transfers import DISPATCHER, scene, send, snapshot

T = TransferStatus
SCENES = itertools.count()
press = st.tuples(st.sampled_from([s.value for s in TransferStatus] + ["disinfect"]),
                  st.integers(-10, 30), st.sampled_from(["", "拒绝"]))


def check(database: Database, order_id: int) -> None:
    with database.sessions() as session:
        order = session.get(TransferOrder, order_id)
        vehicle = session.get(Vehicle, order.vehicle_id)
        case = session.get(Case, order.case_id)
        beds = session.get(Facility, order.facility_id).beds_taken
        if order.holds_vehicle:
            assert vehicle.status != "available"
        else:
            assert vehicle.status == "available"
        assert (case.status == CaseStatus.ADMITTED) == (beds == 1)
        if order.status in (T.PICKED_UP,):
            assert case.status == CaseStatus.IN_TRANSIT
        if order.status == T.FAILED:
            assert case.status == CaseStatus.REFUSED
        if order.status in (T.ORDERED, T.DISPATCHED, T.ON_SCENE, T.CANCELLED):
            assert case.status == CaseStatus.AWAITING_TRANSFER
        if order.status == T.DISINFECTED:
            assert order.disinfected_at is not None and not order.holds_vehicle


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(walk=st.lists(press, max_size=8))
def test_random_presses_keep_order_vehicle_bed_and_case_in_step(
        database: Database, walk: list[tuple[str, int, str]]) -> None:
    s = scene(database, suffix=f"w{next(SCENES)}")
    order_id = send(database, s, override_reason="walk")  # earlier walks' facilities are nearer
    clock = NOW
    for step, minutes, reason in walk:
        at = clock + timedelta(minutes=minutes)
        before = snapshot(database, s)
        brief = load_transfer(database, DISPATCHER, order_id)
        try:
            if step == "disinfect":
                record_disinfection(database, DISPATCHER, order_id, True, True, "王", at)
            else:
                advance_transfer(database, DISPATCHER, order_id, brief.version, step, at, reason)
        except CanvassError:
            assert snapshot(database, s) == before
            continue
        clock = at
        check(database, order_id)
