"""Sentences for the case workflow's refusals, by code; anything else falls back to error_text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text

CONTEXT = "CaseErrors"

BY_CODE: dict[str, str] = {
    "case_closed": QT_TRANSLATE_NOOP("CaseErrors", "This case is closed; open a new case for the person instead."),
    "case_move_illegal": QT_TRANSLATE_NOOP("CaseErrors", "A case cannot move to that status from its present one."),
    "case_transfer_only": QT_TRANSLATE_NOOP("CaseErrors", "Only a transfer order moves a case into or out of transit."),
    "case_needs_facility": QT_TRANSLATE_NOOP("CaseErrors", "Admission needs the facility that took the person."),
    "case_confirmed_clear": QT_TRANSLATE_NOOP("CaseErrors", "A confirmed case is released when it recovers, never cleared."),
    "case_category_illegal": QT_TRANSLATE_NOOP("CaseErrors", "A category only rises: close contact, fever, suspected, confirmed."),
    "case_reason_required": QT_TRANSLATE_NOOP("CaseErrors", "Say why: this change needs a reason."),
    "case_reason_too_long": QT_TRANSLATE_NOOP("CaseErrors", "The text is longer than 500 characters."),
    "case_future_time": QT_TRANSLATE_NOOP("CaseErrors", "The time is in the future."),
    "case_time_before_last": QT_TRANSLATE_NOOP("CaseErrors", "The time is before the case's last change."),
    "case_already_open": QT_TRANSLATE_NOOP("CaseErrors", "This person already has an open case: add to that one."),
    "case_no_person": QT_TRANSLATE_NOOP("CaseErrors", "That person is not in the register."),
    "case_not_found": QT_TRANSLATE_NOOP("CaseErrors", "That case no longer exists."),
    "contact_self": QT_TRANSLATE_NOOP("CaseErrors", "A case cannot be its own contact."),
    "contact_duplicate": QT_TRANSLATE_NOOP("CaseErrors", "These two cases are already linked."),
    "persuasion_not_refused": QT_TRANSLATE_NOOP("CaseErrors", "Persuasion visits are logged for a person who refused transfer."),
}


def case_error_text(error: CanvassError) -> str:
    """The sentence for a case refusal; a bulk refusal also names the case that stopped it."""
    text = (QCoreApplication.translate(CONTEXT, BY_CODE[error.code]) if error.code in BY_CODE
            else error_text(error))
    case_id = getattr(error, "case_id", None)
    if case_id is not None and hasattr(error, "cause"):
        text = QCoreApplication.translate("CaseErrors", "Case %1: %2 No case was changed.") \
            .replace("%1", str(case_id)).replace("%2", text)
    return text
