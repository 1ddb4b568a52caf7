"""Reading the audit trail: a record's history, and the searchable log for administrators.

Entries come back with their changes as written (identifiers unmasked): the controller masks
them for the reader's role with `masked`, the one rule for every reader of the trail (the
history panels, the search, the log's rows in models/accounts/audit_rows.py). The log is paged
by key, newest first, so a year of entries costs one indexed page per screen.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from models.accounts.masking import MASK, mask_phone, mask_resident_id
from models.schema.accounts import AuditEntry

MAX_PAGE = 500
SEARCH_LIMIT = 200   # characters of a search text
# The identifiers a role without the right sees masked, by the field that holds them.
MASKERS: dict[str, Callable[[str | None], str]] = {
    "resident_id": mask_resident_id,
    "resident_id_reversed": lambda value: MASK * len(value or ""),
    "phone": mask_phone,
}


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    username: str
    action: str
    table: str
    row_id: int | None
    changes: dict[str, Any]


def masked(changes: dict[str, Any], full: bool) -> dict[str, Any]:
    """`changes` as a reader sees them: identifiers masked (old and new alike) unless `full`."""
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


def search_text(text: str) -> str:
    """What a search means: control characters typed into it match nothing a person wrote."""
    return "".join(ch for ch in text if ch.isprintable()).strip()[:SEARCH_LIMIT]


def filtered(query: Select[*tuple[Any, ...]], text: str, table: str | None,
             since: datetime | None = None,
             until: datetime | None = None) -> Select[*tuple[Any, ...]]:
    """`query` narrowed to the entries whose user, action or changes hold `text` (as typed:
    a % or _ is a character), of `table`, between `since` and `until`."""
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
    text = search_text(text)
    total = session.scalar(filtered(select(func.count(AuditEntry.id)), text, table, since,
                                     until)) or 0
    query = filtered(select(AuditEntry), text, table, since, until)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    rows = list(session.scalars(query.order_by(AuditEntry.id.desc())
                                .limit(max(1, min(limit, MAX_PAGE)))))
    return total, _entries(rows)
