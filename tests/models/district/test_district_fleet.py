"""Vehicles kept by hand, on both databases: a plate in the Chinese format and unique, out of
service and back in one action each (never while a transfer has it), retired for good — and a
retired vehicle or facility is neither proposed nor accepted at dispatch."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.database import Database
from models.district.editors import editor_of
from models.district.fleet import VehicleEditor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.enums import CaseCategory, VehicleStatus
from models.schema import Vehicle
from models.setup.problems import SetupCode
from models.transfers.dispatch import order_transfer
from models.transfers.proposal import proposal_for_case
from models.transfers.refusals import TransferRefusal
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, TODAY, DispatchScene, make_dispatch_scene


@pytest.fixture
def scene(database: Database) -> DispatchScene:
    with database.sessions.begin() as session:
        return make_dispatch_scene(session)


def vehicles(session: Session) -> VehicleEditor:
    editor = editor_of(session, MasterTable.VEHICLES, TODAY, NOW)
    assert isinstance(editor, VehicleEditor)
    return editor


def order(session: Session, scene: DispatchScene) -> int:
    return order_transfer(session, case_id=scene.case_id, facility_id=scene.facility_id,
                          team_id=scene.team_id, vehicle_id=scene.vehicle_id, dispatcher_id=None,
                          at=NOW, now=NOW)


def test_a_new_vehicle_is_available_with_its_plate_written_one_way(database: Database,
                                                                   scene: DispatchScene) -> None:
    with database.sessions.begin() as session:
        record = vehicles(session).save(None, 0, {}, {
            "plate": "鄂a 88888", "station_id": scene.place.station_id, "team_id": scene.team_id,
            "seats": 7})
    assert record.values["plate"] == "鄂A·88888" and record.facts["status"] == "available"
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        vehicles(session).save(None, 0, {}, {"plate": "鄂A·88888",
                                             "station_id": scene.place.station_id})
    assert (refused.value.code, refused.value.field) == (DistrictRefusal.PLATE_TAKEN, "plate")


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"plate": "ABC123"}, "plate", SetupCode.NOT_A_PLATE),
    ({"seats": 0}, "seats", SetupCode.OUT_OF_RANGE),
    ({"station_id": None}, "station_id", SetupCode.EMPTY),
])
def test_the_workbooks_rules_refuse_a_vehicle(database: Database, scene: DispatchScene,
                                              changes: dict[str, object], field: str,
                                              code: SetupCode) -> None:
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        vehicles(session).save(scene.vehicle_id, 1, {}, changes)
    assert refused.value.field == field
    assert refused.value.problem is not None and refused.value.problem.code is code


def test_out_of_service_and_back(database: Database, scene: DispatchScene) -> None:
    with database.sessions.begin() as session:
        record = vehicles(session).out_of_service(scene.vehicle_id)
    assert record.facts["status"] == "out_of_service" and record.version == 2
    with database.sessions.begin() as session:
        assert proposal_for_case(session, scene.case_id, NOW).vehicles == ()
        with pytest.raises(TransferRefused) as unavailable:
            order(session, scene)
        assert unavailable.value.code is TransferRefusal.VEHICLE_UNAVAILABLE
    with database.sessions.begin() as session:
        record = vehicles(session).back_in_service(scene.vehicle_id)
        assert proposal_for_case(session, scene.case_id, NOW).vehicle is not None
    assert record.facts["status"] == "available"
    with database.sessions.begin() as session, pytest.raises(DistrictRefused) as refused:
        vehicles(session).back_in_service(scene.vehicle_id)
    assert refused.value.code is DistrictRefusal.VEHICLE_IN_SERVICE


def test_a_vehicle_on_a_transfer_neither_goes_out_of_service_nor_retires(
        database: Database, scene: DispatchScene) -> None:
    with database.sessions.begin() as session:
        order(session, scene)
    with database.sessions.begin() as session:
        for action in (lambda: vehicles(session).out_of_service(scene.vehicle_id),
                       lambda: vehicles(session).set_active(scene.vehicle_id, False)):
            with pytest.raises(DistrictRefused) as refused:
                action()
            assert refused.value.code is DistrictRefusal.VEHICLE_ON_TRANSFER
            assert refused.value.params == {"vehicle": "鄂A·10001"}
    with database.sessions() as session:
        vehicle = session.get(Vehicle, scene.vehicle_id)
        assert vehicle is not None and vehicle.active
        assert vehicle.status == VehicleStatus.DISPATCHED


def test_a_retired_vehicle_is_neither_proposed_nor_dispatched(database: Database,
                                                              scene: DispatchScene) -> None:
    with database.sessions.begin() as session:
        assert proposal_for_case(session, scene.case_id, NOW).vehicle is not None
        vehicles(session).set_active(scene.vehicle_id, False)
    with database.sessions.begin() as session:
        assert proposal_for_case(session, scene.case_id, NOW).vehicles == ()
        with pytest.raises(TransferRefused) as refused:
            order(session, scene)
    assert refused.value.code is TransferRefusal.VEHICLE_RETIRED
    assert refused.value.params == {"vehicle": "鄂A·10001"}
    with database.sessions() as session:
        assert session.scalar(select(Vehicle.status)) == VehicleStatus.AVAILABLE


def test_a_retired_facility_is_neither_proposed_nor_chosen(database: Database,
                                                           scene: DispatchScene) -> None:
    with database.sessions.begin() as session:
        editor_of(session, MasterTable.FACILITIES, TODAY, NOW).set_active(scene.facility_id, False)
    with database.sessions.begin() as session:
        proposal = proposal_for_case(session, scene.case_id, NOW)
        assert proposal.facilities == () and proposal.category == CaseCategory.SUSPECTED
        with pytest.raises(TransferRefused) as refused:
            order(session, scene)
    assert refused.value.code is TransferRefusal.FACILITY_RETIRED
    with database.sessions.begin() as session:   # back in use: chosen again
        editor_of(session, MasterTable.FACILITIES, TODAY, NOW).set_active(scene.facility_id, True)
        assert order(session, scene) > 0
