"""Words and cell painters for door-to-door coverage: visit outcomes, laggard rows, errors.

Rows hold stored values ("nobody_home"); these delegates show the translated word, and paint a
community that lags behind its daily target so it stands out without being read.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text
from ui.kit.labels import outcome

ERRORS = {
    "visit_household_unknown": QT_TRANSLATE_NOOP("CoverageErrors", "This household is not in the register."),
    "temperature_implausible": QT_TRANSLATE_NOOP("CoverageErrors", "A temperature must lie between 34 and 43 °C: check the figure."),
    "temperature_unreadable": QT_TRANSLATE_NOOP("CoverageErrors", "A temperature is a number such as 36.8."),
    "visit_in_future": QT_TRANSLATE_NOOP("CoverageErrors", "The visit time is in the future."),
    "visit_duplicate": QT_TRANSLATE_NOOP("CoverageErrors", "This visit was already recorded; nothing was saved twice."),
    "visit_person_not_member": QT_TRANSLATE_NOOP("CoverageErrors", "A person screened here does not belong to this household."),
    "visit_person_twice": QT_TRANSLATE_NOOP("CoverageErrors", "A person is listed twice in this visit."),
    "visit_outcome": QT_TRANSLATE_NOOP("CoverageErrors", "Choose the visit's outcome."),
    "visit_team_unknown": QT_TRANSLATE_NOOP("CoverageErrors", "That team no longer exists."),
    "visit_screenings_without_screening": QT_TRANSLATE_NOOP("CoverageErrors", "Temperatures are recorded for a screened household only."),
    "visit_note_too_long": QT_TRANSLATE_NOOP("CoverageErrors", "A note has at most 500 characters."),
    "visit_symptoms_too_long": QT_TRANSLATE_NOOP("CoverageErrors", "Symptoms have at most 200 characters."),
    "community_unknown": QT_TRANSLATE_NOOP("CoverageErrors", "No community has that name or code."),
    "community_ambiguous": QT_TRANSLATE_NOOP("CoverageErrors", "Several communities have that name: give its code."),
}
LAGGARD_BACKGROUND = QColor("#fdecea")
LAGGARD_TEXT = QColor("#a12a1c")


def coverage_error_text(error: CanvassError) -> str:
    """The sentence for a coverage or visit error; other errors as ui.kit.error_text says."""
    source = ERRORS.get(error.code)
    return QCoreApplication.translate("CoverageErrors", source) if source else error_text(error)


class OutcomeDelegate(QStyledItemDelegate):
    """Shows a stored visit outcome as its translated word."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return outcome(str(value)) if value else ""


class DueDelegate(QStyledItemDelegate):
    """Shows the gap list's due flag (1) as words; not yet due (0) stays blank."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return QCoreApplication.translate("Outcomes", "due now") if str(value) == "1" else ""


class LaggardDelegate(QStyledItemDelegate):
    """Paints a whole row pale red, its text dark red and bold, when `is_lagging(row)` says so."""

    def __init__(self, is_lagging: Callable[[int], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.is_lagging = is_lagging

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.is_lagging(index.row()):
            option.backgroundBrush = QBrush(LAGGARD_BACKGROUND)
            option.palette.setColor(option.palette.ColorRole.Text, LAGGARD_TEXT)
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
