"""What Canvass itself writes into a text column, stored as a code with parameters, never as a
sentence: the reader's language is not known when the row is written (a Chinese dispatcher
reads what an English workstation wrote), so the words are chosen when the text is shown, by
controllers/browse/system_text.py.

Where: a case's last action and its events' reason (moves and notes Canvass makes: dispatch,
each transfer step, persuasion, screening, tracing), supply movements' reason (a suit per crew
member), a shift's stand-down reason. Free text a person typed stays as typed, beside the codes
in the same columns; a code parameter may carry such text (a cancellation's reason) verbatim.

The stored form, one line, no schema change:

    ⟦code|key=value|key=value

MARK (U+27E6) first, then the code (SystemText), then each parameter; in a value a backslash
is written `\\\\` and a bar `\\|`. For example `⟦transfer_ordered|number=ZY202002100001|
facility=金银潭医院|plate=鄂A·12345`. No keyboard types MARK followed by a known code and
well-formed parameters by accident; a text that does not decode is shown as typed. `fit`
shortens a code to a column's length by shortening its parameters (the typed one first), so a
stored code always decodes. Migration 0009 converted the English sentences older versions
stored; it repeats MARK and the codes, because a migration never imports the live code.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

MARK = "\u27e6"
SEPARATOR = "|"
ESCAPE = "\\"
ELLIPSIS = "…"


class SystemText(StrEnum):
    """Everything Canvass writes in a text column. Values are stored: never change one."""
    STATUS_MOVED = "status"                      # to: a CaseStatus value
    CATEGORY_MOVED = "category"                  # to: a CaseCategory value
    FEVER_AT_SCREENING = "fever_at_screening"    # a door-knock visit found fever or symptoms
    CLOSE_CONTACT_OF = "close_contact_of"        # case: the source case's id
    PERSUASION_AGREED = "persuasion_agreed"      # agreed to go after persuasion visits
    TRANSFER_ORDERED = "transfer_ordered"        # number, facility, plate
    TRANSFER_PICKED_UP = "transfer_picked_up"    # number
    TRANSFER_ADMITTED = "transfer_admitted"      # number
    TRANSFER_CANCELLED = "transfer_cancelled"    # number, reason (as the dispatcher typed it)
    SUIT_DRAWN = "suit_drawn"                    # number: one protective suit per crew member
    STOOD_DOWN_FEVER = "stood_down_fever"        # temperature (°C, as read)
    STOOD_DOWN_UNWELL = "stood_down_unwell"      # the responder reported feeling unwell
    STOOD_DOWN_EXPOSED = "stood_down_exposed"    # case: the confirmed case they were exposed to
    # The usual reason of a case move, chosen in one key (models/cases/reasons.py).
    USUAL_VERIFIED = "usual_verified"
    USUAL_AWAITING_TRANSFER = "usual_awaiting_transfer"
    USUAL_HOME_OBSERVATION = "usual_home_observation"
    USUAL_REFUSED = "usual_refused"
    USUAL_CLEARED = "usual_cleared"
    USUAL_RELEASED = "usual_released"
    USUAL_DECEASED = "usual_deceased"
    USUAL_FEVER = "usual_fever"
    USUAL_SUSPECTED = "usual_suspected"
    USUAL_CONFIRMED = "usual_confirmed"


# The parameters each code carries, in the order its sentence uses them (%1, %2 …).
PARAMETERS: dict[SystemText, tuple[str, ...]] = {
    SystemText.STATUS_MOVED: ("to",),
    SystemText.CATEGORY_MOVED: ("to",),
    SystemText.FEVER_AT_SCREENING: (),
    SystemText.CLOSE_CONTACT_OF: ("case",),
    SystemText.PERSUASION_AGREED: (),
    SystemText.TRANSFER_ORDERED: ("number", "facility", "plate"),
    SystemText.TRANSFER_PICKED_UP: ("number",),
    SystemText.TRANSFER_ADMITTED: ("number",),
    SystemText.TRANSFER_CANCELLED: ("number", "reason"),
    SystemText.SUIT_DRAWN: ("number",),
    SystemText.STOOD_DOWN_FEVER: ("temperature",),
    SystemText.STOOD_DOWN_UNWELL: (),
    SystemText.STOOD_DOWN_EXPOSED: ("case",),
    **{code: () for code in SystemText if code.value.startswith("usual_")},
}
# Parameters a person typed: shortened first when a code must fit a column.
TYPED: frozenset[str] = frozenset({"reason"})


@dataclass(frozen=True)
class Written:
    """A decoded system text. `code` is a string: a newer Canvass may have written one this
    version does not know (shown by the renderer as the code and its values)."""
    code: str
    parameters: Mapping[str, str]

    def known(self) -> SystemText | None:
        try:
            return SystemText(self.code)
        except ValueError:
            return None


def _escape(value: str) -> str:
    return value.replace(ESCAPE, ESCAPE * 2).replace(SEPARATOR, ESCAPE + SEPARATOR)


def _join(code: str, parameters: Mapping[str, str]) -> str:
    return MARK + SEPARATOR.join([code, *(f"{key}={_escape(value)}"
                                          for key, value in parameters.items())])


def encode(code: SystemText, limit: int | None = None, **parameters: object) -> str:
    """The stored form of `code` with its parameters (all of them, by name); at most `limit`
    characters when given."""
    expected = PARAMETERS[code]
    if set(parameters) != set(expected):
        raise ValueError(f"{code.value} takes {expected}, not {tuple(parameters)}")
    values = {key: "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch
                           for ch in str(parameters[key])) for key in expected}
    return _shorten(code.value, values, limit)


def _shorten(code: str, values: dict[str, str], limit: int | None) -> str:
    text = _join(code, values)
    while limit is not None and len(text) > limit:
        cut = [k for k in values if k in TYPED and values[k]] or \
            sorted((k for k in values if values[k]), key=lambda k: -len(values[k]))
        if not cut:
            raise ValueError(f"{code} cannot be written in {limit} characters")
        key = cut[0]
        value = values[key].removesuffix(ELLIPSIS)
        excess = len(text) - limit + len(ELLIPSIS)
        escaped = any(ch in value for ch in (SEPARATOR, ESCAPE))   # then a cut may shorten by 2
        keep = max(0, len(value) - (max(1, excess // 2) if escaped else excess))
        values[key] = value[:keep] + ELLIPSIS if keep else ""
        text = _join(code, values)
    return text


def decode(text: str | None) -> Written | None:
    """The code and parameters of a stored system text; None for anything else (a person's
    text, an empty column, a malformed code), which is shown as stored."""
    if not text or not text.startswith(MARK):
        return None
    fields: list[str] = [""]
    escaped = False
    for ch in text[len(MARK):]:
        if escaped:
            fields[-1] += ch
            escaped = False
        elif ch == ESCAPE:
            escaped = True
        elif ch == SEPARATOR:
            fields.append("")
        else:
            fields[-1] += ch
    code, pairs = fields[0], fields[1:]
    if not code or not code.replace("_", "").isalnum() or any("=" not in p for p in pairs):
        return None
    parameters = dict(pair.split("=", 1) for pair in pairs)
    written = Written(code, parameters)
    known = written.known()
    if known is not None and set(parameters) != set(PARAMETERS[known]):
        return None
    return written


def is_system_text(text: str | None) -> bool:
    return decode(text) is not None


def fit(text: str, limit: int) -> str:
    """`text` shortened to a column of `limit` characters: a person's text is cut, a code is
    written again with shorter parameters, so that it still decodes."""
    if len(text) <= limit:
        return text
    written = decode(text)
    if written is None:
        return text[:limit]
    return _shorten(written.code, dict(written.parameters), limit)
