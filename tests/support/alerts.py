"""Trips that alert: ordered through the real workflow at NOW (the model and controller tests
ask the alert query at a chosen moment), or written as they stand a while ago against the
workstation's own clock (the GUI tests, whose strip asks at the real now)."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.db.database import Database
from models.db.statistics import analyse
from models.enums import AlertKind, CaseCategory, CaseStatus, TransferStatus
from models.schema import AlertAcknowledgement, Case, Person, TransferOrder
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


TRIPS = 5_000


def load_delivered_trips(database: Database) -> None:
    """A campaign's worth (TRIPS) of delivered trips, each of its own person's case, each acknowledged once; ANALYZE."""
    with database.sessions.begin() as session:
        place = make_place(session)
        first = make_transfer(session, place, make_case(session, place, make_person(session, place)),
                              number="ZY202002010000")
        session.execute(insert(Person), [
            {"household_id": place.household_id, "community_id": place.community_id,
             "name": f"居民{n}", "name_pinyin": f"ju min {n}", "resident_id": f"42010219{n:010d}",
             "resident_id_reversed": f"42010219{n:010d}"[::-1], "phone": ""} for n in range(TRIPS)])
        people = list(session.scalars(select(Person.id).where(Person.name.like("居民%"))))
        session.execute(insert(Case), [
            {"person_id": ident, "community_id": place.community_id,
             "category": CaseCategory.CONFIRMED, "status": CaseStatus.ADMITTED,
             "opened_at": NOW, "status_since": NOW, "category_since": NOW, "is_open": True}
            for ident in people])
        cases = list(session.scalars(select(Case.id).where(Case.person_id.in_(people))))
        session.execute(insert(TransferOrder), [
            {"number": f"ZY2020020{n:05d}", "case_id": ident, "team_id": first.team_id,
             "vehicle_id": first.vehicle_id, "facility_id": first.facility_id,
             "status": TransferStatus.DELIVERED, "origin_address": "永清街1号",
             "ordered_at": NOW - timedelta(minutes=n + 60),
             "dispatched_at": NOW - timedelta(minutes=n + 58),
             "on_scene_at": NOW - timedelta(minutes=n + 51),
             "picked_up_at": NOW - timedelta(minutes=n + 40),
             "delivered_at": NOW - timedelta(minutes=n + 15),
             "disinfected_at": NOW - timedelta(minutes=n), "holds_vehicle": False}
            for n, ident in enumerate(cases)])
        trips = list(session.scalars(select(TransferOrder.id)))
        session.execute(insert(AlertAcknowledgement), [
            {"kind": AlertKind.STEP_OVERDUE, "transfer_id": ident, "step": TransferStatus.ORDERED,
             "level": 1, "minutes_overdue": 12, "acknowledged_at": NOW, "username": "clerk"}
            for ident in trips])
    assert analyse(database)
