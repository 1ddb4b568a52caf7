"""What is alerting now: read by two indexed statements, whatever the size of the district.

Trips under way are found through the status index (ix_transfer_order_status_time): a status
among the four steps of a trip under way, then the step's own time against its limit. Vehicles
waiting for their disinfection are found through the partial index of the orders that hold a
vehicle (uq_transfer_order_vehicle_busy): at most one order per vehicle, so a district's
thousands of finished trips are never read. Which of them someone acknowledged is looked up by
the acknowledgement's key (uq_alert_acknowledgement_key), for those trips only.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from models.alerts.rules import (
    DISINFECTION_LIMIT,
    STEP_LIMITS,
    WAITING_STEPS,
    Alert,
    AlertKey,
    alert_for,
    limit_of,
    stamp_of,
)
from models.db.dialect import seldom
from models.enums import TransferStatus
from models.schema.alerts import AlertAcknowledgement
from models.schema.cases import Case
from models.schema.fleet import Vehicle
from models.schema.register import Person
from models.schema.transfers import TransferOrder

# More alerts than this at once and the strip is not what anyone reads: the first are enough.
MOST = 500


def _stamp(step: TransferStatus) -> Any:
    return getattr(TransferOrder, stamp_of(step))


def _overdue(steps: Iterable[TransferStatus], now: datetime) -> Any:
    return or_(*(and_(TransferOrder.status == step, _stamp(step) < now - limit_of(step))
                 for step in steps))


def _fields(statement_filter: Any) -> Select[*tuple[Any, ...]]:
    return (select(TransferOrder.id, TransferOrder.status, TransferOrder.number, Person.name,
                   Vehicle.plate, TransferOrder.vehicle_id,
                   *(_stamp(step) for step in (*STEP_LIMITS, *WAITING_STEPS)))
            .join(Case, Case.id == TransferOrder.case_id)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id)
            .where(statement_filter)
            .limit(MOST))


def under_way_statement(now: datetime, transfer_ids: Collection[int] | None = None) -> Select[*tuple[Any, ...]]:
    """Trips under way past their step's limit (through the status index)."""
    condition = and_(seldom(TransferOrder.status.in_(list(STEP_LIMITS))), _overdue(STEP_LIMITS, now))
    if transfer_ids is not None:
        condition = and_(condition, TransferOrder.id.in_(list(transfer_ids)))
    return _fields(condition)


def waiting_statement(now: datetime, transfer_ids: Collection[int] | None = None) -> Select[*tuple[Any, ...]]:
    """Vehicles waiting for their disinfection past the limit (through the orders holding one)."""
    # No status term: the status index would read every cancelled and failed trip of the
    # campaign, where the orders holding a vehicle are at most one per vehicle. A trip waiting
    # for its disinfection has exactly one of the stamps that leave a vehicle dirty.
    left_dirty = func.coalesce(*(_stamp(step) for step in WAITING_STEPS))
    condition = and_(TransferOrder.holds_vehicle == true(),
                     left_dirty < now - DISINFECTION_LIMIT)
    if transfer_ids is not None:
        condition = and_(condition, TransferOrder.id.in_(list(transfer_ids)))
    return _fields(condition)


def overdue_alerts(session: Session, now: datetime,
                   transfer_ids: Collection[int] | None = None) -> list[Alert]:
    """Every alert at `now`, acknowledged or not, most overdue first (of `transfer_ids` only,
    when given)."""
    alerts: list[Alert] = []
    stamp_names = (*STEP_LIMITS, *WAITING_STEPS)
    for statement in (under_way_statement(now, transfer_ids), waiting_statement(now, transfer_ids)):
        for ident, status, number, person, plate, vehicle_id, *stamps in session.execute(statement):
            step = TransferStatus(status)
            since = dict(zip(stamp_names, stamps))[step]
            found = alert_for(step, since, now) if since is not None else None
            if found is None:
                continue
            level, overdue = found
            alerts.append(Alert(AlertKey(ident, step, level), number, person, plate or "",
                                vehicle_id, since, limit_of(step), overdue))
    alerts.sort(key=lambda alert: (-alert.overdue, alert.key.transfer_id))
    return alerts


def acknowledged_levels(session: Session,
                        transfer_ids: Collection[int]) -> dict[tuple[int, TransferStatus], int]:
    """(trip, step) → the highest level acknowledged, for these trips."""
    if not transfer_ids:
        return {}
    levels: dict[tuple[int, TransferStatus], int] = {}
    for ident, step, level in session.execute(
            acknowledgements_statement(transfer_ids)):
        key = (ident, TransferStatus(step))
        levels[key] = max(level, levels.get(key, 0))
    return levels


def acknowledgements_statement(transfer_ids: Collection[int]) -> Select[*tuple[Any, ...]]:
    return (select(AlertAcknowledgement.transfer_id, AlertAcknowledgement.step,
                   AlertAcknowledgement.level)
            .where(AlertAcknowledgement.transfer_id.in_(sorted(transfer_ids))))


def is_acknowledged(key: AlertKey, levels: dict[tuple[int, TransferStatus], int]) -> bool:
    """Acknowledged at this level or a higher one (a workstation whose clock runs ahead may
    have seen the next level first)."""
    return levels.get((key.transfer_id, key.step), 0) >= key.level


def current_alerts(session: Session, now: datetime) -> list[Alert]:
    """What the dashboard and the wall show: the alerts nobody has acknowledged yet."""
    alerts = overdue_alerts(session, now)
    levels = acknowledged_levels(session, {alert.key.transfer_id for alert in alerts})
    return [alert for alert in alerts if not is_acknowledged(alert.key, levels)]

