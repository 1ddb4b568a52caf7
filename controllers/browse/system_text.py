"""The one renderer of what Canvass wrote into a text column (models/system_text.py): each code's
sentence in the reader's language, on screen, on paper and in exports.

A text that is not a code is a person's, and is returned as typed. The sentences live in the
"SystemText" context of the shared catalogue (canvass_zh_CN.ts); the stored status and category
words inside a code come from the one vocabulary (controllers/browse/words.py), so they read
exactly as the board's columns do.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import CASE_STATUSES, CATEGORIES
from models.system_text import PARAMETERS, SystemText, Written, decode
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "SystemText"
S = SystemText

SENTENCES: dict[SystemText, str] = {
    S.STATUS_MOVED: QT_TRANSLATE_NOOP("SystemText", "Status: %1"),
    S.CATEGORY_MOVED: QT_TRANSLATE_NOOP("SystemText", "Category: %1"),
    S.FEVER_AT_SCREENING: QT_TRANSLATE_NOOP("SystemText",
                                            "Fever or symptoms at door-to-door screening"),
    S.CLOSE_CONTACT_OF: QT_TRANSLATE_NOOP("SystemText", "Close contact of case %1"),
    S.PERSUASION_AGREED: QT_TRANSLATE_NOOP("SystemText",
                                           "Agreed to be transferred after persuasion"),
    S.TRANSFER_ORDERED: QT_TRANSLATE_NOOP("SystemText", "Transfer %1 ordered to %2, vehicle %3"),
    S.TRANSFER_PICKED_UP: QT_TRANSLATE_NOOP("SystemText", "Picked up, transfer %1"),
    S.TRANSFER_ADMITTED: QT_TRANSLATE_NOOP("SystemText", "Admitted, transfer %1"),
    S.TRANSFER_CANCELLED: QT_TRANSLATE_NOOP("SystemText", "Transfer %1 cancelled: %2"),
    S.SUIT_DRAWN: QT_TRANSLATE_NOOP("SystemText", "Protective suits, transfer %1"),
    S.STOOD_DOWN_FEVER: QT_TRANSLATE_NOOP("SystemText", "Stood down: %1 °C"),
    S.STOOD_DOWN_UNWELL: QT_TRANSLATE_NOOP("SystemText", "Stood down: reported unwell"),
    S.STOOD_DOWN_EXPOSED: QT_TRANSLATE_NOOP("SystemText",
                                            "Stood down: exposed to confirmed case %1"),
    S.USUAL_VERIFIED: QT_TRANSLATE_NOOP(
        "SystemText", "Verified: identity, address and symptoms checked with the person"),
    S.USUAL_AWAITING_TRANSFER: QT_TRANSLATE_NOOP(
        "SystemText", "To be sent for treatment: waiting for a bed and a vehicle"),
    S.USUAL_HOME_OBSERVATION: QT_TRANSLATE_NOOP(
        "SystemText", "Mild: observed at home by the community doctor"),
    S.USUAL_REFUSED: QT_TRANSLATE_NOOP(
        "SystemText", "Refuses to be transferred: persuasion visits to follow"),
    S.USUAL_CLEARED: QT_TRANSLATE_NOOP("SystemText", "Ruled out: test negative, no symptoms"),
    S.USUAL_RELEASED: QT_TRANSLATE_NOOP("SystemText", "Recovered: released by the facility"),
    S.USUAL_DECEASED: QT_TRANSLATE_NOOP("SystemText", "Died: reported by the facility"),
    S.USUAL_FEVER: QT_TRANSLATE_NOOP("SystemText", "Temperature 37.3 °C or above"),
    S.USUAL_SUSPECTED: QT_TRANSLATE_NOOP("SystemText",
                                         "CT and symptoms point to the new coronavirus"),
    S.USUAL_CONFIRMED: QT_TRANSLATE_NOOP("SystemText", "Nucleic acid test positive"),
}

WORDED = frozenset({S.STATUS_MOVED, S.CATEGORY_MOVED})

_PLACE = re.compile(r"%(\d)")


def _word(value: str) -> str:
    """A status or category inside a code reads as on the board (controllers/browse/words.py)."""
    return (CASE_STATUSES if value in CASE_STATUSES.sources else CATEGORIES).word(value)


def sentence(written: Written) -> str:
    """The sentence of a decoded code; one this version does not know reads as its code and
    values, so nothing is hidden."""
    code = written.known()
    if code is None:
        return " ".join([written.code, *written.parameters.values()])
    values = [written.parameters[key] for key in PARAMETERS[code]]
    if code in WORDED:
        values = [_word(value) for value in values]
    template = QCoreApplication.translate(CONTEXT, SENTENCES[code])
    # One pass: a value that itself contains "%2" (a typed reason) is not substituted again.
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1]
                      if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def render(text: str | None) -> str:
    """What a person reads for a stored text: Canvass's codes in the interface's language, a
    person's text as typed."""
    if not text:
        return ""
    written = decode(text)
    return text if written is None else sentence(written)
