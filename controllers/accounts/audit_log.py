"""Reading the audit trail: a record's history panel, and the searchable log for admins, with
identifiers masked for roles that may not see them (models/accounts/audit_trail.py reads)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.audit_trail import HistoryEntry, search_log
from models.accounts.audit_trail import record_history as history_of
from models.accounts.masking import mask_phone, mask_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database

__all__ = ["HistoryEntry", "record_history", "search_audit_log"]

MASKERS = {"resident_id": mask_resident_id, "resident_id_reversed": lambda v: "*" * len(v or ""),
           "phone": mask_phone}


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


def _shown(entries: list[HistoryEntry], user: SignedInUser) -> list[HistoryEntry]:
    full = user.sees_full_identifiers
    return [replace(e, changes=_masked(e.changes, full)) for e in entries]


@action(Permission.VIEW)
def record_history(database: Database, user: SignedInUser, table: str, row_id: int,
                   limit: int = 200) -> list[HistoryEntry]:
    """Newest first: who changed this record, when, old → new."""
    with read_session(database) as session:
        return _shown(history_of(session, table, row_id, limit), user)


@action(Permission.VIEW_AUDIT_LOG)
def search_audit_log(database: Database, user: SignedInUser, text: str = "",
                     table: str | None = None, since: datetime | None = None,
                     until: datetime | None = None, before_id: int | None = None,
                     limit: int = 100) -> tuple[int, list[HistoryEntry]]:
    """The total matching, and one page newest first (keyset: pass the last id seen)."""
    with read_session(database) as session:
        total, entries = search_log(session, text, table, since, until, before_id, limit)
    return total, _shown(entries, user)
