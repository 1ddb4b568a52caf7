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

from models.communities.refusals import CommunityRefusal
from models.errors import CanvassError, Refusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence
from ui.kit.labels import outcome

ERRORS: dict[Refusal, str] = {
    CommunityRefusal.VISIT_HOUSEHOLD_UNKNOWN: QT_TRANSLATE_NOOP(
        "CoverageErrors", "This household is not in the register."),
    CommunityRefusal.TEMPERATURE_IMPLAUSIBLE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A temperature must lie between {low} and {high} °C: check the figure."),
    CommunityRefusal.TEMPERATURE_UNREADABLE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A temperature is a number such as 36.8."),
    CommunityRefusal.VISIT_IN_FUTURE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "The visit time is in the future."),
    CommunityRefusal.VISIT_DUPLICATE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "This visit was already recorded; nothing was saved twice."),
    CommunityRefusal.VISIT_ALREADY_SAVED: QT_TRANSLATE_NOOP(
        "CoverageErrors", "This form's visit was already saved, before the change you made: "
                          "close the form and look at the household's visits before recording "
                          "another."),
    CommunityRefusal.VISIT_PERSON_NOT_MEMBER: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A person screened here does not belong to this household."),
    CommunityRefusal.VISIT_PERSON_TWICE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A person is listed twice in this visit."),
    CommunityRefusal.VISIT_OUTCOME: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Choose the visit's outcome."),
    CommunityRefusal.VISIT_TEAM_UNKNOWN: QT_TRANSLATE_NOOP(
        "CoverageErrors", "That team no longer exists."),
    CommunityRefusal.VISIT_SCREENINGS_WITHOUT_SCREENING: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Temperatures are recorded for a screened household only."),
    CommunityRefusal.VISIT_NOTE_TOO_LONG: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A note has at most {limit} characters."),
    CommunityRefusal.VISIT_SYMPTOMS_TOO_LONG: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Symptoms have at most {limit} characters."),
    CommunityRefusal.VISIT_TEMPERATURE_MISSING: QT_TRANSLATE_NOOP(
        "CoverageErrors", "{name}: enter a temperature, or mark them not at home or refusing."),
    CommunityRefusal.VISIT_MEMBER_UNACCOUNTED: QT_TRANSLATE_NOOP(
        "CoverageErrors", "{name} lives here: enter a temperature, or mark them not at home, "
                          "refusing or living elsewhere now."),
    CommunityRefusal.VISIT_NOBODY_SCREENED: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Nobody was screened: enter a temperature, or choose nobody home or "
                          "refused to open."),
    CommunityRefusal.PRESENCE_UNKNOWN: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Say whether the member was at home."),
    CommunityRefusal.FOUND_TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "CoverageErrors", "At most {limit} characters: shorten it."),
    CommunityRefusal.FOUND_ID_REGISTERED: QT_TRANSLATE_NOOP(
        "CoverageErrors", "This resident ID is registered as {name} of {community}: record the "
                          "visit at that person's household, or check the ID."),
    CommunityRefusal.FOUND_NO_ID_REASON: QT_TRANSLATE_NOOP(
        "CoverageErrors", "{name}: enter the resident ID, or say why none was shown."),
    CommunityRefusal.RESIDENCE_UNKNOWN: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Say where the member lives now."),
    CommunityRefusal.RESIDENCE_SINCE_FUTURE: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A member cannot have left after the visit: check the date."),
    CommunityRefusal.NEW_DOOR_EMPTY: QT_TRANSLATE_NOOP(
        "CoverageErrors", "A new door needs its door number or an address."),
    CommunityRefusal.NEW_DOOR_LISTED: QT_TRANSLATE_NOOP(
        "CoverageErrors", "{place} is on the list already: record the visit there."),
    CommunityRefusal.COMMUNITY_UNKNOWN: QT_TRANSLATE_NOOP(
        "CoverageErrors", "No community has that name or code."),
    CommunityRefusal.COMMUNITY_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "CoverageErrors", "Several communities have that name: give its code."),
}
LAGGARD_BACKGROUND = QColor("#fdecea")
LAGGARD_TEXT = QColor("#a12a1c")


def coverage_error_text(error: CanvassError) -> str:
    """The sentence for a coverage or visit error; other errors as ui.kit.error_text says."""
    return refusal_sentence("CoverageErrors", ERRORS, error) or error_text(error)


def outcome_words(value: Any) -> str:
    return outcome(str(value)) if value else ""


def due_words(value: Any) -> str:
    return QCoreApplication.translate("Outcomes", "due now") if str(value) == "1" else ""


class OutcomeDelegate(QStyledItemDelegate):
    """Shows a stored visit outcome as its translated word (and gives an export the same)."""

    words = staticmethod(outcome_words)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return outcome_words(value)


class DueDelegate(QStyledItemDelegate):
    """Shows the gap list's due flag (1) as words; not yet due (0) stays blank."""

    words = staticmethod(due_words)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return due_words(value)


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
