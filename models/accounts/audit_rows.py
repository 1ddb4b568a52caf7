"""The audit log as a list: newest first, a page at a time, each entry with its record named and
its changes read field by field.

A page is one statement for its entries (the rows around their ids by key) and one per table its
records and values name (models/accounts/audit_names.py), those asked together on a held
connection, all on the task runner's thread: a screen of fifty entries about cases, transfers
and teams costs two waits for the server (one round trip each to PostgreSQL), whatever the size
of the log. Values come typed (a moment as a datetime, a day as a date), identifiers masked
unless the reader may see them, foreign keys with the record they point at; the ui words them.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Select, select
from sqlalchemy.orm import Session

from models.accounts.audit_names import (
    Key,
    RecordName,
    name_of,
    record_names,
    record_names_held,
    referenced_table,
)
from models.accounts.audit_trail import filtered, masked, search_text
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource
from models.schema import AuditEntry, Base
from models.translatable import QT_TRANSLATE_NOOP

# Not shown among the changes: the record's own id (the record column names it) and the
# derived search key old entries still carry (models/accounts/audit.py skips it now).
HIDDEN_FIELDS = frozenset({"id", "resident_id_reversed"})


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry: `old` → `new` when `is_change`, else `new` alone (a created
    record's value, an import's figure). `refers_to` is the table whose ids the values hold,
    and `names` those records' names."""
    field: str
    old: Any
    new: Any
    is_change: bool
    refers_to: str | None = None
    names: Mapping[int, RecordName] = dataclasses.field(default_factory=dict)


def typed(table: str, name: str, value: Any) -> Any:
    """A value as its column holds it: the trail stores moments and days as ISO text."""
    found = Base.metadata.tables.get(table)
    if not isinstance(value, str) or found is None or name not in found.c:
        return value
    kind = found.c[name].type
    try:
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
    except ValueError:
        return value
    return value


def _ids(value: Any) -> list[int]:
    """The ids a referring value holds: one id, or a list of them (linked records)."""
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _order(table: str) -> dict[str, int]:
    found = Base.metadata.tables.get(table)
    return {column.name: index for index, column in enumerate(found.c)} if found is not None else {}


def _fields(table: str, changes: dict[str, Any]) -> list[tuple[str, Any, Any, bool]]:
    """(field, old, new, is_change) in the order the table declares its columns."""
    order = _order(table)
    found = []
    for name in sorted(changes, key=lambda key: (order.get(key, len(order)), key)):
        if name in HIDDEN_FIELDS and table in Base.metadata.tables:
            continue
        value = changes[name]
        if isinstance(value, list) and len(value) == 2:
            found.append((name, typed(table, name, value[0]), typed(table, name, value[1]), True))
        else:
            found.append((name, None, typed(table, name, value), False))
    return found


def _referred(table: str, fields: list[tuple[str, Any, Any, bool]]) -> list[Key]:
    wanted: list[Key] = []
    for name, old, new, _ in fields:
        target = referenced_table(table, name)
        if target is not None:
            wanted += [(target, ident) for ident in _ids(old) + _ids(new)]
    return wanted


def _changes(table: str, fields: list[tuple[str, Any, Any, bool]],
             names: dict[Key, RecordName]) -> tuple[FieldChange, ...]:
    shown = []
    for name, old, new, is_change in fields:
        target = referenced_table(table, name)
        named = {ident: names[target, ident] for ident in _ids(old) + _ids(new)
                 if (target, ident) in names} if target else {}
        shown.append(FieldChange(name, old, new, is_change, target, named))
    return tuple(shown)


class AuditRows(SqlRowSource):
    """Filters: `text` (the user, action or values hold it, as typed; the values as the reader
    sees them, identifiers masked unless `sees_full`), `table` (one kind of record). Newest
    first; the columns' values are stored ones: `record` a RecordName, `changes` a tuple of
    FieldChange."""

    columns: tuple[Column, ...] = (
        Column("at", QT_TRANSLATE_NOOP("Column", "When"), Kind.DATETIME, sortable=True),
        Column("username", QT_TRANSLATE_NOOP("Column", "Who"), Kind.TEXT),
        Column("action", QT_TRANSLATE_NOOP("Column", "Action"), Kind.TEXT),
        Column("record", QT_TRANSLATE_NOOP("Column", "Record"), Kind.TEXT),
        Column("changes", QT_TRANSLATE_NOOP("Column", "Changes"), Kind.TEXT),
    )
    filter_keys = frozenset({"text", "table"})
    default_order = SortOrder("at", descending=True)
    keyset_columns = frozenset({"at"})

    def __init__(self, database: Database, *, sees_full: bool) -> None:
        super().__init__(database)
        self.sees_full = sees_full

    def id_column(self) -> SqlColumn[int]:
        return AuditEntry.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"at": AuditEntry.at}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        return filtered(select(AuditEntry.id), search_text(str(filters.get("text") or "")),
                        filters.get("table") or None, dialect=self.database.kind,
                        full=self.sees_full)

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        found = session.execute(self._entries().where(AuditEntry.id.in_(ids)))
        return self._named_rows(list(found), lambda wanted: record_names(session, wanted))

    def page_in_one(self, key: Hashable, filters: Filters,
                    ids: Callable[[], Select[*tuple[Any, ...]]], sort: SqlColumn[Any],
                    descending: bool) -> list[Row]:
        """The page's entries in one statement around its ids, then the records they name,
        every table's statement asked together: two waits for the server where the ids, the
        entries and a statement per table in a session took seven (bench/slow_link.py)."""
        def build() -> Select[*tuple[Any, ...]]:
            return (self._entries().where(AuditEntry.id.in_(ids().correlate(None)))
                    .order_by(*((sort.desc(), AuditEntry.id.desc()) if descending
                                else (sort.asc(), AuditEntry.id.asc()))))
        found = self._held_questions().fetch(key, build)
        rows = self._named_rows(found, lambda wanted: record_names_held(self.database, wanted))
        return [rows[int(entry[0])] for entry in found]

    @staticmethod
    def _entries() -> Select[*tuple[Any, ...]]:
        return select(AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action,
                      AuditEntry.table_name, AuditEntry.row_id, AuditEntry.changes)

    def _named_rows(self, found: Sequence[Sequence[Any]],
                    names_of: Callable[[list[Key]], dict[Key, RecordName]]
                    ) -> dict[int, Row]:
        entries = []
        wanted: list[Key] = []
        for ident, at, username, action, table, row_id, stored in found:
            changes = json.loads(stored or "{}")
            fields = _fields(table, masked(changes if isinstance(changes, dict) else {},
                                           self.sees_full))
            entries.append((int(ident), at, username, action, table, row_id, fields))
            if row_id is not None:
                wanted.append((table, row_id))
            wanted += _referred(table, fields)
        names = names_of(wanted)
        return {ident: (ident, at, username, action, name_of(names, table, row_id),
                        _changes(table, fields, names))
                for ident, at, username, action, table, row_id, fields in entries}
