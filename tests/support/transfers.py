"""A dispatch scene and the steps of its trip, as the dispatcher takes them; and what a refused step
must leave unchanged."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from controllers.transfers.dispatch import advance_transfer, dispatch
from models.db.database import Database
from models.schema import (
    AuditEntry,
    Case,
    CaseEvent,
    Disinfection,
    Facility,
    SupplyMovement,
    SupplyStock,
    TransferOrder,
    Vehicle,
    transfer_crew,
)
from tests.support.factories import NOW, DispatchScene, make_case, make_dispatch_scene, make_person, make_place, make_transfer, signed_in

DISPATCHER = signed_in("dispatcher")


def scene(database: Database, **options: Any) -> DispatchScene:
    with database.sessions.begin() as session:
        return make_dispatch_scene(session, **options)


def snapshot(database: Database, scene: DispatchScene) -> dict[str, Any]:
    """Everything a dispatch or a step may write: one refused must leave all of it as it was."""
    with database.sessions() as session:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                  for model in (TransferOrder, SupplyMovement, CaseEvent, AuditEntry, Disinfection)}
        counts["crew"] = session.scalar(select(func.count()).select_from(transfer_crew))
        counts["suits"] = session.get(SupplyStock, scene.stock_id).quantity
        counts["beds"] = session.get(Facility, scene.facility_id).beds_taken
        counts["vehicle"] = str(session.get(Vehicle, scene.vehicle_id).status)
        counts["case"] = str(session.get(Case, scene.case_id).status)
        return counts


def send(database: Database, s: DispatchScene, **options: Any) -> int:
    arguments = dict(facility_id=s.facility_id, team_id=s.team_id, vehicle_id=s.vehicle_id,
                     at=NOW)
    arguments.update(options)
    return dispatch(database, DISPATCHER, s.case_id, **arguments)


def step(database: Database, transfer_id: int, to: str, minutes: int, reason: str = "") -> int:
    with database.sessions() as session:
        version = session.get(TransferOrder, transfer_id).version
    return advance_transfer(database, DISPATCHER, transfer_id, version, to,
                            NOW + timedelta(minutes=minutes), reason)


def add_transfer(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        other = make_case(session, place, make_person(session, place, name="王芳"))
        transfer = make_transfer(session, place, case)
        return {"case": case.id, "other_case": other.id, "transfer": transfer.id,
                "station": place.station_id, "community": place.community_id}
