"""The sentences for the roster's refusals: what a dispatcher reads instead of an error code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text

ROSTER_ERRORS: dict[str, str] = {
    "temperature_out_of_range": QT_TRANSLATE_NOOP("TeamErrors", "A temperature is between 34.0 and 43.0 °C. Check the thermometer and type it again; nothing was saved."),
    "temperature_not_a_number": QT_TRANSLATE_NOOP("TeamErrors", "Type the temperature as a number, for example 36.5; nothing was saved."),
    "shift_overlap": QT_TRANSLATE_NOOP("TeamErrors", "This member already has a shift at that time, with this team or another; nothing was saved."),
    "shift_ends_before_start": QT_TRANSLATE_NOOP("TeamErrors", "A shift must end after it starts."),
    "shift_too_long": QT_TRANSLATE_NOOP("TeamErrors", "A shift lasts at most 48 hours (a double 24-hour standby). Split a longer duty into shifts; nothing was saved."),
    "not_a_member": QT_TRANSLATE_NOOP("TeamErrors", "Only a member of the team can do that."),
    "already_member": QT_TRANSLATE_NOOP("TeamErrors", "Already a member of this team."),
    "two_leaders": QT_TRANSLATE_NOOP("TeamErrors", "The team already has a leader. Hand the leadership over instead; a team has exactly one leader."),
    "no_leader": QT_TRANSLATE_NOOP("TeamErrors", "A quick-response team needs exactly one leader: choose a leader first."),
    "replacement_unwell": QT_TRANSLATE_NOOP("TeamErrors", "This member is unwell today and cannot replace anyone; nothing was saved."),
    "replacement_unchecked": QT_TRANSLATE_NOOP("TeamErrors", "Take this member's temperature before they replace anyone."),
    "not_stood_down": QT_TRANSLATE_NOOP("TeamErrors", "That shift has not been stood down."),
    "negative_stock": QT_TRANSLATE_NOOP("TeamErrors", "Not enough in stock: stock cannot go below zero; nothing was saved."),
    "zero_movement": QT_TRANSLATE_NOOP("TeamErrors", "Type a quantity other than zero."),
}


def roster_error_text(error: CanvassError) -> str:
    if error.code in ROSTER_ERRORS:
        return QCoreApplication.translate("TeamErrors", ROSTER_ERRORS[error.code])
    return error_text(error)
