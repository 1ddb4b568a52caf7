"""Beds follow admissions: taken when a transfer delivers the patient, freed when an admitted
case leaves (released or deceased), in the same transaction as the case's move.

Both are one conditional UPDATE, so two deliveries racing for the last bed cannot overfill a
facility (the CHECK constraint is the last word; this gives the clear message first). The
discharge side listens to the ORM flush, because a case is discharged from the case board
(controllers/cases/workflow.py) and must free its bed whichever screen moved it.
"""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, event, inspect, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.enums import CaseStatus
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.transfers.workflow import TransferRefused


def take_bed(session: Session, facility_id: int) -> None:
    changed = cast(CursorResult[*tuple[Any, ...]], session.execute(   # an UPDATE's result
        update(Facility).where(Facility.id == facility_id,
                               Facility.beds_taken < Facility.beds_total)
        .values(beds_taken=Facility.beds_taken + 1, version=Facility.version + 1)
        .execution_options(synchronize_session=False)))
    if changed.rowcount != 1:
        raise TransferRefused("The facility has no free bed", "transfer_facility_full")
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
