"""Sentences for an action on a list's selection that did nothing (models/selection.py): the
list changed under the selection, or the selection is larger than one action changes."""
from __future__ import annotations

from models.errors import CanvassError, Refusal
from models.selection import SelectionRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import refusal_sentence

CONTEXT = "SelectionErrors"

BY_CODE: dict[Refusal, str] = {
    SelectionRefusal.CHANGED: QT_TRANSLATE_NOOP("SelectionErrors", "The list changed after the rows were selected (another workstation wrote to it), so nothing was changed: select the rows again."),
    SelectionRefusal.TOO_MANY: QT_TRANSLATE_NOOP("SelectionErrors", "{selected} rows are selected; one action changes at most {limit}. Narrow the list with its filters, then select again."),
}


def selection_error_text(error: CanvassError) -> str | None:
    """The sentence for a selection's refusal; None for any other error."""
    return refusal_sentence(CONTEXT, BY_CODE, error)
