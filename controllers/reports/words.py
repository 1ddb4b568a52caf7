"""The report's plural headings for stored values, in the "DailyReport" context of the dashboard's
catalogue: a report is written where no window (and no ui/kit/labels) exists."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import CATEGORIES
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DailyReport"
WORDS = {
    "work_group": QT_TRANSLATE_NOOP("DailyReport", "Work groups"),
    "quick_response": QT_TRANSLATE_NOOP("DailyReport", "Quick-response teams"),
    "contact_tracing": QT_TRANSLATE_NOOP("DailyReport", "Contact-tracing groups"),
    "protective_suit": QT_TRANSLATE_NOOP("DailyReport", "Protective suits"),
    "mask": QT_TRANSLATE_NOOP("DailyReport", "Masks"),
    "disinfectant": QT_TRANSLATE_NOOP("DailyReport", "Disinfectant"),
}


def word(value: str) -> str:
    """A category reads as everywhere else (controllers/browse/words.py); team kinds and
    supplies read as the report's plural headings."""
    if value in CATEGORIES.sources:
        return CATEGORIES.word(value)
    source = WORDS.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
