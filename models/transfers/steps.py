"""One step of a transfer order and what it does to the case, the bed and the vehicle; and where
an order stands, for the view that offers the next step.

The table in models/transfers/workflow.py says whether the step is allowed; this module applies
it inside the caller's transaction, so a refusal anywhere (a full facility at delivery, a case
moved meanwhile) rolls the whole step back.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from models.cases.workflow import REASON_LIMIT, add_note, move_status
from models.editing import conflict
from models.enums import CaseStatus, TransferStatus, VehicleStatus
from models.errors import FieldDifference, RecordGone
from models.schema.cases import Case
from models.schema.fleet import Disinfection, Vehicle
from models.schema.register import Person
from models.schema.transfers import TransferOrder
from models.system_text import SystemText, encode
from models.transfers.beds import take_bed
from models.transfers.refusals import TransferRefusal
from models.transfers.rules import ON_THE_ROAD, holding_order
from models.transfers.workflow import (
    STAMPS,
    TransferRefused,
    Trip,
    advance,
    as_step,
    check_step,
    check_time,
    clean_text,
    last_stamp,
    next_steps,
)

T = TransferStatus
DISINFECTOR_LIMIT = 64   # Disinfection.by_name


def order_for_change(session: Session, transfer_id: int, expected_version: int | None,
                     step: str) -> TransferOrder:
    """The order, locked, if it is still the version the dispatcher looked at."""
    order = session.get(TransferOrder, transfer_id, with_for_update=True)
    if order is None:
        raise RecordGone("This transfer no longer exists; nothing was saved")
    if expected_version is not None and order.version != expected_version:
        raise conflict(session, TransferOrder.__tablename__, order.id, order.version,
                       [FieldDifference("status", None, step, str(order.status))])
    return order


def trip_of(order: TransferOrder, vehicle: Vehicle | None) -> Trip:
    return Trip(TransferStatus(order.status), {name: getattr(order, name) for name in STAMPS},
                order.holds_vehicle,
                VehicleStatus(vehicle.status) if vehicle else VehicleStatus.AVAILABLE)


def _case_effects(session: Session, user_id: int | None, order: TransferOrder, case: Case,
                  step: TransferStatus, at: datetime, reason: str) -> None:
    if step == T.PICKED_UP:
        move_status(session, case, CaseStatus.IN_TRANSIT, at, user_id,
                    encode(SystemText.TRANSFER_PICKED_UP, number=order.number), via_transfer=True)
    elif step == T.DELIVERED:
        take_bed(session, order.facility_id)
        move_status(session, case, CaseStatus.ADMITTED, at, user_id,
                    encode(SystemText.TRANSFER_ADMITTED, number=order.number),
                    facility_id=order.facility_id,
                    via_transfer=True)
    elif step == T.FAILED and case.status != CaseStatus.REFUSED:
        move_status(session, case, CaseStatus.REFUSED, at, user_id, reason, via_transfer=True)
    elif step == T.CANCELLED:
        add_note(session, case, at, user_id, encode(SystemText.TRANSFER_CANCELLED, REASON_LIMIT,
                                                    number=order.number, reason=reason))


def _set_vehicle(vehicle: Vehicle | None, status: VehicleStatus, at: datetime) -> None:
    if vehicle is not None and vehicle.status != status:
        vehicle.status, vehicle.status_since = status, at


def _disinfect(session: Session, user_id: int | None, order: TransferOrder,
               vehicle: Vehicle | None, at: datetime, now: datetime,
               record: tuple[bool, bool, str]) -> None:
    inside, outside, by_name = record
    if not order.holds_vehicle or order.disinfected_at is not None:
        raise TransferRefused("Nothing to disinfect: the vehicle is already free",
                              TransferRefusal.ALREADY_DISINFECTED)
    if order.status in ON_THE_ROAD:
        raise TransferRefused("The trip is still under way: disinfect after delivery",
                              TransferRefusal.NOT_FINISHED)
    if not (inside and outside):
        raise TransferRefused("A vehicle is disinfected inside and out",
                              TransferRefusal.DISINFECTION_INCOMPLETE)
    who = clean_text(by_name, True, TransferRefusal.DISINFECTION_BY)[:DISINFECTOR_LIMIT]
    check_time(at, last_stamp({name: getattr(order, name) for name in STAMPS}), now)
    if order.status == T.DELIVERED:
        check_step(order.status, T.DISINFECTED)
        order.status = T.DISINFECTED
    order.disinfected_at, order.holds_vehicle = at, False
    session.add(Disinfection(vehicle_id=order.vehicle_id, transfer_id=order.id, at=at,
                             inside=True, outside=True, by_name=who,
                             recorded_by_user_id=user_id))
    _set_vehicle(vehicle, VehicleStatus.AVAILABLE, at)


def apply_step(session: Session, user_id: int | None, transfer_id: int,
               expected_version: int | None, step: str, at: datetime, now: datetime,
               reason: str = "", disinfection: tuple[bool, bool, str] | None = None) -> int:
    """Move the order one step at `at` (or record its vehicle's `disinfection`: inside, outside,
    by whom); returns the order's new version. Delivered takes a bed and admits the case; picked
    up puts it in transit; failed (the patient refused) puts it on the persuasion road;
    cancelled returns it to the queue."""
    order = order_for_change(session, transfer_id, expected_version, step)
    vehicle = session.get(Vehicle, order.vehicle_id) if order.vehicle_id else None
    if disinfection is not None:
        _disinfect(session, user_id, order, vehicle, at, now, disinfection)
        session.flush()
        return order.version
    target = as_step(step)
    if target == T.DISINFECTED:
        raise TransferRefused("Record the disinfection: inside, outside, by whom",
                              TransferRefusal.DISINFECTION_NEEDS_RECORD)
    rule = check_step(order.status, target)
    text = clean_text(reason, rule.needs_reason)
    trip = advance(trip_of(order, vehicle), target, at, now)
    case = session.get(Case, order.case_id, with_for_update=True)
    if case is None:
        raise RecordGone("The case of this transfer no longer exists")
    _case_effects(session, user_id, order, case, target, at, text)
    for name, value in trip.stamps.items():
        if getattr(order, name) != value:
            setattr(order, name, value)
    if trip.holds_vehicle and not order.holds_vehicle and order.vehicle_id is not None:
        other = holding_order(session, order.vehicle_id)
        if other is not None:       # an order written before the lock existed (old data)
            raise TransferRefused(f"The vehicle is held by transfer {other.number}",
                                  TransferRefusal.VEHICLE_BUSY)
    order.status, order.holds_vehicle = trip.status, trip.holds_vehicle
    if target in (T.CANCELLED, T.FAILED):
        order.failure_reason = text
    _set_vehicle(vehicle, trip.vehicle, at)
    session.flush()
    return order.version


@dataclass(frozen=True)
class TransferBrief:
    """What the transfers view needs to offer a step: where the order stands and its version."""
    id: int
    number: str
    version: int
    status: str
    holds_vehicle: bool
    awaiting_disinfection: bool
    next_steps: tuple[str, ...]
    person: str
    plate: str
    last_at: datetime


def transfer_brief(session: Session, transfer_id: int) -> TransferBrief:
    order = session.get(TransferOrder, transfer_id)
    if order is None:
        raise RecordGone("This transfer no longer exists")
    case = session.get(Case, order.case_id)
    person = session.get(Person, case.person_id) if case else None
    vehicle = session.get(Vehicle, order.vehicle_id) if order.vehicle_id else None
    waiting = order.holds_vehicle and order.status not in ON_THE_ROAD
    return TransferBrief(order.id, order.number, order.version, str(order.status),
                         order.holds_vehicle, waiting,
                         tuple(s.value for s in next_steps(order.status)
                               if s != TransferStatus.DISINFECTED),
                         person.name if person else "", vehicle.plate if vehicle else "",
                         last_stamp({name: getattr(order, name) for name in STAMPS}))
