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
    # the district's master records (ui/district)
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "area_kind": QT_TRANSLATE_NOOP("Fields", "Area"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "latitude": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "station_id": QT_TRANSLATE_NOOP("Fields", "Police station"),
    "registered_households": QT_TRANSLATE_NOOP("Fields", "Households in the register"),
    "registered_persons": QT_TRANSLATE_NOOP("Fields", "Persons in the register"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "accepts": QT_TRANSLATE_NOOP("Fields", "Takes"),
    "beds_total": QT_TRANSLATE_NOOP("Fields", "Beds"),
    "plate": QT_TRANSLATE_NOOP("Fields", "Plate"),
    "team_id": QT_TRANSLATE_NOOP("Fields", "Team"),
    "seats": QT_TRANSLATE_NOOP("Fields", "Seats"),
    "communities": QT_TRANSLATE_NOOP("Fields", "Communities served"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit or agency"),
    "lodging_id": QT_TRANSLATE_NOOP("Fields", "Lodging"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Rooms"),
    "item": QT_TRANSLATE_NOOP("Fields", "Item"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "low_stock_days": QT_TRANSLATE_NOOP("Fields", "Low when it lasts fewer days than"),
}
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("Fields", "Created"),
    "update": QT_TRANSLATE_NOOP("Fields", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Fields", "Deleted"),
    "sign_in": QT_TRANSLATE_NOOP("Fields", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Fields", "Sign-in refused"),
    "sign_in_delayed": QT_TRANSLATE_NOOP("Fields", "Sign-in delayed"),
}


def field_name(field: str) -> str:
    return QCoreApplication.translate("Fields", FIELDS[field]) if field in FIELDS else field


def action_name(action: str) -> str:
    return QCoreApplication.translate("Fields", ACTIONS[action]) if action in ACTIONS else action


def value_text(value: object) -> str:
    """A stored value; a code Canvass wrote (a case's last action) reads as its sentence."""
    return "—" if value is None or value == "" else render(str(value))
