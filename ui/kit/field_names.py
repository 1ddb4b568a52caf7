"""What a person reads for a record's field names, in history panels and conflict dialogs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse.system_text import render
from models.translatable import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "resident_id": QT_TRANSLATE_NOOP("Fields", "Resident ID"),
    "resident_id_reversed": QT_TRANSLATE_NOOP("Fields", "Resident ID (search key)"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "daily_visit_target": QT_TRANSLATE_NOOP("Fields", "Daily visit target"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "last_action": QT_TRANSLATE_NOOP("Fields", "Last action"),
    "stood_down_reason": QT_TRANSLATE_NOOP("Fields", "Stand-down reason"),
}
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("Fields", "Created"),
    "update": QT_TRANSLATE_NOOP("Fields", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Fields", "Deleted"),
    "sign_in": QT_TRANSLATE_NOOP("Fields", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Fields", "Sign-in refused"),
}


def field_name(field: str) -> str:
    return QCoreApplication.translate("Fields", FIELDS[field]) if field in FIELDS else field


def action_name(action: str) -> str:
    return QCoreApplication.translate("Fields", ACTIONS[action]) if action in ACTIONS else action


def value_text(value: object) -> str:
    """A stored value; a code Canvass wrote (a case's last action) reads as its sentence."""
    return "—" if value is None or value == "" else render(str(value))
