"""The audit trail: every change a person makes, old → new, written in the same transaction.

A session opened for a signed-in user carries `session.info["actor"]`; on every flush the
changed rows are written to audit_entry through the flush's own connection, so the change and its
record commit or roll back together. Bulk loads that bypass the ORM (the demo generator) are not
a person's edits and write their own single summary entry instead.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.schema.accounts import AuditEntry
from models.schema.base import Base

SECRET_COLUMNS = frozenset({"password_hash"})
UNAUDITED_TABLES = frozenset({"audit_entry"})
# Stamps, and keys Canvass derives from a person's own fields (a reversed ID for tail search, a
# pinyin key for sorting): the history shows what a person changed, not their by-products.
SKIPPED_COLUMNS = frozenset({"created_at", "updated_at", "version", "resident_id_reversed",
                             "name_pinyin"})


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str


def plain(value: Any) -> Any:
    """A JSON-safe rendering of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _shown(column: str, value: Any) -> Any:
    return "***" if column in SECRET_COLUMNS and value is not None else plain(value)


def _changes(obj: Base, action: str) -> dict[str, Any]:
    state = inspect(obj)
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED_COLUMNS:
            continue
        history = state.attrs[key].history
        if action == "insert":
            value = getattr(obj, key)
            if value is not None:
                result[key] = _shown(key, value)
        elif action == "delete":
            old = history.unchanged[0] if history.unchanged else (
                history.deleted[0] if history.deleted else None)
            result[key] = [_shown(key, old), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                result[key] = [_shown(key, old), _shown(key, new)]
    return result


def entry(actor: Actor, action: str, table: str, row_id: int | None,
          changes: dict[str, Any], at: datetime | None = None) -> dict[str, Any]:
    """One audit_entry row as a dict, for inserts outside the ORM flush as well."""
    return {"at": at or datetime.now(), "user_id": actor.user_id, "username": actor.username,
            "action": action, "table_name": table, "row_id": row_id,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)}


def _collect(session: Session) -> list[tuple[Base, str]]:
    pending: list[tuple[Base, str]] = []
    for action, objects in (("insert", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            if isinstance(obj, Base) and obj.__tablename__ not in UNAUDITED_TABLES:
                pending.append((obj, action))
    return pending


def _remember_changes(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:
        return
    # History is read now, ids after the flush: keep the objects and their changes together.
    session.info["audit_pending"] = [
        (obj, action, _changes(obj, action)) for obj, action in _collect(session)
        if action != "update" or session.is_modified(obj, include_collections=False)
    ]


def _write_entries(session: Session, _flush: UOWTransaction) -> None:
    actor: Actor | None = session.info.get("actor")
    pending = session.info.pop("audit_pending", None)
    if actor is None or not pending:
        return
    now = datetime.now()
    rows = []
    for obj, action, changes in pending:
        if action == "update" and not changes:
            continue
        key = inspect(obj).mapper.primary_key_from_instance(obj)
        row_id = key[0] if len(key) == 1 and isinstance(key[0], int) else None
        rows.append(entry(actor, action, obj.__tablename__, row_id, changes, now))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def attach(sessions: sessionmaker[Session]) -> None:
    """Audit every flush of `sessions` made under a signed-in actor (models/db/database.py
    attaches it to each database's session factory when the database is opened)."""
    event.listen(sessions, "before_flush", _remember_changes)
    event.listen(sessions, "after_flush", _write_entries)
