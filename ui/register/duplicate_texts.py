"""Why two register entries were not merged (models.register.refusals.MergeRefusal), in the
duplicates list's own translation context."""
from __future__ import annotations

from models.errors import CanvassError, Refusal
from models.register.refusals import MergeRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence

CONTEXT = "MergeErrors"

BY_CODE: dict[Refusal, str] = {
    MergeRefusal.SAME_PERSON: QT_TRANSLATE_NOOP("MergeErrors", "An entry cannot be merged into itself."),
    MergeRefusal.NO_PERSON: QT_TRANSLATE_NOOP("MergeErrors", "Entry {person} is no longer in the register."),
    MergeRefusal.ALREADY_MERGED: QT_TRANSLATE_NOOP("MergeErrors", "Entry {person} was merged into entry {into} already."),
    MergeRefusal.BOTH_OPEN_CASES: QT_TRANSLATE_NOOP("MergeErrors", "Both entries have an open case: close one of the two first."),
}


def merge_error_text(error: CanvassError) -> str:
    return refusal_sentence(CONTEXT, BY_CODE, error) or error_text(error)
