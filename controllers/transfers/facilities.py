"""Facilities for the dispatcher: kind, categories accepted, beds total / taken / free.

Beds taken are maintained by admissions (a transfer delivered) and discharges in the same
transaction (models/transfers/beds.py), so this board is a plain read of the counters.
A district has dozens of facilities, not thousands: one query, no paging needed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.schema.facilities import Facility, facility_accepts

FACILITY_LIMIT = 500


@dataclass(frozen=True)
class FacilityBeds:
    facility_id: int
    name: str
    kind: str
    address: str
    accepts: tuple[str, ...]     # category values
    beds_total: int
    beds_taken: int

    @property
    def beds_free(self) -> int:
        return self.beds_total - self.beds_taken

    @property
    def full(self) -> bool:
        return self.beds_free <= 0


@action(Permission.VIEW)
def facility_beds(database: Database, user: SignedInUser,
                  category: str | None = None) -> list[FacilityBeds]:
    """Every facility with its beds (optionally only those taking `category`), fullest last."""
    with read_session(database) as session:
        accepts: dict[int, list[str]] = defaultdict(list)
        for facility_id, accepted in session.execute(
                select(facility_accepts.c.facility_id, facility_accepts.c.category)):
            accepts[int(facility_id)].append(str(getattr(accepted, "value", accepted)))
        rows = session.execute(
            select(Facility.id, Facility.name, Facility.kind, Facility.address,
                   Facility.beds_total, Facility.beds_taken)
            .order_by(Facility.kind, Facility.name).limit(FACILITY_LIMIT))
        result = [FacilityBeds(int(i), n, str(getattr(k, "value", k)), a or "",
                               tuple(accepts.get(int(i), ())), int(total), int(taken))
                  for i, n, k, a, total, taken in rows]
    if category:
        result = [row for row in result if category in row.accepts]
    return result
