"""Reading the audit trail: a record's history, and the searchable log for administrators.

Entries come back with their changes as written (identifiers unmasked): the controller masks
them for the reader's role. The log is paged by key, newest first, so a year of entries costs
one indexed page per screen.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from models.schema.accounts import AuditEntry

MAX_PAGE = 500
SEARCH_LIMIT = 200   # characters of a search text


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    username: str
    action: str
    table: str
    row_id: int | None
    changes: dict[str, Any]


def _entries(rows: list[AuditEntry]) -> list[HistoryEntry]:
    return [HistoryEntry(r.id, r.at, r.username, r.action, r.table_name, r.row_id,
                         json.loads(r.changes or "{}")) for r in rows]


def record_history(session: Session, table: str, row_id: int,
                   limit: int = 200) -> list[HistoryEntry]:
    """Newest first: who changed this record, when, old → new."""
    rows = list(session.scalars(
        select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc()).limit(min(limit, MAX_PAGE))))
    return _entries(rows)


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


def search_log(session: Session, text: str = "", table: str | None = None,
               since: datetime | None = None, until: datetime | None = None,
               before_id: int | None = None, limit: int = 100) -> tuple[int, list[HistoryEntry]]:
    """The total matching, and one page newest first (keyset: pass the last id seen). Control
    characters typed into the search are dropped: they match nothing a person wrote."""
    text = "".join(ch for ch in text if ch.isprintable()).strip()[:SEARCH_LIMIT]
    total = session.scalar(_filtered(select(func.count(AuditEntry.id)), text, table, since,
                                     until)) or 0
    query = _filtered(select(AuditEntry), text, table, since, until)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    rows = list(session.scalars(query.order_by(AuditEntry.id.desc())
                                .limit(max(1, min(limit, MAX_PAGE)))))
    return total, _entries(rows)
