"""The persuasion road: visits to a person who refused transfer, and their agreement.

The article's officer went back day after day; each visit is logged (when, who, what was said,
how it ended). A visit that ends in agreement moves the case back to awaiting transfer in the
same transaction, so the log and the status never disagree.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.cases.changes import case_for_change
from models.cases.refusals import CaseRefusal
from models.cases.workflow import CLOCK_TOLERANCE, CaseMoveRefused, clean_reason, move_status
from models.enums import CaseStatus
from models.schema.cases import Case, PersuasionVisit
from models.system_text import SystemText, encode

AGREED_REASON = encode(SystemText.PERSUASION_AGREED)
VISITOR_LIMIT = 64   # PersuasionVisit.by_name


def log_persuasion_visit(session: Session, case_id: int, said: str, agreed: bool, at: datetime,
                         by_name: str, user_id: int | None, signed_in_as: str,
                         now: datetime) -> Case:
    """Log a visit to a refused case; `agreed` returns it to the transfer queue. The visitor is
    the name typed, or the signed-in person (`signed_in_as`) when none was."""
    if at > now + CLOCK_TOLERANCE:
        raise CaseMoveRefused(f"{at:%Y-%m-%d %H:%M} is in the future", CaseRefusal.FUTURE_TIME)
    text = clean_reason(said, True)
    who = clean_reason(by_name, False)[:VISITOR_LIMIT] or signed_in_as
    case = case_for_change(session, case_id, None, {})
    if case.status != CaseStatus.REFUSED:
        raise CaseMoveRefused("Persuasion visits are logged for a person who refused",
                              CaseRefusal.PERSUASION_NOT_REFUSED)
    session.add(PersuasionVisit(case_id=case.id, at=at, by_user_id=user_id, by_name=who,
                                said=text, agreed=agreed))
    if agreed:
        move_status(session, case, CaseStatus.AWAITING_TRANSFER, max(at, case.status_since),
                    user_id, AGREED_REASON)
    session.flush()
    return case
