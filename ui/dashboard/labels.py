"""Words for the stored values only the dashboard and its report show: vehicle states, facility
kinds, supply items. Translated in the dashboard's own catalogue."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DashboardLabels"

VEHICLE_STATUSES = {
    "available": QT_TRANSLATE_NOOP("DashboardLabels", "Available"),
    "dispatched": QT_TRANSLATE_NOOP("DashboardLabels", "Dispatched"),
    "on_scene": QT_TRANSLATE_NOOP("DashboardLabels", "On scene"),
    "transporting": QT_TRANSLATE_NOOP("DashboardLabels", "Transporting"),
    "awaiting_disinfection": QT_TRANSLATE_NOOP("DashboardLabels", "Awaiting disinfection"),
    "out_of_service": QT_TRANSLATE_NOOP("DashboardLabels", "Out of service"),
}
FACILITY_KINDS = {
    "designated_hospital": QT_TRANSLATE_NOOP("DashboardLabels", "Designated hospitals"),
    "field_hospital": QT_TRANSLATE_NOOP("DashboardLabels", "Field hospitals"),
    "isolation_site": QT_TRANSLATE_NOOP("DashboardLabels", "Isolation sites"),
    "fever_clinic": QT_TRANSLATE_NOOP("DashboardLabels", "Fever clinics"),
}
TEAM_KINDS_SHORT = {
    "work_group": QT_TRANSLATE_NOOP("DashboardLabels", "Work groups"),
    "quick_response": QT_TRANSLATE_NOOP("DashboardLabels", "Quick response"),
    "contact_tracing": QT_TRANSLATE_NOOP("DashboardLabels", "Tracing"),
}


def word(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value
