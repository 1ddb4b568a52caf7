"""Reading the audit trail: a record's history, and the searchable log for administrators.

Entries come back with their changes as written (identifiers unmasked): the controller masks
them for the reader's role with `masked`, the one rule for every reader of the trail (the
history panels, the search, the log's rows in models/accounts/audit_rows.py). The log is paged
by key, newest first, so a year of entries costs one indexed page per screen.

The search matches what its reader sees. For a reader who sees identifiers masked it matches
the entry's changes with their identifiers masked, computed by the database: matching the
stored text instead would answer "does any entry hold a phone starting 13800?" and so give a
hidden phone back a digit at a time, with nothing on screen but the count (`_masked_changes`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.dialects.postgresql import JSON
from sqlalchemy.orm import Session

from models.accounts.masking import (
    MASK,
    mask_birth_date,
    mask_phone,
    mask_resident_id,
    masked_phone_sql,
    masked_resident_id_sql,
)
from models.db.columns import SqlColumn
from models.schema.accounts import AuditEntry

MAX_PAGE = 500
SEARCH_LIMIT = 200   # characters of a search text
# The identifiers a role without the right sees masked, by the field that holds them.
MASKERS: dict[str, Callable[[str | None], str]] = {
    "resident_id": mask_resident_id,
    "resident_id_reversed": lambda value: MASK * len(value or ""),
    "phone": mask_phone,
    "birth_date": mask_birth_date,   # the digits a masked resident ID hides
}
_STARS = MASK * 20
# The characters a mask can hide (an identifier's digits, an X) or show in their place.
_MASKABLE = re.compile(r"[0-9A-Za-z*]")


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


def _masked_value(dialect: str, field: str,
                  value: ColumnElement[str | None]) -> ColumnElement[str]:
    """`MASKERS[field](value)` computed by the database (the same masks, character for
    character, for the values the trail holds)."""
    if field == "resident_id":
        return masked_resident_id_sql(dialect, value)
    if field == "phone":
        return masked_phone_sql(dialect, value)
    stars = func.substr(literal(_STARS), 1, func.length(value))
    if field == "birth_date":   # always YYYY-MM-DD as the trail writes it
        return case((func.length(value) == 10, literal("****-**-**")), else_=stars)
    return stars


def _masked_changes(dialect: str) -> SqlColumn[str]:
    """The stored changes with each identifier's value (a field's value, or its old and new)
    replaced by its mask: the text a reader who sees identifiers masked searches. Each value is
    read with the backend's JSON functions and replaced where it stands, quotes included, so the
    text keeps the stored spelling and a mask keeps its value's length. A field the entry does
    not name costs a LIKE: its values are not read. (PostgreSQL reads them from the text as
    `json`: measured at 200,000 entries, parsing each value again costs half of parsing the
    entry once into `jsonb` in a subquery.)"""
    text: SqlColumn[str] = AuditEntry.changes
    parsed = cast(AuditEntry.changes, JSON)
    for field in MASKERS:
        named = AuditEntry.changes.like(f'%"{field}"%')
        for path in ((), ("0",), ("1",)):
            value: ColumnElement[str | None]
            if dialect == "postgresql":
                value = func.json_extract_path_text(parsed, field, *path)
            else:
                place = f"$.{field}" + "".join(f"[{step}]" for step in path)
                value = cast(func.json_extract(AuditEntry.changes, place), String)
            quoted = literal('"').concat(value).concat('"')
            shown = literal('"').concat(_masked_value(dialect, field, value)).concat('"')
            text = func.replace(text, case((named, func.coalesce(quoted, "")), else_=""),
                                case((named, func.coalesce(shown, "")), else_=""))
    return text


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _changes_hold(text: str, dialect: str, full: bool) -> ColumnElement[bool]:
    """The changes hold `text`: as stored for a reader who sees identifiers, else as masked.
    A mask only turns characters into `*`, so a masked text holding `text` is a stored text
    matching it with each `*` any character: that cheap LIKE picks the candidates, and only
    those whose changes name an identifier are masked and matched again. A text without ASCII
    letters, digits or `*` (a name, a place) cannot meet a masked character: the stored text
    answers it as the masked one would."""
    pattern = _like(text)
    stored = AuditEntry.changes.like(pattern, escape="\\")
    if full or not _MASKABLE.search(text):
        return stored
    names_one = or_(*(AuditEntry.changes.like(f'%"{field}"%') for field in MASKERS))
    return and_(AuditEntry.changes.like(pattern.replace(MASK, "_"), escape="\\"),
                case((names_one, _masked_changes(dialect)), else_=AuditEntry.changes)
                .like(pattern, escape="\\"))


def filtered(query: Select[*tuple[Any, ...]], text: str, table: str | None,
             since: datetime | None = None, until: datetime | None = None, *,
             dialect: str = "sqlite", full: bool = True) -> Select[*tuple[Any, ...]]:
    """`query` narrowed to the entries whose user, action or changes hold `text` (as typed:
    a % or _ is a character; in the changes as a reader who sees identifiers masked sees them
    unless `full`), of `table`, between `since` and `until`."""
    if text:
        # Bound parameters only: whatever is typed is searched for as plain text.
        pattern = _like(text)
        query = query.where(or_(AuditEntry.username.like(pattern, escape="\\"),
                                _changes_hold(text, dialect, full),
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
               before_id: int | None = None, limit: int = 100,
               full: bool = True) -> tuple[int, list[HistoryEntry]]:
    """The total matching, and one page newest first (keyset: pass the last id seen); `full`:
    the reader sees identifiers, else the changes are searched as masked. Control characters
    typed into the search are dropped: they match nothing a person wrote."""
    text = search_text(text)
    dialect = session.get_bind().dialect.name
    total = session.scalar(filtered(select(func.count(AuditEntry.id)), text, table, since,
                                     until, dialect=dialect, full=full)) or 0
    query = filtered(select(AuditEntry), text, table, since, until, dialect=dialect, full=full)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    rows = list(session.scalars(query.order_by(AuditEntry.id.desc())
                                .limit(max(1, min(limit, MAX_PAGE)))))
    return total, _entries(rows)
