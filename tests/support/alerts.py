"""Trips that alert: ordered through the real workflow at NOW (the model and controller tests
ask the alert query at a chosen moment), or written as they stand a while ago against the
workstation's own clock (the GUI tests, whose strip asks at the real now)."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.db.database import Database
from models.schema import TransferOrder
from models.transfers.dispatch import order_transfer
from models.transfers.steps import apply_step
from tests.support.factories import NOW, make_case, make_dispatch_scene, make_person, make_place, make_transfer

CLEAN = (True, True, "王师傅")


def ordered_trip(session: Session, suffix: str = "1") -> tuple[int, int]:
    """A trip ordered at NOW by the real workflow: (its id, its vehicle's id)."""
    scene = make_dispatch_scene(session, suffix)
    order = order_transfer(session, case_id=scene.case_id, facility_id=scene.facility_id,
                           team_id=scene.team_id, vehicle_id=scene.vehicle_id,
                           dispatcher_id=None, at=NOW, now=NOW,
                           override_reason="" if suffix == "1" else "本站车辆")
    return order, scene.vehicle_id


def take_step(session: Session, order_id: int, to: str, minutes: int, reason: str = "",
              disinfection: tuple[bool, bool, str] | None = None) -> None:
    """The step `to`, `minutes` after NOW."""
    at = NOW + timedelta(minutes=minutes)
    apply_step(session, None, order_id, None, to, at, at, reason, disinfection)


def at(minutes: float) -> datetime:
    return NOW + timedelta(minutes=minutes)


def trip_standing(database: Database, minutes_ago: int, *, status: str = "ordered",
                  number: str = "ZY202002200001", name: str = "张伟",
                  suffix: str = "1") -> int:
    """A trip written as it stands: ordered `minutes_ago` before the real now and still at
    `status` (a delivered one delivered 45 minutes after its order), holding its vehicle."""
    with database.sessions.begin() as session:
        place = make_place(session, suffix)
        case = make_case(session, place, make_person(session, place, name=name))
        ordered_at = datetime.now().replace(microsecond=0) - timedelta(minutes=minutes_ago)
        transfer: TransferOrder = make_transfer(session, place, case, number=number,
                                                ordered_at=ordered_at, status=status)
        transfer.holds_vehicle = True
        steps = ("ordered", "dispatched", "on_scene", "picked_up", "delivered")
        for later in steps[steps.index(status) + 1:]:
            setattr(transfer, f"{later}_at", None)
        return transfer.id
