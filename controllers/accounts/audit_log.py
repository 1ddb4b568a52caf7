"""Reading the audit trail: a record's history panel, and the log for admins, with identifiers
masked for roles that may not see them (models/accounts/audit_trail.py's `masked`, the same masks
as every list and sheet: models/accounts/masking.py).

The log's rows (models/accounts/audit_rows.py) name each entry's record and the records its
values point at, a page at a time; the ui words them (ui/accounts/audit_words.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.audit_names import RecordName
from models.accounts.audit_rows import AuditRows, FieldChange
from models.accounts.audit_trail import HistoryEntry, masked, search_log
from models.accounts.audit_trail import record_history as history_of
from models.accounts.permissions import Permission
from models.db.database import Database

__all__ = ["AuditRows", "FieldChange", "HistoryEntry", "RecordName", "audit_rows",
           "record_history", "search_audit_log"]


def _shown(entries: list[HistoryEntry], user: SignedInUser) -> list[HistoryEntry]:
    full = user.sees_full_identifiers
    return [replace(e, changes=masked(e.changes, full)) for e in entries]


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
    """The total matching, and one page newest first (keyset: pass the last id seen). The text
    is matched in the entries as the user sees them: identifiers masked unless the role sees
    them, so the search cannot be used to read a hidden digit back."""
    with read_session(database) as session:
        total, entries = search_log(session, text, table, since, until, before_id, limit,
                                    full=user.sees_full_identifiers)
    return total, _shown(entries, user)


@action(Permission.VIEW_AUDIT_LOG)
def audit_rows(database: Database, user: SignedInUser) -> AuditRows:
    """The log as a list, newest first (filters: `text`, `table`), each entry's record named,
    its values masked unless the user may see identifiers in full."""
    return AuditRows(database, sees_full=user.sees_full_identifiers)
