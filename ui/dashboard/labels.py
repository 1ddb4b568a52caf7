"""Words for the stored values only the dashboard and its report show: facility kinds (plural,
for legends), team kinds and the four categories in short (a legend in a chart's title row has
room for 确诊 but not for 确诊患者); vehicle states read as everywhere else. Translated in the
dashboard's own catalogue."""
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

CATEGORIES_SHORT = {
    "confirmed": QT_TRANSLATE_NOOP("DashboardLabels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("DashboardLabels", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("DashboardLabels", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("DashboardLabels", "Contacts"),
}


def word(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value
