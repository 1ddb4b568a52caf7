"""The usual reason for each move a person makes on a case, so that saying why costs one key.

Every move needs a reason (models/cases/workflow.py refuses an empty one); most are the same
few sentences all day, so each target status and category has its usual one here, stored as a
code (models/system_text.py) and read in the reader's language (controllers/browse/system_text.py).
Moves only a transfer makes (in transit, admitted) write their own codes and have none here.
"""
from __future__ import annotations

from models.enums import CaseCategory, CaseStatus
from models.system_text import SystemText, encode

S, C, T = CaseStatus, CaseCategory, SystemText

USUAL_REASONS: dict[str, SystemText] = {
    S.VERIFIED: T.USUAL_VERIFIED,
    S.AWAITING_TRANSFER: T.USUAL_AWAITING_TRANSFER,
    S.HOME_OBSERVATION: T.USUAL_HOME_OBSERVATION,
    S.REFUSED: T.USUAL_REFUSED,
    S.CLEARED: T.USUAL_CLEARED,
    S.RELEASED: T.USUAL_RELEASED,
    S.DECEASED: T.USUAL_DECEASED,
    C.FEVER: T.USUAL_FEVER,
    C.SUSPECTED: T.USUAL_SUSPECTED,
    C.CONFIRMED: T.USUAL_CONFIRMED,
}


def usual_reason(to: str) -> str | None:
    """The stored form of the usual reason for a move to status or category `to`; None where
    the move has no usual reason (a person then types one)."""
    code = USUAL_REASONS.get(to)
    return encode(code) if code is not None else None
