"""The audit trail: every change to an audited table, old → new, written by the database itself.

Triggers on every audited table (migration 0019) write the entry in the change's own
transaction, whoever writes — a form's save, a Core statement, a bulk load, psql, another tool —
so no path escapes it. What Canvass adds is the name: a session opened for a signed-in person
carries `session.info["actor"]`, and models/db/acting.py hands it to the triggers at the start of
each of its transactions (a Core connection says it with `act_as`). Without one the entry names
the PostgreSQL role, or 'sqlite' for a tool writing a SQLite file.

Canvass still writes entries of its own for what is not a row's change: a sign-in, an export, an
import's figures (`entry`). Every entry is chained to the one before it (README, "Audit").

The changes' format, for every reader (models/accounts/audit_rows.py): a created row's non-empty
fields as field → value, an update's changed fields as field → [old, new], a deleted row's as
field → [old, null]; the id, stamps and derived keys (AUDIT_SKIPPED) are left out, a password hash
reads "***". A bulk insert is one entry per statement (PostgreSQL, over BULK_ROWS rows) or per
table of a bulk load (models/accounts/audit_bulk.py): {"rows": n, "ids": "1-5000,5007"}.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from models.db.acting import MARKER, Actor, act_as
from models.db.acting import attach as attach_acting
from models.db.database import Database

__all__ = ["AUDITED_TABLES", "AUDIT_SKIPPED", "BULK_ROWS", "MARKER", "Actor", "act_as", "attach",
           "entry", "plain", "search_entry"]

# Every table people's work changes. Not audit_entry itself, and not the coverage tallies: the
# database counts those from the audited visits and results (models/communities/tallies_*.py).
AUDITED_TABLES: tuple[str, ...] = (
    "alert_acknowledgement", "app_user", "case_event", "community", "community_boundary",
    "contact_link", "disinfection", "district", "duty_shift", "facility", "facility_accepts", "household",
    "incident", "lodging", "person", "person_case", "persuasion_visit", "police_station",
    "responder", "screening_result", "supervision_order", "supply_movement", "supply_stock",
    "sweep_campaign", "sweep_campaign_community", "team", "team_community", "team_member",
    "team_minimums", "temperature_check", "transfer_crew", "transfer_order", "vehicle", "visit",
    "visit_absence",
)
# sign_in_delay: the failure counters; each attempt they count has an entry of its own.
UNAUDITED_TABLES = frozenset({"audit_entry", "community_day_tally", "household_tally",
                              "person_tally", "sign_in_delay"})
# Stamps (a sign-in's too: its own entry says it), and keys Canvass derives from a person's own
# fields (a reversed ID for tail search, a pinyin key for sorting): the history shows what a
# person changed, not their by-products; the id is the entry's row_id.
AUDIT_SKIPPED = frozenset({"id", "created_at", "updated_at", "version", "resident_id_reversed",
                           "name_pinyin", "last_sign_in_at"})
BULK_ROWS = 1000   # PostgreSQL: an INSERT of more rows is one entry with the ids


def plain(value: Any) -> Any:
    """A JSON-safe rendering of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def entry(actor: Actor, action: str, table: str, row_id: int | None,
          changes: dict[str, Any], at: datetime | None = None) -> dict[str, Any]:
    """One audit_entry row as a dict, for what Canvass records beside the rows' own entries (a
    sign-in, an export, an import's figures); the database chains it like any other."""
    return {"at": at or datetime.now(), "user_id": actor.user_id, "username": actor.username,
            "action": action, "table_name": table, "row_id": row_id,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)}


def search_entry(actor: Actor, table: str, field: str, shown: str, found: int) -> dict[str, Any]:
    """A search by a whole identifier made by a role that sees identifiers masked: which list,
    the identifier as that role sees it (masked: the log never holds it in clear), rows found."""
    return entry(actor, "search", table, None, {field: shown, "rows": found})


def attach(database: Database) -> None:
    """Name the signed-in person of each of `database`'s sessions to its audit triggers."""
    attach_acting(database.engine, database.sessions)
