"""One order's audit history, as its window shows it: the changes to the order, its vehicle's
disinfection, the suits drawn for it and the incidents logged against it, oldest first.

The trail stores ids (team_id 3); a person reads names, so every id this history can hold is
named here, in a handful of queries whatever the number of entries. Values stay stored values
otherwise (a status as "on_scene"): the screen words them in the reader's language.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.schema import (
    AuditEntry,
    Case,
    Community,
    Disinfection,
    Facility,
    Incident,
    Person,
    PoliceStation,
    SupplyMovement,
    SupplyStock,
    Team,
    TransferOrder,
    User,
    Vehicle,
)

HISTORY_LIMIT = 200
# Columns whose change says nothing to the reader of an order's record.
UNSHOWN = frozenset({"id"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any        # a stored value, or the name of what an id pointed to; None when created
    new: Any


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    who: str
    action: str     # insert / update / delete
    table: str      # transfer_order, disinfection, supply_movement, incident
    changes: tuple[FieldChange, ...]


def who_column() -> Any:
    """The user's name as people know them, else the name the trail recorded."""
    return func.coalesce(func.nullif(User.display_name, ""), AuditEntry.username)


def _records(session: Session, transfer_id: int) -> list[tuple[str, list[int]]]:
    """(table, ids) of every record that belongs to the order."""
    def ids(column: Any, where: Any) -> list[int]:
        return [int(i) for i in session.scalars(select(column).where(where))]

    return [("transfer_order", [transfer_id]),
            ("disinfection", ids(Disinfection.id, Disinfection.transfer_id == transfer_id)),
            ("supply_movement", ids(SupplyMovement.id, SupplyMovement.transfer_id == transfer_id)),
            ("incident", ids(Incident.id, Incident.transfer_id == transfer_id))]


def _names(session: Session, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """The name behind each id the entries hold, by field."""
    lookups: dict[str, Any] = {
        "case_id": select(Case.id, Person.name).join(Person, Person.id == Case.person_id),
        "team_id": select(Team.id, Team.name),
        "vehicle_id": select(Vehicle.id, Vehicle.plate),
        "facility_id": select(Facility.id, Facility.name),
        "transfer_id": select(TransferOrder.id, TransferOrder.number),
        "station_id": select(PoliceStation.id, PoliceStation.name),
        "community_id": select(Community.id, Community.name),
        "stock_id": select(SupplyStock.id, SupplyStock.item),
        "user": select(User.id, func.coalesce(func.nullif(User.display_name, ""),
                                              User.username)),
    }
    found: dict[tuple[str, int], str] = {}
    for field, ids in wanted.items():
        if not ids:
            continue
        query = lookups[field]
        key = query.selected_columns[0]
        for ident, name in session.execute(query.where(key.in_(sorted(ids)))):
            found[(field, int(ident))] = str(getattr(name, "value", name))
    return found


def _lookup_field(field: str) -> str | None:
    if field in ("dispatcher_user_id", "recorded_by_user_id", "user_id"):
        return "user"
    if field in ("case_id", "team_id", "vehicle_id", "facility_id", "transfer_id", "station_id",
                 "community_id", "stock_id"):
        return field
    return None


def _pairs(action: str, changes: dict[str, Any]) -> Iterable[tuple[str, Any, Any]]:
    for field, value in sorted(changes.items()):
        if field in UNSHOWN:
            continue
        if action == "update" and isinstance(value, list) and len(value) == 2:
            yield field, value[0], value[1]
        elif action == "delete" and isinstance(value, list) and len(value) == 2:
            yield field, value[0], None
        elif value is not None and value != "":
            yield field, None, value


def order_history(session: Session, transfer_id: int,
                  limit: int = HISTORY_LIMIT) -> tuple[HistoryLine, ...]:
    """Every audit entry of the order and what belongs to it, oldest first (at most `limit`,
    the newest kept)."""
    records = [(table, ids) for table, ids in _records(session, transfer_id) if ids]
    rows = list(session.execute(
        select(AuditEntry.at, who_column(), AuditEntry.action, AuditEntry.table_name,
               AuditEntry.changes)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(or_(*(and_(AuditEntry.table_name == table, AuditEntry.row_id.in_(ids))
                     for table, ids in records)))
        .order_by(AuditEntry.id.desc()).limit(limit)))
    rows.reverse()
    parsed = [(at, who, action, table, list(_pairs(action, json.loads(written or "{}"))))
              for at, who, action, table, written in rows]
    wanted: dict[str, set[int]] = {}
    for *_head, pairs in parsed:
        for field, old, new in pairs:
            lookup = _lookup_field(field)
            if lookup is not None:
                wanted.setdefault(lookup, set()).update(
                    int(v) for v in (old, new) if isinstance(v, int))
    names = _names(session, wanted)

    def named(field: str, value: Any) -> Any:
        lookup = _lookup_field(field)
        if lookup is None or not isinstance(value, int):
            return value
        return names.get((lookup, value), f"#{value}")

    return tuple(HistoryLine(at, str(who), action, table,
                             tuple(FieldChange(field, named(field, old), named(field, new))
                                   for field, old, new in pairs))
                 for at, who, action, table, pairs in parsed)
