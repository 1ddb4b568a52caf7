"""The report's words for stored values, in the "DailyReport" context of the dashboard's
catalogue: a report is written where no window (and no ui/kit/labels) exists."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DailyReport"
WORDS = {
    "confirmed": QT_TRANSLATE_NOOP("DailyReport", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("DailyReport", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("DailyReport", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("DailyReport", "Close contact"),
    "work_group": QT_TRANSLATE_NOOP("DailyReport", "Work groups"),
    "quick_response": QT_TRANSLATE_NOOP("DailyReport", "Quick-response teams"),
    "contact_tracing": QT_TRANSLATE_NOOP("DailyReport", "Contact-tracing groups"),
    "protective_suit": QT_TRANSLATE_NOOP("DailyReport", "Protective suits"),
    "mask": QT_TRANSLATE_NOOP("DailyReport", "Masks"),
    "disinfectant": QT_TRANSLATE_NOOP("DailyReport", "Disinfectant"),
}


def word(value: str) -> str:
    source = WORDS.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
