"""Transfer use cases: dispatch a case in one action, move the order step by step, record the
vehicle's disinfection.

Each is one transaction: a refusal (TransferRefused, EditConflict) leaves nothing written — no
order, no crew, no suit drawn, no bed, no case event. The vehicle lock is the partial unique
index `uq_transfer_order_vehicle_busy`: when two dispatchers send the same vehicle at once, the
second INSERT fails there and becomes a sentence. One order carries one case, so suspected and
confirmed patients never share a trip (the vehicle holds one order until disinfected).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from controllers.cases.workflow import case_for_change
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.editing import RecordGone
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.transfers.steps import apply_step
from controllers.transfers.suggestion import now, proposal_for
from models.accounts.permissions import Permission
from models.cases.workflow import REASON_LIMIT, add_note
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, SupplyItem, TransferStatus, VehicleStatus
from models.schema.cases import Case
from models.schema.fleet import Vehicle
from models.schema.register import Household, Person
from models.schema.supplies import SupplyStock
from models.schema.transfers import TransferOrder, transfer_crew
from models.system_text import SystemText, encode
from models.teams.supplies import SupplyRefused, move_stock
from models.transfers.rules import (
    ON_THE_ROAD,
    active_order_of,
    check_facility,
    check_vehicle,
    crew_on_duty,
    holding_order,
    next_number,
)
from models.transfers.workflow import CLOCK_TOLERANCE, STAMPS, TransferRefused, clean_text, last_stamp, next_steps

SUPPLY_REASON_LIMIT = 200   # SupplyMovement.reason


def _origin_address(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    household = session.get(Household, person.household_id) if person else None
    return (household.address if household else "")[:200]


def _draw_suits(session: Session, station_id: int, crew: int, at: datetime, user_id: int | None,
                order: TransferOrder) -> None:
    stock = session.scalar(select(SupplyStock.id).where(
        SupplyStock.station_id == station_id, SupplyStock.item == SupplyItem.PROTECTIVE_SUIT))
    if stock is None:
        raise TransferRefused("The station has no protective suits", "transfer_out_of_suits")
    try:
        move_stock(session, stock, -crew, encode(SystemText.SUIT_DRAWN, SUPPLY_REASON_LIMIT, number=order.number), at, user_id,
                   transfer_id=order.id)
    except SupplyRefused as refused:
        raise TransferRefused(f"Not enough protective suits for a crew of {crew}: {refused}",
                              "transfer_out_of_suits") from refused


class NumberTaken(TransferRefused):
    """Two dispatches at once drew the same sheet number: the later one is tried again."""


NUMBER_ATTEMPTS = 3


def _insert_order(session: Session, order: TransferOrder) -> None:
    """INSERT; the vehicle index refuses a second trip, however it raced. No savepoint (SQLite's
    driver would commit a savepoint opened before the transaction's first write): the whole
    transaction is rolled back, then a fresh read says who holds the vehicle."""
    try:
        session.add(order)
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        held = holding_order(session, order.vehicle_id) if order.vehicle_id else None
        if held is not None:
            raise TransferRefused(f"Another dispatcher has just sent this vehicle "
                                  f"(transfer {held.number})", "transfer_vehicle_taken") from exc
        raise NumberTaken("Another dispatcher has just taken this sheet number",
                          "transfer_number_taken") from exc


@action(Permission.DISPATCH_TRANSFERS)
def dispatch(database: Database, user: SignedInUser, case_id: int, facility_id: int,
             team_id: int, vehicle_id: int, override_reason: str = "",
             at: datetime | None = None, expected_version: int | None = None) -> int:
    """Order a transfer of `case_id` with this team and vehicle to this facility; returns the
    order's id. Refused with a reason, nothing written, unless: the case awaits transfer and has
    no trip under way; the facility takes its category and has a free bed; the vehicle is its
    team's, free and disinfected; a crew is on duty; the station has a suit for each of them;
    and a departure from Canvass's proposal says why."""
    for attempt in range(NUMBER_ATTEMPTS):
        try:
            return _dispatch_once(database, user, case_id, facility_id, team_id, vehicle_id,
                                  override_reason, at, expected_version)
        except NumberTaken:
            if attempt == NUMBER_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _dispatch_once(database: Database, user: SignedInUser, case_id: int, facility_id: int,
                   team_id: int, vehicle_id: int, override_reason: str, at: datetime | None,
                   expected_version: int | None) -> int:
    when = at or now()
    if when > now() + CLOCK_TOLERANCE:
        raise TransferRefused(f"{when:%Y-%m-%d %H:%M} is in the future", "transfer_future_time")
    reason = clean_text(override_reason, False)
    with user_session(database, user) as session:
        case = case_for_change(session, case_id, expected_version, {"status": "in_transit"})
        if case.status != CaseStatus.AWAITING_TRANSFER:
            raise TransferRefused(f"The case is {case.status}, not awaiting transfer",
                                  "transfer_case_not_awaiting")
        under_way = active_order_of(session, case.id)
        if under_way is not None:
            raise TransferRefused(f"The case is already on transfer {under_way}",
                                  "transfer_case_has_order")
        category = CaseCategory(case.category)
        facility = check_facility(session, facility_id, category)
        vehicle = check_vehicle(session, vehicle_id, team_id)
        crew = crew_on_duty(session, team_id, when)
        if not crew:
            raise TransferRefused("Nobody of the team is on duty now", "transfer_no_crew")
        if proposal_for(session, case, when).departs(facility_id, team_id, vehicle_id) \
                and not reason:
            raise TransferRefused("Say why you depart from the proposed facility or vehicle",
                                  "transfer_override_reason")
        order = TransferOrder(
            number=next_number(session, when), case_id=case.id, team_id=team_id,
            vehicle_id=vehicle.id, facility_id=facility.id, dispatcher_user_id=user.id,
            origin_address=_origin_address(session, case.person_id),
            status=TransferStatus.ORDERED, override_reason=reason, failure_reason="",
            ordered_at=when, holds_vehicle=True)
        _insert_order(session, order)
        session.execute(insert(transfer_crew), [{"transfer_id": order.id, "responder_id": r}
                                                for r, _ in crew])
        _draw_suits(session, vehicle.station_id, len(crew), when, user.id, order)
        vehicle.status, vehicle.status_since = VehicleStatus.DISPATCHED, when
        add_note(session, case, max(when, case.status_since), user.id,
                 encode(SystemText.TRANSFER_ORDERED, REASON_LIMIT, number=order.number,
                        facility=facility.name, plate=vehicle.plate))
        session.flush()
        return order.id


@action(Permission.DISPATCH_TRANSFERS)
def advance_transfer(database: Database, user: SignedInUser, transfer_id: int,
                     expected_version: int, step: str, at: datetime | None = None,
                     reason: str = "") -> int:
    """Move the order one step (see models/transfers/workflow.py); returns its new version.
    Delivered takes a bed and admits the case; picked up puts it in transit; failed (the
    patient refused) puts it on the persuasion road; cancelled returns it to the queue."""
    with user_session(database, user) as session:
        order = apply_step(session, user, transfer_id, expected_version, step, at or now(),
                           reason)
        return order.version


@action(Permission.DISPATCH_TRANSFERS)
def record_disinfection(database: Database, user: SignedInUser, transfer_id: int, inside: bool,
                        outside: bool, by_name: str, at: datetime | None = None,
                        expected_version: int | None = None) -> int:
    """The vehicle was disinfected inside and out after this trip: it may be dispatched again."""
    with user_session(database, user) as session:
        order = apply_step(session, user, transfer_id, expected_version, "disinfected",
                           at or now(), "", disinfection=(inside, outside, by_name))
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


@action(Permission.VIEW)
def load_transfer(database: Database, user: SignedInUser, transfer_id: int) -> TransferBrief:
    with read_session(database) as session:
        order = session.get(TransferOrder, transfer_id)
        if order is None:
            raise RecordGone("This transfer no longer exists", "gone")
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
