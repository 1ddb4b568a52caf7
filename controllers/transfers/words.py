"""The transfers' words on screen: a facility's kind and the categories it takes, in the
reader's language. Rows hold stored values; the facilities list and the dispatch dialog show
them through these."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import FACILITY_KINDS as FACILITY_WORDS
from models.translatable import QT_TRANSLATE_NOOP

ACCEPTED = {
    "confirmed": QT_TRANSLATE_NOOP("FacilityKind", "confirmed"),
    "suspected": QT_TRANSLATE_NOOP("FacilityKind", "suspected"),
    "fever": QT_TRANSLATE_NOOP("FacilityKind", "fever"),
    "close_contact": QT_TRANSLATE_NOOP("FacilityKind", "close contacts"),
}
# Most serious first, as people read the list of what a facility takes.
ORDER = ("confirmed", "suspected", "fever", "close_contact")


def kind_text(value: str) -> str:
    return FACILITY_WORDS.word(value)


def accepts_text(values: Sequence[str]) -> str:
    chosen = sorted(values, key=lambda v: ORDER.index(v) if v in ORDER else len(ORDER))
    return QCoreApplication.translate("FacilityKind", ", ").join(
        QCoreApplication.translate("FacilityKind", ACCEPTED.get(v, v)) for v in chosen)
