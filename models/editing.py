"""Saving an edited record without ever losing someone else's update.

A form remembers the record's version and the values it showed. On save, if another workstation
changed the record meanwhile, EditConflict (models/errors.py) tells who changed what and when;
the person decides: keep theirs (reload) or save theirs over (overwrite, against the new version).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.accounts.audit import plain
from models.errors import EditConflict, FieldDifference, RecordGone
from models.schema.accounts import AuditEntry
from models.schema.base import Base


def last_change(session: Session, table: str, row_id: int) -> tuple[str | None, datetime | None]:
    """Who last changed the row and when, from the audit trail: what a conflict tells."""
    row = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)


def conflict(session: Session, table: str, row_id: int, current_version: int,
             differences: list[FieldDifference]) -> EditConflict:
    """The conflict to raise for a stale version, naming the last person who changed the row."""
    by, at = last_change(session, table, row_id)
    return EditConflict(table, row_id, current_version, by, at, differences)


def _conflict(session: Session, record: Base, original: dict[str, Any],
              changes: dict[str, Any]) -> EditConflict:
    session.refresh(record)
    differences = []
    for field in sorted(set(original) | set(changes)):
        theirs = plain(getattr(record, field))
        loaded = plain(original.get(field))
        if theirs != loaded or field in changes:
            differences.append(FieldDifference(field, loaded, plain(changes.get(field, loaded)),
                                               theirs))
    return conflict(session, record.__tablename__, record.id,  # type: ignore[attr-defined]
                    record.version, differences)  # type: ignore[attr-defined]


def apply_edit(session: Session, model: type[Base], row_id: int, expected_version: int,
               original: dict[str, Any], changes: dict[str, Any]) -> Base:
    """Set `changes` on the row if it is still at `expected_version`; flush, so a race between
    the check and the write is caught by the version column in the UPDATE's WHERE."""
    record = session.get(model, row_id)
    if record is None:
        raise RecordGone("This record was deleted by someone else; nothing was saved")
    if record.version != expected_version:  # type: ignore[attr-defined]
        raise _conflict(session, record, original, changes)
    for field, value in changes.items():
        setattr(record, field, value)
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise EditConflict(model.__tablename__, row_id, expected_version + 1, None, None, []) \
            from None
    return record
