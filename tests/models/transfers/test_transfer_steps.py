"""A transfer's steps and the record of its vehicle's disinfection, called directly: the refusals
of `apply_step` with their codes, and where an order stands (`transfer_brief`)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from models.db.database import Database
from models.enums import TransferStatus, VehicleStatus
from models.errors import EditConflict, RecordGone
from models.schema import Disinfection, Vehicle
from models.transfers.beds import facility_beds
from models.transfers.dispatch import order_transfer
from models.transfers.steps import apply_step, transfer_brief
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, DispatchScene, make_dispatch_scene

T = TransferStatus
CLEAN = (True, True, "王师傅")


def ordered(session: Session) -> tuple[DispatchScene, int]:
    scene = make_dispatch_scene(session)
    return scene, order_transfer(session, case_id=scene.case_id, facility_id=scene.facility_id,
                                 team_id=scene.team_id, vehicle_id=scene.vehicle_id,
                                 dispatcher_id=None, at=NOW, now=NOW)


def step(session: Session, order_id: int, to: str, minutes: int, reason: str = "",
         disinfection: tuple[bool, bool, str] | None = None) -> int:
    at = NOW + timedelta(minutes=minutes)
    return apply_step(session, None, order_id, None, to, at, at, reason, disinfection)


def refusal(session: Session, order_id: int, to: str, minutes: int,
            disinfection: tuple[bool, bool, str] | None = None) -> str:
    with pytest.raises(TransferRefused) as refused:
        step(session, order_id, to, minutes, disinfection=disinfection)
    return refused.value.code


def test_the_road_to_a_clean_vehicle_and_its_refusals(database: Database) -> None:
    with database.sessions() as session:
        scene, order_id = ordered(session)
        assert refusal(session, order_id, "disinfected", 1) == "transfer_disinfection_needs_record"
        assert refusal(session, order_id, "on_scene", 1) == "transfer_step_skipped"
        assert refusal(session, order_id, "nowhere", 1) == "transfer_step_unknown"
        assert refusal(session, order_id, "disinfected", 1, CLEAN) == "transfer_not_finished"
        for to, minutes in (("dispatched", 2), ("on_scene", 9), ("picked_up", 20)):
            step(session, order_id, to, minutes)
        assert refusal(session, order_id, "delivered", 10) == "transfer_time_before_previous"
        step(session, order_id, "delivered", 45)
        assert facility_beds(session)[0].beds_taken == 1
        brief = transfer_brief(session, order_id)
        assert (brief.status, brief.awaiting_disinfection, brief.next_steps) == \
            ("delivered", True, ())
        assert refusal(session, order_id, "disinfected", 60, (True, False, "王")) == \
            "transfer_disinfection_incomplete"
        assert refusal(session, order_id, "disinfected", 60, (True, True, " ")) == \
            "transfer_disinfection_by"
        step(session, order_id, "disinfected", 60, disinfection=CLEAN)
        assert refusal(session, order_id, "disinfected", 70, CLEAN) == "transfer_already_disinfected"
        assert session.get(Vehicle, scene.vehicle_id).status == VehicleStatus.AVAILABLE
        assert session.query(Disinfection).count() == 1
        assert transfer_brief(session, order_id).status == T.DISINFECTED.value


def test_a_cancel_needs_its_reason_and_a_stale_order_is_a_conflict(database: Database) -> None:
    with database.sessions() as session:
        _scene, order_id = ordered(session)
        assert refusal(session, order_id, "cancelled", 5) == "transfer_reason_required"
        version = step(session, order_id, "cancelled", 5, "家属送医")
        with pytest.raises(EditConflict):
            apply_step(session, None, order_id, version - 1, "dispatched", NOW, NOW)
        assert refusal(session, order_id, "dispatched", 6) == "transfer_finished"
        with pytest.raises(RecordGone):
            transfer_brief(session, 999_999)
