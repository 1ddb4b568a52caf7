"""Beds follow admissions: taken when a transfer delivers the patient, freed when an admitted
case leaves (released or deceased), in the same transaction as the case's move.

Both are one conditional UPDATE, so two deliveries racing for the last bed cannot overfill a
facility (the CHECK constraint is the last word; this gives the clear message first). The
discharge side listens to the ORM flush, because a case is discharged from the case board
(models/cases/changes.py) and must free its bed whichever screen moved it. The dispatcher's bed
board reads the counters these keep.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, event, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.enums import CaseStatus
from models.schema.cases import Case
from models.schema.facilities import Facility, facility_accepts
from models.transfers.refusals import TransferRefusal
from models.transfers.workflow import TransferRefused


def take_bed(session: Session, facility_id: int) -> None:
    changed = cast(CursorResult[*tuple[Any, ...]], session.execute(   # an UPDATE's result
        update(Facility).where(Facility.id == facility_id,
                               Facility.beds_taken < Facility.beds_total)
        .values(beds_taken=Facility.beds_taken + 1, version=Facility.version + 1)
        .execution_options(synchronize_session=False)))
    if changed.rowcount != 1:
        raise TransferRefused("The facility has no free bed", TransferRefusal.FACILITY_FULL)
    _forget(session, facility_id)


def free_bed(session: Session, facility_id: int) -> None:
    """Through the session's connection, so that it also runs inside a flush."""
    table = Facility.__table__
    session.connection().execute(
        update(table).where(table.c.id == facility_id, table.c.beds_taken > 0)
        .values(beds_taken=table.c.beds_taken - 1, version=table.c.version + 1))
    _forget(session, facility_id)


def _forget(session: Session, facility_id: int) -> None:
    """The row changed behind the ORM's back: the next read must fetch it again."""
    loaded = session.identity_map.get(inspect(Facility).identity_key_from_primary_key((facility_id,)))
    if loaded is not None:
        session.expire(loaded)


def _left_admission(case: Case) -> int | None:
    """The facility whose bed the case gave up in this flush, if it left ADMITTED."""
    history = inspect(case).attrs.status.history
    if not history.deleted or history.deleted[0] != CaseStatus.ADMITTED:
        return None
    if history.added and history.added[0] == CaseStatus.ADMITTED:
        return None
    return case.facility_id


def _discharges_free_beds(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    leaving = [f for f in (_left_admission(obj) for obj in session.dirty if isinstance(obj, Case))
               if f is not None]
    for facility_id in leaving:
        free_bed(session, facility_id)


def attach(sessions: sessionmaker[Session]) -> None:
    """A discharge frees its bed whichever screen or command moved the case: attached to each
    database's session factory when it is opened (models/db/database.py)."""
    event.listen(sessions, "before_flush", _discharges_free_beds)


FACILITY_LIMIT = 500


@dataclass(frozen=True)
class FacilityBeds:
    """A facility on the dispatcher's bed board. A district has dozens of facilities, not
    thousands: one query, no paging."""
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


def facility_beds(session: Session, category: str | None = None) -> list[FacilityBeds]:
    """Every facility with its beds (optionally only those taking `category`), by kind and name:
    a plain read of the counters that admissions and discharges keep."""
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
