"""The 辖区资料 actions as a person triggers them: only the commander sets up the district, every
change is audited under the user, identifiers are masked for a role that may not see them, and
a refusal writes nothing."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from controllers.district.everyday import put_back_in_service, receive_delivery, take_out_of_service
from controllers.district.records import (
    district_choices,
    master_record,
    retire_master_record,
    save_master_record,
    shown,
)
from controllers.district.rows import (
    community_list,
    facility_list,
    lodging_list,
    responder_list,
    station_list,
    stock_list,
    team_list,
    vehicle_list,
)
from controllers.runtime.actions import ACTIONS, SignedInUser
from models.accounts.permissions import Permission, PermissionDenied
from models.db.database import Database
from models.district.refusals import DistrictRefused
from models.district.tables import MasterTable
from models.schema import AuditEntry, Facility, SupplyStock
from tests.support.factories import DispatchScene, make_dispatch_scene, signed_in

COMMANDER = signed_in("commander")
ID = "420102198001011231"

ACTIONS_TRIED: dict[str, Callable[[Database, SignedInUser, DispatchScene], Any]] = {
    "lists": lambda db, user, _scene: facility_list(db, user),
    "choices": lambda db, user, _scene: district_choices(db, user),
    "record": lambda db, user, scene: master_record(db, user, MasterTable.FACILITIES,
                                                    scene.facility_id),
    "save": lambda db, user, scene: save_master_record(
        db, user, MasterTable.FACILITIES, None, 0, {}, {"name": "方舱", "beds_total": 1000}),
    "retire": lambda db, user, scene: retire_master_record(db, user, MasterTable.FACILITIES,
                                                           scene.facility_id),
    "out of service": lambda db, user, scene: take_out_of_service(db, user, scene.vehicle_id),
    "delivery": lambda db, user, scene: receive_delivery(db, user, scene.stock_id, 100),
}


@pytest.fixture
def scene(database: Database) -> DispatchScene:
    with database.sessions.begin() as session:
        return make_dispatch_scene(session)


def audit_count(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_every_district_action_needs_the_right_to_set_up_the_district() -> None:
    found = [a for name, a in ACTIONS.items() if name.startswith("controllers.district.")]
    assert len(found) >= 15
    assert {a.permission for a in found} == {Permission.SET_UP_DISTRICT}


@pytest.mark.parametrize("role", ["clerk", "dispatcher", "viewer", "admin"])
def test_only_the_commander_sets_up_the_district(database: Database, scene: DispatchScene,
                                                 role: str) -> None:
    before = audit_count(database)
    for name, tried in ACTIONS_TRIED.items():
        with pytest.raises(PermissionDenied):
            tried(database, signed_in(role), scene)
            pytest.fail(f"{role} could {name}")
    assert audit_count(database) == before


def test_the_commander_changes_and_each_change_is_audited(database: Database,
                                                          scene: DispatchScene) -> None:
    with database.sessions() as session:    # the scene's own rows are audited too: after them
        before = session.scalar(select(func.max(AuditEntry.id))) or 0
    record = save_master_record(database, COMMANDER, MasterTable.FACILITIES, None, 0, {},
                                {"name": "武昌方舱医院", "beds_total": 1000})
    retire_master_record(database, COMMANDER, MasterTable.FACILITIES, scene.facility_id)
    take_out_of_service(database, COMMANDER, scene.vehicle_id)
    put_back_in_service(database, COMMANDER, scene.vehicle_id)
    receive_delivery(database, COMMANDER, scene.stock_id, 300, "调拨")
    with database.sessions() as session:
        entries = session.execute(select(AuditEntry.username, AuditEntry.action,
                                         AuditEntry.table_name, AuditEntry.row_id)
                                  .where(AuditEntry.id > before).order_by(AuditEntry.id)).all()
        stock = session.get(SupplyStock, scene.stock_id)
        assert stock is not None and stock.quantity == 320
    assert ("commander1", "insert", "facility", record.id) in entries
    assert ("commander1", "update", "facility", scene.facility_id) in entries
    assert [e for e in entries if e.table_name == "vehicle"] == [
        ("commander1", "update", "vehicle", scene.vehicle_id)] * 2
    assert ("commander1", "insert", "supply_movement") in [e[:3] for e in entries]
    assert {e.username for e in entries} == {"commander1"}


def test_a_refusal_writes_nothing(database: Database, scene: DispatchScene) -> None:
    before = audit_count(database)
    with pytest.raises(DistrictRefused):
        save_master_record(database, COMMANDER, MasterTable.FACILITIES, scene.facility_id, 1,
                           {}, {"latitude": 3.0})
    with pytest.raises(DistrictRefused):
        receive_delivery(database, COMMANDER, scene.stock_id, 0)
    assert audit_count(database) == before
    with database.sessions() as session:
        assert session.scalar(select(Facility.latitude)) == 30.66


def test_identifiers_are_masked_for_a_role_that_may_not_see_them(database: Database,
                                                                 scene: DispatchScene) -> None:
    record = save_master_record(database, COMMANDER, MasterTable.RESPONDERS, None, 0, {}, {
        "name": "王警官", "resident_id": ID, "phone": "13800000000",
        "station_id": scene.place.station_id})
    assert record.values["resident_id"] == ID
    masked = shown(record, signed_in("viewer"))
    assert (masked.values["resident_id"], masked.values["phone"]) == ("420102********1231",
                                                                      "138****0000")
    rows = responder_list(database, signed_in("commander"))
    assert rows.sees_full
    column = [c.key for c in rows.columns].index("resident_id") + 1
    assert [row[column] for row in rows.page({"text": "王"}, rows.default_order, 0, 10)] == [ID]


def test_every_list_is_handed_to_the_commander(database: Database, scene: DispatchScene) -> None:
    handles = (station_list, community_list, facility_list, vehicle_list, team_list,
               responder_list, lodging_list, stock_list)
    counts = {}
    for handle in handles:
        source = handle(database, COMMANDER)
        counts[handle.__name__] = source.count({})
        page = source.page({}, source.default_order, 0, 10)
        assert all(len(row) == len(source.columns) + 1 for row in page)
    assert counts == {"station_list": 1, "community_list": 1, "facility_list": 1,
                      "vehicle_list": 1, "team_list": 1, "responder_list": 2, "lodging_list": 0,
                      "stock_list": 1}
    choices = district_choices(database, COMMANDER)
    assert [c.name for c in choices.stations] == ["大智派出所"]
    assert len(choices.teams) == 1 and choices.teams[0].station_id == scene.place.station_id
