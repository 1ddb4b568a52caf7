"""Dispatching a case and taking the trip to a clean vehicle, on both databases; every bad input
refused with its rule and nothing written."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from controllers.cases.persuasion import add_persuasion_visit
from controllers.cases.workflow import change_status
from controllers.transfers.dispatch import advance_transfer, dispatch, record_disinfection
from controllers.transfers.facilities import facility_beds
from controllers.transfers.suggestion import suggest_dispatch
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, FacilityKind, TransferStatus, VehicleStatus
from models.errors import EditConflict
from models.schema import (
    AuditEntry,
    Case,
    Facility,
    SupplyStock,
    TransferOrder,
    facility_accepts,
)
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, DispatchScene, make_case, make_person, signed_in
from tests.support.transfers import DISPATCHER, scene, send, snapshot, step

T = TransferStatus


def test_dispatch_to_a_clean_vehicle_again(database: Database) -> None:
    s = scene(database)
    proposal = suggest_dispatch(database, DISPATCHER, s.case_id, at=NOW)
    assert proposal.facility.facility_id == s.facility_id and proposal.facility.beds_free == 10
    assert (proposal.vehicle.vehicle_id, proposal.vehicle.crew) == (s.vehicle_id, 2)
    order_id = send(database, s)
    state = snapshot(database, s)
    assert (state["suits"], state["crew"], state["vehicle"]) == (18, 2, "dispatched")
    again = suggest_dispatch(database, DISPATCHER, s.case_id, at=NOW)
    assert again.vehicle is None and again.under_way is not None
    step(database, order_id, "dispatched", 2)
    step(database, order_id, "on_scene", 9)
    assert snapshot(database, s)["vehicle"] == "on_scene"
    step(database, order_id, "picked_up", 20)
    assert snapshot(database, s)["case"] == "in_transit"
    step(database, order_id, "delivered", 50)
    state = snapshot(database, s)
    assert (state["case"], state["beds"], state["vehicle"]) == \
        ("admitted", 1, "awaiting_disinfection")
    assert facility_beds(database, DISPATCHER)[0].beds_free == 9
    record_disinfection(database, DISPATCHER, order_id, True, True, "王师傅",
                        NOW + timedelta(minutes=80))
    with database.sessions() as session:
        order = session.get(TransferOrder, order_id)
        assert (order.status, order.holds_vehicle) == (T.DISINFECTED, False)
        assert order.on_scene_at - order.dispatched_at == timedelta(minutes=7)
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "transfer_order", AuditEntry.row_id == order_id)) == 6  # ordered + 5 steps
    assert snapshot(database, s)["vehicle"] == "available"
    # Discharge frees the bed, from the case board's own action.
    with database.sessions() as session:
        version = session.get(Case, s.case_id).version
    change_status(database, DISPATCHER, s.case_id, version, "released", "recovered",
                  at=NOW + timedelta(days=10))
    assert snapshot(database, s)["beds"] == 0


def test_refusal_on_scene_puts_the_case_on_the_persuasion_road(database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    step(database, order_id, "dispatched", 1)
    step(database, order_id, "on_scene", 8)
    with pytest.raises(TransferRefused) as refused:
        step(database, order_id, "failed", 20)
    assert refused.value.code == "transfer_reason_required"
    step(database, order_id, "failed", 20, "拒绝转运")
    state = snapshot(database, s)
    assert (state["case"], state["vehicle"]) == ("refused", "awaiting_disinfection")
    record_disinfection(database, DISPATCHER, order_id, True, True, "李", NOW + timedelta(hours=1))
    assert snapshot(database, s)["vehicle"] == "available"
    add_persuasion_visit(database, DISPATCHER, s.case_id, "说服同意", True,
                         at=NOW + timedelta(hours=2))
    assert snapshot(database, s)["case"] == "awaiting_transfer"


def test_cancel_before_arrival_frees_the_vehicle_at_once(database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    step(database, order_id, "cancelled", 3, "调度改派")
    state = snapshot(database, s)
    assert (state["vehicle"], state["case"]) == ("available", "awaiting_transfer")
    assert send(database, s, at=NOW + timedelta(minutes=5)) != order_id


def test_a_vehicle_carries_one_case_at_a_time(database: Database) -> None:
    """Suspected and confirmed patients never share a trip: one order, one case, one vehicle."""
    s = scene(database)
    send(database, s)
    with database.sessions.begin() as session:
        confirmed = make_case(session, s.place, make_person(session, s.place, "王五"))
        confirmed.category, confirmed.status = CaseCategory.CONFIRMED, CaseStatus.AWAITING_TRANSFER
        confirmed_id = confirmed.id
    with pytest.raises(TransferRefused) as refused:
        dispatch(database, DISPATCHER, confirmed_id, s.facility_id, s.team_id, s.vehicle_id,
                 "同车", at=NOW)
    assert refused.value.code == "transfer_vehicle_busy"
    assert snapshot(database, s)["transfer_order"] == 1


def test_an_order_from_before_the_lock_still_keeps_its_vehicle(database: Database) -> None:
    """Orders written by older data (ordered, not holding the vehicle) still block it."""
    s = scene(database)
    with database.sessions.begin() as session:
        earlier = make_case(session, s.place, make_person(session, s.place, "赵六"))
        old = TransferOrder(number="ZY202002190009", case_id=earlier.id, team_id=s.team_id,
                            vehicle_id=s.vehicle_id, facility_id=s.facility_id,
                            status=T.ORDERED, ordered_at=NOW - timedelta(minutes=30),
                            holds_vehicle=False)
        session.add(old)
        session.flush()
        old_id = old.id
    assert suggest_dispatch(database, DISPATCHER, s.case_id, at=NOW).vehicle is None
    before = snapshot(database, s)
    with pytest.raises(TransferRefused) as refused:
        send(database, s)
    assert refused.value.code == "transfer_vehicle_busy"
    assert snapshot(database, s) == before
    step(database, old_id, "dispatched", -10)
    with database.sessions() as session:
        assert session.get(TransferOrder, old_id).holds_vehicle


def _not_awaiting(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        session.get(Case, s.case_id).status = CaseStatus.VERIFIED
    return {}


def _not_disinfected(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        earlier = make_case(session, s.place, make_person(session, s.place, "李四"))
        session.add(TransferOrder(number="ZY202002190001", case_id=earlier.id, team_id=s.team_id,
                                  vehicle_id=s.vehicle_id, facility_id=s.facility_id,
                                  status=T.DELIVERED, ordered_at=NOW - timedelta(hours=1),
                                  delivered_at=NOW - timedelta(minutes=10), holds_vehicle=True))
    return {}


def _full(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        session.get(Facility, s.facility_id).beds_taken = 10
    return {}


def _other_category(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        clinic = Facility(district_id=s.place.district_id, kind=FacilityKind.FEVER_CLINIC,
                          name="发热门诊", latitude=30.6, longitude=114.3, beds_total=5)
        session.add(clinic)
        session.flush()
        session.execute(insert(facility_accepts).values(facility_id=clinic.id,
                                                        category=CaseCategory.FEVER))
        return {"facility_id": clinic.id, "override_reason": "近"}


def _no_suits(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        session.get(SupplyStock, s.stock_id).quantity = 1
    return {}


def _no_reason(database: Database, s: DispatchScene) -> dict[str, Any]:
    with database.sessions.begin() as session:
        other = Facility(district_id=s.place.district_id, kind=FacilityKind.FIELD_HOSPITAL,
                         name="方舱医院", latitude=31.0, longitude=115.0, beds_total=500)
        session.add(other)
        session.flush()
        session.execute(insert(facility_accepts).values(facility_id=other.id,
                                                        category=CaseCategory.SUSPECTED))
        return {"facility_id": other.id}


@pytest.mark.parametrize(("prepare", "code"), [
    (_not_awaiting, "transfer_case_not_awaiting"),
    (_not_disinfected, "transfer_vehicle_not_disinfected"),
    (_full, "transfer_facility_full"),
    (_other_category, "transfer_facility_refuses_category"),
    (_no_suits, "transfer_out_of_suits"),
    (_no_reason, "transfer_override_reason"),
])
def test_bad_dispatch_is_refused_and_writes_nothing(database: Database, prepare: Any,
                                                    code: str) -> None:
    s = scene(database)
    options = prepare(database, s)
    before = snapshot(database, s)
    with pytest.raises(TransferRefused) as refused:
        send(database, s, **options)
    assert refused.value.code == code
    assert snapshot(database, s) == before


def test_steps_out_of_order_and_stale_versions_write_nothing(database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    before = snapshot(database, s)
    for to, code in (("picked_up", "transfer_step_skipped"),
                     ("disinfected", "transfer_disinfection_needs_record")):
        with pytest.raises(TransferRefused) as refused:
            step(database, order_id, to, 5)
        assert refused.value.code == code
    with pytest.raises(TransferRefused) as refused:
        step(database, order_id, "dispatched", -5)
    assert refused.value.code == "transfer_time_before_previous"
    with pytest.raises(TransferRefused) as refused:
        record_disinfection(database, DISPATCHER, order_id, True, True, "王", NOW)
    assert refused.value.code == "transfer_not_finished"
    with pytest.raises(EditConflict):
        advance_transfer(database, DISPATCHER, order_id, 99, "dispatched", NOW)
    assert snapshot(database, s) == before


def test_disinfection_needs_inside_outside_and_a_name(database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    for minutes, to in enumerate(("dispatched", "on_scene", "picked_up", "delivered"), start=1):
        step(database, order_id, to, minutes)
    before = snapshot(database, s)
    for inside, outside, name, code in ((True, False, "王", "transfer_disinfection_incomplete"),
                                        (True, True, " ", "transfer_disinfection_by")):
        with pytest.raises(TransferRefused) as refused:
            record_disinfection(database, DISPATCHER, order_id, inside, outside, name,
                                NOW + timedelta(minutes=30))
        assert refused.value.code == code
    assert snapshot(database, s) == before


def test_delivery_to_a_facility_that_filled_meanwhile_is_refused(database: Database) -> None:
    s = scene(database, beds=1)
    order_id = send(database, s)
    for minutes, to in enumerate(("dispatched", "on_scene", "picked_up"), start=1):
        step(database, order_id, to, minutes)
    with database.sessions.begin() as session:
        session.get(Facility, s.facility_id).beds_taken = 1
    before = snapshot(database, s)
    with pytest.raises(TransferRefused) as refused:
        step(database, order_id, "delivered", 30)
    assert refused.value.code == "transfer_facility_full"
    assert snapshot(database, s) == before


def test_only_dispatchers_and_commanders_dispatch(database: Database) -> None:
    from models.accounts.permissions import PermissionDenied
    s = scene(database)
    with pytest.raises(PermissionDenied):
        dispatch(database, signed_in("clerk"), s.case_id, s.facility_id, s.team_id, s.vehicle_id)
    assert snapshot(database, s)["transfer_order"] == 0
    assert snapshot(database, s)["vehicle"] == VehicleStatus.AVAILABLE
