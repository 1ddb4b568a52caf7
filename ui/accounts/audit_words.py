"""The audit log in the reader's language: which record ("张三 的病例", "转运单 ZY…", "快反一队"),
what was done to it, and each field as "字段: 旧 → 新" with its values worded as every other
screen words them (a status as on the board, yes or no, a moment as the lists show it, a team
by its name rather than its id).

The rows hold stored values (models/accounts/audit_rows.py); nothing here reads the database.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from controllers.accounts.audit_log import FieldChange, RecordName
from controllers.browse import words
from controllers.browse.system_text import render
from controllers.transfers.words import accepts_text
from models.translatable import QT_TRANSLATE_NOOP
from ui.accounts.audit_fields import field_label
from ui.accounts.audit_values import VALUE_WORDS
from ui.kit.formatting import moment

CONTEXT = "AuditLog"
EMPTY = "—"

# A kind of record, as the log's filter offers it and a record without a name is called.
TABLES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("AuditLog", "Person"),
    "person_case": QT_TRANSLATE_NOOP("AuditLog", "Case"),
    "transfer_order": QT_TRANSLATE_NOOP("AuditLog", "Transfer order"),
    "team": QT_TRANSLATE_NOOP("AuditLog", "Team"),
    "household": QT_TRANSLATE_NOOP("AuditLog", "Household"),
    "vehicle": QT_TRANSLATE_NOOP("AuditLog", "Vehicle"),
    "facility": QT_TRANSLATE_NOOP("AuditLog", "Facility"),
    "app_user": QT_TRANSLATE_NOOP("AuditLog", "User"),
    "responder": QT_TRANSLATE_NOOP("AuditLog", "Responder"),
    "community": QT_TRANSLATE_NOOP("AuditLog", "Community"),
    "police_station": QT_TRANSLATE_NOOP("AuditLog", "Police station"),
    "district": QT_TRANSLATE_NOOP("AuditLog", "District"),
    "lodging": QT_TRANSLATE_NOOP("AuditLog", "Lodging"),
    "team_member": QT_TRANSLATE_NOOP("AuditLog", "Team member"),
    "duty_shift": QT_TRANSLATE_NOOP("AuditLog", "Duty shift"),
    "temperature_check": QT_TRANSLATE_NOOP("AuditLog", "Temperature"),
    "case_event": QT_TRANSLATE_NOOP("AuditLog", "Case history"),
    "persuasion_visit": QT_TRANSLATE_NOOP("AuditLog", "Persuasion visit"),
    "contact_link": QT_TRANSLATE_NOOP("AuditLog", "Contact link"),
    "visit": QT_TRANSLATE_NOOP("AuditLog", "Visit"),
    "screening_result": QT_TRANSLATE_NOOP("AuditLog", "Screening"),
    "visit_absence": QT_TRANSLATE_NOOP("AuditLog", "Screening"),
    "disinfection": QT_TRANSLATE_NOOP("AuditLog", "Disinfection"),
    "supply_stock": QT_TRANSLATE_NOOP("AuditLog", "Supply stock"),
    "supply_movement": QT_TRANSLATE_NOOP("AuditLog", "Supplies drawn or added"),
    "incident": QT_TRANSLATE_NOOP("AuditLog", "Incident"),
    "alert_acknowledgement": QT_TRANSLATE_NOOP("AuditLog", "Alert"),
    "team_minimums": QT_TRANSLATE_NOOP("AuditLog", "Team minimums"),
}
# How a named record reads; %1, %2 are the parts models/accounts/audit_names.py found. A table
# not listed reads as its first part (a person's, team's, vehicle's or facility's own name).
RECORDS: dict[str, str] = {
    "person_case": QT_TRANSLATE_NOOP("AuditLog", "Case of %1"),
    "transfer_order": QT_TRANSLATE_NOOP("AuditLog", "Transfer order %1"),
    "app_user": QT_TRANSLATE_NOOP("AuditLog", "User %1"),
    "team_member": QT_TRANSLATE_NOOP("AuditLog", "%1 in %2"),
    "duty_shift": QT_TRANSLATE_NOOP("AuditLog", "Shift of %1 in %2"),
    "temperature_check": QT_TRANSLATE_NOOP("AuditLog", "Temperature of %1"),
    "case_event": QT_TRANSLATE_NOOP("AuditLog", "Case history of %1"),
    "persuasion_visit": QT_TRANSLATE_NOOP("AuditLog", "Persuasion visit to %1"),
    "contact_link": QT_TRANSLATE_NOOP("AuditLog", "Exposure of %1"),
    "visit": QT_TRANSLATE_NOOP("AuditLog", "Visit to %1"),
    "screening_result": QT_TRANSLATE_NOOP("AuditLog", "Screening of %1"),
    "visit_absence": QT_TRANSLATE_NOOP("AuditLog", "Screening of %1"),
    "disinfection": QT_TRANSLATE_NOOP("AuditLog", "Disinfection of %1"),
    "supply_stock": QT_TRANSLATE_NOOP("AuditLog", "%2 at %1"),
    "supply_movement": QT_TRANSLATE_NOOP("AuditLog", "%2 drawn or added at %1"),
    "incident": QT_TRANSLATE_NOOP("AuditLog", "%1 at %2"),
    "alert_acknowledgement": QT_TRANSLATE_NOOP("AuditLog", "Alert on transfer order %1"),
}
# Parts that are stored values, worded before they go into the template.
PART_WORDS: dict[tuple[str, int], Callable[[Any], str]] = {
    ("supply_stock", 1): words.SUPPLY_ITEMS.word,
    ("supply_movement", 1): words.SUPPLY_ITEMS.word,
    ("incident", 0): VALUE_WORDS["incident", "kind"],
}
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("AuditLog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLog", "Deleted"),
    "sign_in": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused"),
    "sign_in_delayed": QT_TRANSLATE_NOOP("AuditLog", "Sign-in delayed"),
    "delays_cleared": QT_TRANSLATE_NOOP("AuditLog", "Cleared sign-in delays"),
    "wall_released": QT_TRANSLATE_NOOP("AuditLog", "Took the screen off the wall"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "Exported"),
    "search": QT_TRANSLATE_NOOP("AuditLog", "Searched by an identifier"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "Imported a register"),
    "setup_import": QT_TRANSLATE_NOOP("AuditLog", "Imported the district workbook"),
    "intake": QT_TRANSLATE_NOOP("AuditLog", "Imported a contact list"),
    "merge": QT_TRANSLATE_NOOP("AuditLog", "Merged entries"),
    "bulk_load": QT_TRANSLATE_NOOP("AuditLog", "Generated demo data"),
}
GONE = QT_TRANSLATE_NOOP("AuditLog", "%1 #%2 (deleted)")
NUMBERED = QT_TRANSLATE_NOOP("AuditLog", "%1 #%2")
CHANGED = QT_TRANSLATE_NOOP("AuditLog", "%1: %2 → %3")
SET = QT_TRANSLATE_NOOP("AuditLog", "%1: %2")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("AuditLog", ", ")
LINE_SEPARATOR = QT_TRANSLATE_NOOP("AuditLog", "; ")
YES = QT_TRANSLATE_NOOP("AuditLog", "Yes")
NO = QT_TRANSLATE_NOOP("AuditLog", "No")

_PLACE = re.compile(r"%(\d)")


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2 … replaced in one pass (a name holding "%2" stays as typed)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1]
                      if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def table_text(table: str) -> str:
    return tr(TABLES[table]) if table in TABLES else table


def action_text(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def record_text(name: RecordName) -> str:
    """"张三 的病例", "转运单 ZY…", "快反一队"; a record deleted since, "病例 #12 (已删除)"."""
    if name.row_id is None:
        return table_text(name.table)
    if name.gone:
        return fill(tr(GONE), table_text(name.table), str(name.row_id))
    if not name.parts:
        return fill(tr(NUMBERED), table_text(name.table), str(name.row_id))
    parts = [PART_WORDS[name.table, index](part) if (name.table, index) in PART_WORDS
             else str(part or "") for index, part in enumerate(name.parts)]
    return fill(tr(RECORDS[name.table]), *parts) if name.table in RECORDS else parts[0]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def value_text(table: str, change: FieldChange, value: Any) -> str:
    """One stored value of `change` as the screens show it."""
    if _empty(value):
        return EMPTY
    if change.refers_to is not None and not isinstance(value, bool):
        ids = value if isinstance(value, list) else [value]
        return tr(LIST_SEPARATOR).join(record_text(change.names[i]) if i in change.names
                            else fill(tr(NUMBERED), table_text(change.refers_to), str(i))
                            for i in ids)
    if change.field == "accepts" and isinstance(value, list):
        return accepts_text([str(v) for v in value])
    worded = VALUE_WORDS.get((table, change.field)) or VALUE_WORDS.get(("", change.field))
    if isinstance(value, list):
        return tr(LIST_SEPARATOR).join(value_text(table, change, v) for v in value)
    if isinstance(value, dict):
        return tr(LINE_SEPARATOR).join(fill(tr(SET), field_label(table, str(k)), str(v))
                             for k, v in value.items())
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if worded is not None:
        return worded(value)
    if isinstance(value, datetime):
        return moment(value)
    if isinstance(value, date):
        return value.isoformat()
    return render(str(value)) if isinstance(value, str) else str(value)


def change_lines(action: str, table: str, changes: Sequence[FieldChange]) -> list[str]:
    """Each field as "字段: 旧 → 新" ("字段: 值" for a created record's, or what a deleted record
    held); a created or deleted record's empty fields are left out."""
    lines = []
    for change in changes:
        label = field_label(table, change.field)
        if change.is_change and action != "delete":
            lines.append(fill(tr(CHANGED), label, value_text(table, change, change.old),
                              value_text(table, change, change.new)))
            continue
        value = change.old if action == "delete" else change.new
        if not _empty(value):
            lines.append(fill(tr(SET), label, value_text(table, change, value)))
    return lines


def changes_text(action: str, table: str, changes: Sequence[FieldChange]) -> str:
    """The changes on one line, as the log's column shows them."""
    return tr(LINE_SEPARATOR).join(change_lines(action, table, changes))
