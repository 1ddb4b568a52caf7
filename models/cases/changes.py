"""Changing a case someone is looking at: the version check in front of every move, and the
moves a person makes from the case board (status, category, note, a batch of cases at once).

Every change is version-checked: two workstations moving the same case → the second gets an
EditConflict saying who changed what, and nothing of theirs is written. A batch acts on every
selected case or on none: the first refusal names the person it stopped at. The rules of each
move are in models/cases/workflow.py.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases.workflow import CaseMoveRefused, add_note, as_category, as_status, move_category, move_status
from models.editing import conflict
from models.errors import FieldDifference, RecordGone
from models.schema.cases import Case
from models.schema.register import Person


def case_for_change(session: Session, case_id: int, expected_version: int | None,
                    attempted: dict[str, Any]) -> Case:
    """The case, if it is still the version the person looked at; else EditConflict. The row is
    locked (SELECT … FOR UPDATE on PostgreSQL; SQLite's write sessions hold the database) until
    the transaction ends, so what is checked here is still true when the change is written."""
    case = session.get(Case, case_id, with_for_update=True)
    if case is None:
        raise RecordGone("This case no longer exists; nothing was saved")
    if expected_version is not None and case.version != expected_version:
        differences = [FieldDifference("status", None, attempted.get("status"), str(case.status)),
                       FieldDifference("category", None, attempted.get("category"),
                                       str(case.category))]
        raise conflict(session, Case.__tablename__, case.id, case.version, differences)
    return case


def change_case_status(session: Session, case_id: int, expected_version: int, to: str,
                       at: datetime, user_id: int | None, reason: str,
                       facility_id: int | None = None) -> Case:
    case = case_for_change(session, case_id, expected_version, {"status": to})
    move_status(session, case, as_status(to), at, user_id, reason, facility_id=facility_id)
    return case


def change_case_category(session: Session, case_id: int, expected_version: int, to: str,
                         at: datetime, user_id: int | None, reason: str) -> Case:
    case = case_for_change(session, case_id, expected_version, {"category": to})
    move_category(session, case, as_category(to), at, user_id, reason)
    return case


def note_case(session: Session, case_id: int, at: datetime, user_id: int | None,
              text: str) -> Case:
    """A note needs no version check: it adds to the history and overwrites nothing."""
    case = case_for_change(session, case_id, None, {})
    add_note(session, case, at, user_id, text)
    return case


class BulkMoveRefused(CaseMoveRefused):
    """One case of a batch was refused, so none changed. `person` (the case's person, as the
    board shows them) and `cause` say which and why; `case_id` is for the log."""

    def __init__(self, case_id: int, person: str, cause: CaseMoveRefused) -> None:
        super().__init__(f"Case {case_id} ({person}): {cause}; no case was changed", cause.code,
                         **cause.params)
        self.case_id = case_id
        self.person = person
        self.cause = cause


# Cases read and locked per statement in a batch: one SELECT … FOR UPDATE for each 500 instead
# of one per case (a third of a batch's statements), under every driver's parameter limit. Locked
# in id order, as one at a time did: two batches overlapping never wait for each other in a ring.
LOCKED_AT_ONCE = 500


def _each_case(session: Session, case_ids: Sequence[int],
               change: Callable[[Case], object]) -> int:
    """`change` every case, or raise BulkMoveRefused at the first refusal (the caller's
    transaction then rolls the batch back). Returns how many cases changed."""
    chosen = sorted(set(case_ids))
    for start in range(0, len(chosen), LOCKED_AT_ONCE):
        some = chosen[start:start + LOCKED_AT_ONCE]
        locked = {case.id: case for case in session.scalars(
            select(Case).where(Case.id.in_(some)).order_by(Case.id).with_for_update())}
        for case_id in some:
            case = locked.get(case_id)
            if case is None:
                raise RecordGone("This case no longer exists; nothing was saved")
            try:
                change(case)
            except CaseMoveRefused as refused:
                person = session.scalar(select(Person.name).where(Person.id == case.person_id))
                raise BulkMoveRefused(case_id, person or "", refused) from refused
    return len(chosen)


def move_cases(session: Session, case_ids: Sequence[int], to: str, at: datetime,
               user_id: int | None, reason: str) -> int:
    """Move every selected case to `to`, or none."""
    status = as_status(to)
    return _each_case(session, case_ids,
                      lambda case: move_status(session, case, status, at, user_id, reason))


def note_cases(session: Session, case_ids: Sequence[int], at: datetime, user_id: int | None,
               text: str) -> int:
    """The same note on every selected case (a family informed, a test sent), or on none."""
    return _each_case(session, case_ids, lambda case: add_note(session, case, at, user_id, text))
