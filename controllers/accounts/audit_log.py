"""Reading the audit trail: a record's history panel, and the searchable log for admins."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import mask_phone, mask_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.schema import AuditEntry

MASKERS = {"resident_id": mask_resident_id, "resident_id_reversed": lambda v: "*" * len(v or ""),
           "phone": mask_phone}
MAX_PAGE = 500


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    username: str
    action: str
    table: str
    row_id: int | None
    changes: dict[str, Any]


def _masked(changes: dict[str, Any], full: bool) -> dict[str, Any]:
    if full:
        return changes
    shown: dict[str, Any] = {}
    for field, value in changes.items():
        mask = MASKERS.get(field)
        if mask is None:
            shown[field] = value
        elif isinstance(value, list):
            shown[field] = [mask(v) if isinstance(v, str) else v for v in value]
        else:
            shown[field] = mask(value) if isinstance(value, str) else value
    return shown


def _entries(rows: list[AuditEntry], user: SignedInUser) -> list[HistoryEntry]:
    full = user.sees_full_identifiers
    return [HistoryEntry(r.id, r.at, r.username, r.action, r.table_name, r.row_id,
                         _masked(json.loads(r.changes or "{}"), full)) for r in rows]


@action(Permission.VIEW)
def record_history(database: Database, user: SignedInUser, table: str, row_id: int,
                   limit: int = 200) -> list[HistoryEntry]:
    """Newest first: who changed this record, when, old → new."""
    with read_session(database) as session:
        rows = list(session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
            .order_by(AuditEntry.id.desc()).limit(min(limit, MAX_PAGE))))
        return _entries(rows, user)


def _filtered(query: Select[*tuple[Any, ...]], text: str, table: str | None, since: datetime | None,
              until: datetime | None) -> Select[*tuple[Any, ...]]:
    if text:
        # Bound parameters only: whatever is typed is searched for as plain text.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(AuditEntry.username.like(pattern, escape="\\"),
                                AuditEntry.changes.like(pattern, escape="\\"),
                                AuditEntry.action.like(pattern, escape="\\")))
    if table:
        query = query.where(AuditEntry.table_name == table)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    return query


@action(Permission.VIEW_AUDIT_LOG)
def search_audit_log(database: Database, user: SignedInUser, text: str = "",
                     table: str | None = None, since: datetime | None = None,
                     until: datetime | None = None, before_id: int | None = None,
                     limit: int = 100) -> tuple[int, list[HistoryEntry]]:
    """The total matching, and one page newest first (keyset: pass the last id seen)."""
    text = "".join(ch for ch in text if ch.isprintable()).strip()[:200]
    with read_session(database) as session:
        total = session.scalar(_filtered(select(func.count(AuditEntry.id)), text, table, since,
                                         until)) or 0
        query = _filtered(select(AuditEntry), text, table, since, until)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        rows = list(session.scalars(query.order_by(AuditEntry.id.desc())
                                    .limit(max(1, min(limit, MAX_PAGE)))))
        return total, _entries(rows, user)
