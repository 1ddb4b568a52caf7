"""Sentences for the refusals of transfer sheets, incidents and the exposure back-trace, by code;
anything else falls back to error_text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text

CONTEXT = "SheetsErrors"

BY_CODE: dict[str, str] = {
    "sheet_not_found": QT_TRANSLATE_NOOP("SheetsErrors", "That transfer no longer exists."),
    "incident_description_empty": QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say what happened: the description is empty."),
    "incident_text_too_long": QT_TRANSLATE_NOOP(
        "SheetsErrors", "The text is longer than 2,000 characters."),
    "incident_handler_too_long": QT_TRANSLATE_NOOP(
        "SheetsErrors", "The name of who handled it has at most 64 characters."),
    "incident_future_time": QT_TRANSLATE_NOOP("SheetsErrors", "The time is in the future."),
    "incident_unknown_kind": QT_TRANSLATE_NOOP("SheetsErrors", "Choose one of the listed kinds."),
    "incident_unknown_case": QT_TRANSLATE_NOOP("SheetsErrors", "There is no such case."),
    "incident_unknown_transfer": QT_TRANSLATE_NOOP("SheetsErrors", "There is no such transfer."),
    "incident_transfer_other_case": QT_TRANSLATE_NOOP(
        "SheetsErrors", "That transfer is of another case."),
    "incident_unknown_place": QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say where: a station, a community, a case or a transfer."),
    "incident_not_found": QT_TRANSLATE_NOOP("SheetsErrors", "That incident no longer exists."),
    "incident_already_closed": QT_TRANSLATE_NOOP("SheetsErrors", "That incident is already closed."),
    "incident_outcome_empty": QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say how it ended: the outcome is empty."),
    "incident_closed_before": QT_TRANSLATE_NOOP(
        "SheetsErrors", "An incident cannot be closed before it happened."),
    "exposure_case_not_found": QT_TRANSLATE_NOOP("SheetsErrors", "That case no longer exists."),
    "exposure_nobody": QT_TRANSLATE_NOOP("SheetsErrors", "Choose at least one responder."),
    "exposure_not_exposed": QT_TRANSLATE_NOOP(
        "SheetsErrors", "That responder was not exposed to this case in the past 14 days."),
}


def sheets_error_text(error: BaseException) -> str:
    """A translated sentence for a refusal of this area, else the general one."""
    if isinstance(error, CanvassError):
        if error.code in BY_CODE:
            return QCoreApplication.translate(CONTEXT, BY_CODE[error.code])
        return error_text(error)
    return str(error)
