"""Ordering a transfer: every precondition a dispatch must pass and every write it makes, in the
caller's one transaction.

A refusal (TransferRefused, EditConflict) leaves nothing written — no order, no crew, no suit
drawn, no case event: the caller rolls the transaction back. The vehicle lock is the partial
unique index `uq_transfer_order_vehicle_busy`: when two dispatchers send the same vehicle at
once, the second INSERT waits for the first and fails there, and becomes a sentence. One order
carries one case, so suspected and confirmed patients never share a trip (the vehicle holds one
order until disinfected).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.cases.changes import case_for_change
from models.cases.workflow import REASON_LIMIT, add_note
from models.enums import CaseCategory, CaseStatus, SupplyItem, TeamKind, TransferStatus, VehicleStatus
from models.errors import DatabaseRefusal
from models.schema.facilities import Facility, facility_accepts
from models.schema.fleet import Vehicle
from models.schema.register import Household, Person
from models.schema.supplies import SupplyStock
from models.schema.teams import Team
from models.schema.transfers import TransferOrder, transfer_crew
from models.system_text import SystemText, encode
from models.teams.crews import crews_on_duty
from models.teams.supplies import SupplyRefused, move_stock
from models.transfers.proposal import proposal_for
from models.transfers.refusals import TransferRefusal
from models.transfers.rules import ON_THE_ROAD, active_order_of, crew_on_duty, holding_order, next_number, on_the_road_with
from models.transfers.workflow import CLOCK_TOLERANCE, TransferRefused, clean_text

SUPPLY_REASON_LIMIT = 200   # SupplyMovement.reason
ADDRESS_LIMIT = 200         # TransferOrder.origin_address


class NumberTaken(TransferRefused):
    """Two dispatches at once drew the same sheet number: the caller tries again in a fresh
    transaction (this one is rolled back)."""


def check_facility(session: Session, facility_id: int, category: CaseCategory) -> Facility:
    """The facility, if it takes the category and has a free bed."""
    facility = session.get(Facility, facility_id)
    if facility is None:
        raise TransferRefused("No such facility", DatabaseRefusal.GONE)
    if not facility.active:
        raise TransferRefused(f"{facility.name} is retired", TransferRefusal.FACILITY_RETIRED,
                              facility=facility.name)
    accepts = session.scalar(select(func.count()).select_from(facility_accepts).where(
        facility_accepts.c.facility_id == facility_id, facility_accepts.c.category == category))
    if not accepts:
        raise TransferRefused(f"{facility.name} does not take {category.value} cases",
                              TransferRefusal.FACILITY_REFUSES_CATEGORY, facility=facility.name)
    if facility.beds_taken >= facility.beds_total:
        raise TransferRefused(f"{facility.name} has no free bed", TransferRefusal.FACILITY_FULL,
                              facility=facility.name)
    return facility


def check_vehicle(session: Session, vehicle_id: int, team_id: int) -> Vehicle:
    """The vehicle, if it belongs to the team and is free and disinfected."""
    vehicle = session.get(Vehicle, vehicle_id)
    team = session.get(Team, team_id)
    if vehicle is None or team is None:
        raise TransferRefused("No such vehicle or team", DatabaseRefusal.GONE)
    if not vehicle.active:
        raise TransferRefused(f"{vehicle.plate} is retired", TransferRefusal.VEHICLE_RETIRED,
                              vehicle=vehicle.plate)
    if team.kind != TeamKind.QUICK_RESPONSE or not team.active:
        raise TransferRefused(f"{team.name} is not an active quick-response team",
                              TransferRefusal.NOT_QUICK_RESPONSE)
    if vehicle.team_id != team.id:
        raise TransferRefused(f"{vehicle.plate} is not a vehicle of {team.name}",
                              TransferRefusal.VEHICLE_OTHER_TEAM, vehicle=vehicle.plate)
    held = holding_order(session, vehicle.id)
    if held is not None:
        if held.status in ON_THE_ROAD:
            raise TransferRefused(f"{vehicle.plate} is on transfer {held.number}",
                                  TransferRefusal.VEHICLE_BUSY, vehicle=vehicle.plate)
        raise TransferRefused(f"{vehicle.plate} is not disinfected since transfer {held.number}",
                              TransferRefusal.VEHICLE_NOT_DISINFECTED, vehicle=vehicle.plate)
    under_way = on_the_road_with(session, vehicle.id)
    if under_way is not None:
        raise TransferRefused(f"{vehicle.plate} is on transfer {under_way.number}",
                              TransferRefusal.VEHICLE_BUSY, vehicle=vehicle.plate)
    if vehicle.status != VehicleStatus.AVAILABLE:
        raise TransferRefused(f"{vehicle.plate} is {vehicle.status}",
                              TransferRefusal.VEHICLE_UNAVAILABLE, vehicle=vehicle.plate)
    return vehicle


def _origin_address(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    household = session.get(Household, person.household_id) if person else None
    return (household.address if household else "")[:ADDRESS_LIMIT]


def _draw_suits(session: Session, station_id: int, crew: int, at: datetime, user_id: int | None,
                order: TransferOrder) -> None:
    stock = session.scalar(select(SupplyStock.id).where(
        SupplyStock.station_id == station_id, SupplyStock.item == SupplyItem.PROTECTIVE_SUIT))
    if stock is None:
        raise TransferRefused("The station has no protective suits", TransferRefusal.OUT_OF_SUITS)
    try:
        move_stock(session, stock, -crew,
                   encode(SystemText.SUIT_DRAWN, SUPPLY_REASON_LIMIT, number=order.number), at,
                   user_id, transfer_id=order.id)
    except SupplyRefused as refused:
        raise TransferRefused(f"Not enough protective suits for a crew of {crew}: {refused}",
                              TransferRefusal.OUT_OF_SUITS) from refused


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
                                  f"(transfer {held.number})",
                                  TransferRefusal.VEHICLE_TAKEN) from exc
        raise NumberTaken("Another dispatcher has just taken this sheet number",
                          TransferRefusal.NUMBER_TAKEN) from exc


def order_transfer(session: Session, *, case_id: int, facility_id: int, team_id: int,
                   vehicle_id: int, dispatcher_id: int | None, at: datetime, now: datetime,
                   override_reason: str = "", expected_version: int | None = None) -> int:
    """Order a transfer of `case_id` with this team and vehicle to this facility at `at`;
    returns the order's id. Refused with a reason unless: `at` is not in the future; the case
    (still at `expected_version`) awaits transfer and has no trip under way; the facility takes
    its category and has a free bed; the vehicle is its team's, free and disinfected; a crew is
    on duty; the station has a suit for each of them; and a departure from Canvass's proposal,
    or a crew on duty that lacks its leader or a minimum role, says why (the reason is stored
    with the order). NumberTaken (the session rolled back) means: try again in a new transaction."""
    if at > now + CLOCK_TOLERANCE:
        raise TransferRefused(f"{at:%Y-%m-%d %H:%M} is in the future", TransferRefusal.FUTURE_TIME)
    reason = clean_text(override_reason, False)
    case = case_for_change(session, case_id, expected_version, {"status": "in_transit"})
    if case.status != CaseStatus.AWAITING_TRANSFER:
        raise TransferRefused(f"The case is {case.status}, not awaiting transfer",
                              TransferRefusal.CASE_NOT_AWAITING)
    under_way = active_order_of(session, case.id)
    if under_way is not None:
        raise TransferRefused(f"The case is already on transfer {under_way}",
                              TransferRefusal.CASE_HAS_ORDER)
    facility = check_facility(session, facility_id, CaseCategory(case.category))
    vehicle = check_vehicle(session, vehicle_id, team_id)
    crew = crew_on_duty(session, team_id, at)
    if not crew:
        raise TransferRefused("Nobody of the team is on duty now", TransferRefusal.NO_CREW)
    if proposal_for(session, case, at).departs(facility_id, team_id, vehicle_id) and not reason:
        raise TransferRefused("Say why you depart from the proposed facility or vehicle",
                              TransferRefusal.OVERRIDE_REASON)
    on_shift = crews_on_duty(session, [team_id], at)[team_id]
    if not on_shift.complete and not reason:
        lacks = ", ".join(shortfall.message for shortfall in on_shift.shortfalls)
        raise TransferRefused(f"The crew on duty is incomplete ({lacks}): say why it goes out",
                              TransferRefusal.CREW_INCOMPLETE)
    order = TransferOrder(
        number=next_number(session, at), case_id=case.id, team_id=team_id,
        vehicle_id=vehicle.id, facility_id=facility.id, dispatcher_user_id=dispatcher_id,
        origin_address=_origin_address(session, case.person_id),
        status=TransferStatus.ORDERED, override_reason=reason, failure_reason="",
        ordered_at=at, holds_vehicle=True)
    _insert_order(session, order)
    session.execute(insert(transfer_crew), [{"transfer_id": order.id, "responder_id": r}
                                            for r, _ in crew])
    _draw_suits(session, vehicle.station_id, len(crew), at, dispatcher_id, order)
    vehicle.status, vehicle.status_since = VehicleStatus.DISPATCHED, at
    add_note(session, case, max(at, case.status_since), dispatcher_id,
             encode(SystemText.TRANSFER_ORDERED, REASON_LIMIT, number=order.number,
                    facility=facility.name, plate=vehicle.plate))
    session.flush()
    return order.id
