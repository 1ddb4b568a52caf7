"""Sentences for the refusals of paper (no Chinese font), transfer sheets, incidents and the
exposure back-trace, by code; anything else falls back to error_text."""
from __future__ import annotations

from models.cases.refusals import ExposureRefusal
from models.errors import CanvassError, Refusal
from models.paper.refusals import PaperRefusal
from models.transfers.refusals import IncidentRefusal, SheetRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence

CONTEXT = "SheetsErrors"

BY_CODE: dict[Refusal, str] = {
    SheetRefusal.NOT_FOUND: QT_TRANSLATE_NOOP("SheetsErrors", "That transfer no longer exists."),
    PaperRefusal.NO_CHINESE_FONT: QT_TRANSLATE_NOOP(
        "SheetsErrors", "No font on this computer draws Chinese, so nothing was printed: install "
        "WenQuanYi Micro Hei (Linux), or Microsoft YaHei or SimSun (Windows)."),
    IncidentRefusal.DESCRIPTION_EMPTY: QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say what happened: the description is empty."),
    IncidentRefusal.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "SheetsErrors", "The text is longer than {limit} characters."),
    IncidentRefusal.HANDLER_TOO_LONG: QT_TRANSLATE_NOOP(
        "SheetsErrors", "The name of who handled it has at most {limit} characters."),
    IncidentRefusal.FUTURE_TIME: QT_TRANSLATE_NOOP("SheetsErrors", "The time is in the future."),
    IncidentRefusal.UNKNOWN_KIND: QT_TRANSLATE_NOOP("SheetsErrors", "Choose one of the listed kinds."),
    IncidentRefusal.UNKNOWN_CASE: QT_TRANSLATE_NOOP("SheetsErrors", "There is no such case."),
    IncidentRefusal.UNKNOWN_TRANSFER: QT_TRANSLATE_NOOP("SheetsErrors", "There is no such transfer."),
    IncidentRefusal.TRANSFER_OTHER_CASE: QT_TRANSLATE_NOOP(
        "SheetsErrors", "That transfer is of another case."),
    IncidentRefusal.UNKNOWN_PLACE: QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say where: a station, a community, a case or a transfer."),
    IncidentRefusal.NOT_FOUND: QT_TRANSLATE_NOOP("SheetsErrors", "That incident no longer exists."),
    IncidentRefusal.ALREADY_CLOSED: QT_TRANSLATE_NOOP("SheetsErrors", "That incident is already closed."),
    IncidentRefusal.OUTCOME_EMPTY: QT_TRANSLATE_NOOP(
        "SheetsErrors", "Say how it ended: the outcome is empty."),
    IncidentRefusal.CLOSED_BEFORE: QT_TRANSLATE_NOOP(
        "SheetsErrors", "An incident cannot be closed before it happened."),
    ExposureRefusal.CASE_NOT_FOUND: QT_TRANSLATE_NOOP("SheetsErrors", "That case no longer exists."),
    ExposureRefusal.NOBODY: QT_TRANSLATE_NOOP("SheetsErrors", "Choose at least one responder."),
    ExposureRefusal.NOT_EXPOSED: QT_TRANSLATE_NOOP(
        "SheetsErrors", "That responder was not exposed to this case in the past {days} days."),
}


def sheets_error_text(error: BaseException) -> str:
    """A translated sentence for a refusal of this area, else the general one."""
    if isinstance(error, CanvassError):
        return refusal_sentence(CONTEXT, BY_CODE, error) or error_text(error)
    return str(error)
