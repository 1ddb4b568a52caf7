"""Words for the stored values only the dashboard and its report show: vehicle states, facility
kinds (plural, for legends), team kinds in short; vehicle states read as everywhere else. Translated in the dashboard's own catalogue."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DashboardLabels"

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
