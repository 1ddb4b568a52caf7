"""Choosing a destination, a quick-response team and a vehicle for a case: the choices a
dispatcher is offered and what holds a vehicle. Queries only: the checks a dispatch must pass and
its writes are models/transfers/dispatch.py.

"Nearest" is measured from the case's community (households carry no coordinates) with the
equirectangular approximation, computed in SQL so that only the chosen rows come back; over a
district's few dozen kilometres it differs from the great-circle distance by metres.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select, true, union
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.dialect import seldom
from models.enums import CaseCategory, TeamKind, TransferStatus, VehicleStatus
from models.schema.cases import Case
from models.schema.facilities import Facility, facility_accepts
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.teams import DutyShift, Responder, Team
from models.schema.transfers import TransferOrder
from models.teams.shifts import LONGEST_SHIFT, active_shift
from models.transfers.workflow import ACTIVE

KM_PER_DEGREE = 111.2
ON_THE_ROAD = frozenset({TransferStatus.ORDERED, TransferStatus.DISPATCHED, TransferStatus.ON_SCENE,
                         TransferStatus.PICKED_UP})


@dataclass(frozen=True)
class Origin:
    """Where the patient is: the case's community and its station."""
    community_id: int
    station_id: int
    latitude: float
    longitude: float


def origin_of(session: Session, case: Case) -> Origin:
    row = session.execute(select(Community.id, Community.station_id, Community.latitude,
                                 Community.longitude).where(Community.id == case.community_id)).one()
    return Origin(row[0], row[1], float(row[2]), float(row[3]))


def squared_km(origin: Origin, latitude: SqlColumn[float],
               longitude: SqlColumn[float]) -> ColumnElement[float]:
    """Squared distance in km² as an SQL expression (ordering needs no square root)."""
    scale = KM_PER_DEGREE * math.cos(math.radians(origin.latitude))
    dy = (latitude - origin.latitude) * KM_PER_DEGREE
    dx = (longitude - origin.longitude) * scale
    return dy * dy + dx * dx


def km(value: float | None) -> float | None:
    return None if value is None else math.sqrt(max(0.0, float(value)))


@dataclass(frozen=True)
class FacilityChoice:
    facility_id: int
    name: str
    kind: str
    beds_free: int
    distance_km: float


def facilities_for(session: Session, category: CaseCategory, origin: Origin,
                   limit: int = 50) -> list[FacilityChoice]:
    """Facilities that take the category and have a free bed, nearest first."""
    distance = squared_km(origin, Facility.latitude, Facility.longitude)
    rows = session.execute(
        select(Facility.id, Facility.name, Facility.kind, Facility.beds_total - Facility.beds_taken,
               distance)
        .join(facility_accepts, facility_accepts.c.facility_id == Facility.id)
        .where(facility_accepts.c.category == category, Facility.active.is_(True),
               Facility.beds_taken < Facility.beds_total)
        .order_by(distance, Facility.id).limit(limit))
    return [FacilityChoice(i, n, str(getattr(k, "value", k)), int(free), km(d) or 0.0)
            for i, n, k, free, d in rows]


@dataclass(frozen=True)
class VehicleChoice:
    team_id: int
    team: str
    station_id: int
    station: str
    vehicle_id: int
    plate: str
    crew: int           # on duty now
    distance_km: float  # from the team's station to the case's community


def vehicle_free() -> ColumnElement[bool]:
    """The vehicle is available, no order holds it (its last trip is disinfected) and none is
    on the road with it (an order written before the lock existed may not hold it). The busy
    vehicles are one uncorrelated subquery, served by the partial unique index and the status
    index, instead of a scan of every transfer per vehicle. (`holds_vehicle == true()`, not
    `IS true`: only the index's own condition lets either database use the partial index; and
    the trips on the road are few, which SQLite's statistics cannot tell: `seldom`.)"""
    busy = union(
        select(TransferOrder.vehicle_id).where(TransferOrder.holds_vehicle == true()),
        select(TransferOrder.vehicle_id).where(seldom(TransferOrder.status.in_(list(ON_THE_ROAD)))))
    rows = busy.subquery()
    busy_ids = select(rows.c.vehicle_id).where(rows.c.vehicle_id.is_not(None))
    return and_(Vehicle.status == VehicleStatus.AVAILABLE, Vehicle.id.not_in(busy_ids))


def on_the_road_with(session: Session, vehicle_id: int) -> TransferOrder | None:
    """An order under way with the vehicle, holding it or not."""
    return session.scalars(select(TransferOrder).where(
        TransferOrder.vehicle_id == vehicle_id,
        TransferOrder.status.in_(list(ON_THE_ROAD)))).first()


def vehicles_for(session: Session, origin: Origin, at: datetime,
                 limit: int = 50) -> list[VehicleChoice]:
    """Free vehicles of quick-response teams with a crew on duty now: the case's own station
    first, then the nearest stations; within a station the vehicle idle longest first."""
    crew = (select(DutyShift.team_id, func.count().label("crew"))
            .where(active_shift(at), DutyShift.starts_at > at - LONGEST_SHIFT)
            .group_by(DutyShift.team_id).subquery())
    distance = squared_km(origin, PoliceStation.latitude, PoliceStation.longitude)
    own = (PoliceStation.id == origin.station_id)
    rows = session.execute(
        select(Team.id, Team.name, PoliceStation.id, PoliceStation.name, Vehicle.id,
               Vehicle.plate, crew.c.crew, distance)
        .join(Vehicle, Vehicle.team_id == Team.id)
        .join(PoliceStation, PoliceStation.id == Team.station_id)
        .join(crew, crew.c.team_id == Team.id)
        .where(Team.kind == TeamKind.QUICK_RESPONSE, Team.active.is_(True),
               Vehicle.active.is_(True), vehicle_free())
        .order_by(own.desc(), distance, Vehicle.status_since, Vehicle.id).limit(limit))
    return [VehicleChoice(t, tn, s, sn, v, p, int(c), km(d) or 0.0)
            for t, tn, s, sn, v, p, c, d in rows]


def crew_on_duty(session: Session, team_id: int, at: datetime) -> list[tuple[int, str]]:
    """The team's members on shift at `at` (not stood down): they ride and draw a suit each."""
    return [(int(r), str(n)) for r, n in session.execute(
        select(Responder.id, Responder.name).join(DutyShift, DutyShift.responder_id == Responder.id)
        .where(DutyShift.team_id == team_id, active_shift(at),
               DutyShift.starts_at > at - LONGEST_SHIFT).order_by(Responder.name, Responder.id)
        .distinct())]


def holding_order(session: Session, vehicle_id: int) -> TransferOrder | None:
    """The order that still holds the vehicle (a trip under way or not yet disinfected)."""
    return session.scalars(select(TransferOrder).where(
        TransferOrder.vehicle_id == vehicle_id, TransferOrder.holds_vehicle == true())).first()


def active_order_of(session: Session, case_id: int) -> str | None:
    """The number of the case's transfer under way, if any: one trip at a time per case."""
    return session.scalar(select(TransferOrder.number).where(
        TransferOrder.case_id == case_id, TransferOrder.status.in_(list(ACTIVE))).limit(1))


def next_number(session: Session, at: datetime) -> str:
    """ZY + date + the day's running number, as on the printed sheets."""
    prefix = f"ZY{at:%Y%m%d}"
    last = session.scalar(select(func.max(TransferOrder.number))
                          .where(TransferOrder.number.like(f"{prefix}%")))
    sequence = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{sequence:04d}"
