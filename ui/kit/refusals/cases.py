"""Sentences for the case workflow's refusals, by code; anything else falls back to error_text.

A refusal names what the person sees, never an internal number: the statuses in the board's
words, and for a batch the person whose case stopped it ("王红：已收治的病例不能改为待转运")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.cases.refusals import CaseRefusal
from models.errors import CanvassError, Refusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, fill
from ui.kit.labels import case_status
from ui.kit.refusals.selection import selection_error_text

CONTEXT = "CaseErrors"

BY_CODE: dict[Refusal, str] = {
    CaseRefusal.CLOSED: QT_TRANSLATE_NOOP("CaseErrors", "This case is closed; open a new case for the person instead."),
    CaseRefusal.MOVE_ILLEGAL: QT_TRANSLATE_NOOP("CaseErrors", "Cannot move a case from {from_status} to {to_status}."),
    CaseRefusal.STATUS_UNKNOWN: QT_TRANSLATE_NOOP("CaseErrors", "That is not a case status."),
    CaseRefusal.TRANSFER_ONLY: QT_TRANSLATE_NOOP("CaseErrors", "Only a transfer order moves a case into or out of transit."),
    CaseRefusal.NEEDS_FACILITY: QT_TRANSLATE_NOOP("CaseErrors", "Admission needs the facility that took the person."),
    CaseRefusal.CONFIRMED_CLEAR: QT_TRANSLATE_NOOP("CaseErrors", "A confirmed case is released when it recovers, never cleared."),
    CaseRefusal.CATEGORY_ILLEGAL: QT_TRANSLATE_NOOP("CaseErrors", "A category only rises: close contact, fever, suspected, confirmed."),
    CaseRefusal.REASON_REQUIRED: QT_TRANSLATE_NOOP("CaseErrors", "Say why: this change needs a reason."),
    CaseRefusal.REASON_TOO_LONG: QT_TRANSLATE_NOOP("CaseErrors", "The text is longer than {limit} characters."),
    CaseRefusal.FUTURE_TIME: QT_TRANSLATE_NOOP("CaseErrors", "The time is in the future."),
    CaseRefusal.TIME_BEFORE_LAST: QT_TRANSLATE_NOOP("CaseErrors", "The time is before the case's last change."),
    CaseRefusal.ALREADY_OPEN: QT_TRANSLATE_NOOP("CaseErrors", "This person already has an open case: add to that one."),
    CaseRefusal.NO_PERSON: QT_TRANSLATE_NOOP("CaseErrors", "That person is not in the register."),
    CaseRefusal.NOT_FOUND: QT_TRANSLATE_NOOP("CaseErrors", "That case no longer exists."),
    CaseRefusal.CONTACT_SELF: QT_TRANSLATE_NOOP("CaseErrors", "A case cannot be its own contact."),
    CaseRefusal.CONTACT_DUPLICATE: QT_TRANSLATE_NOOP("CaseErrors", "These two cases are already linked."),
    CaseRefusal.PERSUASION_NOT_REFUSED: QT_TRANSLATE_NOOP("CaseErrors", "Persuasion visits are logged for a person who refused transfer."),
}


# Parameters that carry a stored status: filled in with the board's word for it.
STATUS_PARAMETERS = frozenset({"from_status", "to_status"})


def case_error_text(error: CanvassError) -> str:
    """The sentence for a case refusal; a batch's refusal also names the person it stopped at,
    a selection's says why the batch never started."""
    about_selection = selection_error_text(error)
    if about_selection is not None:
        return about_selection
    source = BY_CODE.get(error.code)
    if source is None:
        text = error_text(error)
    else:
        params = {key: case_status(str(value)) if key in STATUS_PARAMETERS else value
                  for key, value in error.params.items()}
        text = fill(QCoreApplication.translate(CONTEXT, source), params)
    person = getattr(error, "person", None)
    if person is not None and hasattr(error, "cause"):
        text = QCoreApplication.translate("CaseErrors", "%1: %2 No case was changed.") \
            .replace("%1", str(person)).replace("%2", text)
    return text
