"""One transfer order read whole, for its window (models/transfers/order_record.py reads it):
the permission checked, one read session, and the patient's resident ID and phone and the
crew's phones masked unless the reader's role may see them, as on every other screen and sheet.
"""
from __future__ import annotations

from dataclasses import replace

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.order_history import FieldChange, HistoryLine
from models.transfers.order_record import (
    CrewSeat,
    IncidentNote,
    OrderRecord,
    SupplyUse,
    TimelineStep,
    order_record,
)
from models.transfers.order_timeline import Awaited

__all__ = ["ORDER_TABLES", "Awaited", "CrewSeat", "FieldChange", "HistoryLine", "IncidentNote",
           "OrderRecord", "SupplyUse", "TimelineStep", "concerns_order", "load_order_record"]

# What the order's window shows comes from these tables: a change to one of them (a step at
# another workstation, an incident logged, the case moved) is worth reading the order again.
ORDER_TABLES = frozenset({"transfer_order", "transfer_crew", "disinfection", "supply_movement",
                          "incident", "person_case", "person"})


def _as_seen_by(record: OrderRecord, user: SignedInUser) -> OrderRecord:
    may_see = user.sees_full_identifiers
    return replace(record, resident_id=shown_resident_id(record.resident_id, may_see),
                   phone=shown_phone(record.phone, may_see),
                   crew=tuple(replace(seat, phone=shown_phone(seat.phone, may_see))
                              for seat in record.crew))


@action(Permission.VIEW)
def load_order_record(database: Database, user: SignedInUser, transfer_id: int) -> OrderRecord:
    """The order with its case, crew, timeline, suits, incidents and history; RecordGone when
    another workstation deleted it meanwhile."""
    with read_session(database) as session:
        found = order_record(session, transfer_id)
    return _as_seen_by(found, user)


def concerns_order(change: ChangeSet, transfer_id: int, case_id: int | None) -> bool:
    """Whether a change from the feed may show in the order's window: the order itself, its
    case, or a record that belongs to an order (a disinfection, suits drawn, an incident: their
    rows do not say which order without a read, and they are few)."""
    if change.everything:
        return True
    for table, mine in (("transfer_order", transfer_id), ("person_case", case_id)):
        if table in change.tables:
            ids = change.ids(table)
            if ids is None or (mine is not None and mine in ids):
                return True
    return change.touches(*(ORDER_TABLES - {"transfer_order", "person_case"}))
