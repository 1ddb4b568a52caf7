"""One transfer order read whole, for its own window: the case it carries, where from and to,
the team, vehicle and crew, its timeline (models/transfers/order_timeline.py), the suits drawn
for it, the incidents logged against it and its audit history (models/transfers/order_history.py).

A handful of queries, one order. Resident ID and phones come as registered: the controller masks
them as the reader's role requires.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, exists, or_, select
from sqlalchemy.orm import Session, aliased

from models.errors import RecordGone
from models.schema import (
    AuditEntry,
    Case,
    Community,
    Disinfection,
    DutyShift,
    Facility,
    Incident,
    Person,
    PoliceStation,
    Responder,
    SupplyMovement,
    SupplyStock,
    Team,
    TeamMember,
    TransferOrder,
    User,
    Vehicle,
    transfer_crew,
)
from models.transfers.order_history import HistoryLine, order_history, who_column
from models.transfers.order_timeline import Awaited, TimelineStep, awaited, recorders, timeline
from models.transfers.sheet import age_on
from models.transfers.workflow import STAMPS, last_stamp

__all__ = ["Awaited", "CrewSeat", "HistoryLine", "IncidentNote", "OrderRecord", "SupplyUse",
           "TimelineStep", "order_record"]


@dataclass(frozen=True)
class CrewSeat:
    name: str
    role: str       # a ResponderRole value
    leader: bool    # the team's leader
    phone: str      # as registered


@dataclass(frozen=True)
class SupplyUse:
    item: str       # a SupplyItem value
    quantity: int   # drawn for the trip (negative: given back)
    at: datetime
    station: str


@dataclass(frozen=True)
class IncidentNote:
    id: int
    kind: str       # an IncidentKind value
    occurred_at: datetime
    description: str
    handled_by: str
    closed_at: datetime | None
    resolution: str


@dataclass(frozen=True)
class OrderRecord:
    id: int
    number: str
    version: int
    status: str
    holds_vehicle: bool
    case_id: int
    person: str
    sex: str                # "M", "F" or ""
    age: int | None
    resident_id: str        # as registered: masked by the controller
    phone: str              # likewise
    category: str
    case_status: str
    community: str
    station: str
    origin: str
    facility: str
    facility_kind: str
    team: str
    vehicle: str
    dispatcher: str
    override_reason: str
    failure_reason: str
    timeline: tuple[TimelineStep, ...]
    awaited: Awaited | None
    crew: tuple[CrewSeat, ...]
    supplies: tuple[SupplyUse, ...]
    incidents: tuple[IncidentNote, ...]
    history: tuple[HistoryLine, ...]

    @property
    def response_minutes(self) -> int | None:
        """On scene − dispatched, whole minutes: the article's measure of a quick response."""
        at = {step.step: step.at for step in self.timeline}
        if "dispatched" not in at or "on_scene" not in at:
            return None
        return int((at["on_scene"] - at["dispatched"]).total_seconds() // 60)


def _value(raw: object) -> str:
    return str(getattr(raw, "value", raw) or "")


def _crew(session: Session, order: TransferOrder) -> tuple[CrewSeat, ...]:
    """The crew that rode, the one who led it first: the team's leader, or the member whose
    shift at the order's time led the crew (带队, models/teams/crews.py)."""
    team_leader = exists().where(TeamMember.responder_id == Responder.id,
                                 TeamMember.team_id == order.team_id,
                                 TeamMember.is_leader.is_(True))
    shift_leader = exists().where(DutyShift.responder_id == Responder.id,
                                  DutyShift.team_id == order.team_id, DutyShift.leads.is_(True),
                                  DutyShift.starts_at <= order.ordered_at,
                                  DutyShift.ends_at > order.ordered_at)
    leader = case((or_(team_leader, shift_leader), 1), else_=0)
    rows = session.execute(
        select(Responder.name, Responder.role, leader, Responder.phone)
        .join(transfer_crew, transfer_crew.c.responder_id == Responder.id)
        .where(transfer_crew.c.transfer_id == order.id)
        .order_by(leader.desc(), Responder.name, Responder.id))
    return tuple(CrewSeat(name, _value(role), bool(lead), phone or "")
                 for name, role, lead, phone in rows)


def _supplies(session: Session, transfer_id: int) -> tuple[SupplyUse, ...]:
    rows = session.execute(
        select(SupplyStock.item, SupplyMovement.delta, SupplyMovement.at, PoliceStation.name)
        .join(SupplyStock, SupplyStock.id == SupplyMovement.stock_id)
        .join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
        .where(SupplyMovement.transfer_id == transfer_id)
        .order_by(SupplyMovement.at, SupplyMovement.id))
    return tuple(SupplyUse(_value(item), -int(delta), at, station)
                 for item, delta, at, station in rows)


def _incidents(session: Session, transfer_id: int) -> tuple[IncidentNote, ...]:
    rows = session.scalars(select(Incident).where(Incident.transfer_id == transfer_id)
                           .order_by(Incident.occurred_at, Incident.id))
    return tuple(IncidentNote(i.id, _value(i.kind), i.occurred_at, i.description or "",
                              i.handled_by or "", i.closed_at, i.resolution or "") for i in rows)


def _steps(session: Session, order: TransferOrder) -> tuple[TimelineStep, ...]:
    entries = session.execute(
        select(who_column(), AuditEntry.changes)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.table_name == TransferOrder.__tablename__,
               AuditEntry.row_id == order.id)
        .order_by(AuditEntry.id))
    by = recorders((str(who), str(written)) for who, written in entries)
    cleaned = session.execute(select(Disinfection.by_name, who_column())
                              .outerjoin(User, User.id == Disinfection.recorded_by_user_id)
                              .outerjoin(AuditEntry, and_(
                                  AuditEntry.table_name == Disinfection.__tablename__,
                                  AuditEntry.row_id == Disinfection.id))
                              .where(Disinfection.transfer_id == order.id)).first()
    notes = {"ordered": order.override_reason or "", "cancelled": order.failure_reason or "",
             "failed": order.failure_reason or ""}
    if cleaned is not None:
        notes["disinfected"] = cleaned[0] or ""
        if cleaned[1] and "disinfected" not in by:
            by["disinfected"] = str(cleaned[1])
    if "ordered" not in by and order.dispatcher_user_id is not None:
        dispatcher = session.get(User, order.dispatcher_user_id)
        if dispatcher is not None:
            by["ordered"] = dispatcher.display_name or dispatcher.username
    stamps = {name.removesuffix("_at"): getattr(order, name) for name in STAMPS}
    return timeline(stamps, by, notes)


def order_record(session: Session, transfer_id: int) -> OrderRecord:
    """The order `transfer_id` with everything its window shows; RecordGone when it is not
    there (deleted at another workstation)."""
    order = session.get(TransferOrder, transfer_id)
    if order is None:
        raise RecordGone("This transfer no longer exists")
    dispatcher = aliased(User)
    row = session.execute(
        select(Person.name, Person.sex, Person.birth_date, Person.resident_id, Person.phone,
               Case.category, Case.status, Community.name, PoliceStation.name, Facility.name,
               Facility.kind, Team.name, Vehicle.plate,
               dispatcher.display_name, dispatcher.username)
        .select_from(Case)
        .join(Person, Person.id == Case.person_id)
        .join(Community, Community.id == Case.community_id)
        .join(PoliceStation, PoliceStation.id == Community.station_id)
        .join(Facility, Facility.id == order.facility_id)
        .outerjoin(Team, Team.id == order.team_id)
        .outerjoin(Vehicle, Vehicle.id == order.vehicle_id)
        .outerjoin(dispatcher, dispatcher.id == order.dispatcher_user_id)
        .where(Case.id == order.case_id)).one()
    (person, sex, birth, resident_id, phone, category, case_status, community, station,
     facility, facility_kind, team, plate, dispatcher_name, dispatcher_login) = row
    steps = _steps(session, order)
    return OrderRecord(
        id=order.id, number=order.number, version=order.version, status=_value(order.status),
        holds_vehicle=bool(order.holds_vehicle), case_id=order.case_id, person=person,
        sex=_value(sex), age=age_on(birth, order.ordered_at.date()),
        resident_id=resident_id or "", phone=phone or "", category=_value(category),
        case_status=_value(case_status), community=community or "", station=station or "",
        origin=order.origin_address or "", facility=facility or "",
        facility_kind=_value(facility_kind), team=team or "", vehicle=plate or "",
        dispatcher=dispatcher_name or dispatcher_login or "",
        override_reason=order.override_reason or "", failure_reason=order.failure_reason or "",
        timeline=steps,
        awaited=awaited(_value(order.status), bool(order.holds_vehicle),
                        last_stamp({name: getattr(order, name) for name in STAMPS})),
        crew=_crew(session, order), supplies=_supplies(session, order.id),
        incidents=_incidents(session, order.id), history=order_history(session, order.id))
