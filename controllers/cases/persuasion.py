"""The persuasion road: visits to a person who refused transfer, and their agreement.

The article's officer went back day after day; each visit is logged (when, who, what was said,
how it ended). A visit that ends in agreement moves the case back to awaiting transfer in the
same transaction, so the log and the status never disagree.
"""
from __future__ import annotations

from datetime import datetime

from controllers.cases.workflow import CaseDetail, case_for_change, detail_of, now
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.permissions import Permission
from models.cases.workflow import CLOCK_TOLERANCE, CaseMoveRefused, clean_reason, move_status
from models.db.database import Database
from models.enums import CaseStatus
from models.schema import PersuasionVisit
from models.system_text import SystemText, encode

AGREED_REASON = encode(SystemText.PERSUASION_AGREED)


@action(Permission.MANAGE_CASES)
def add_persuasion_visit(database: Database, user: SignedInUser, case_id: int, said: str,
                         agreed: bool, at: datetime | None = None,
                         by_name: str = "") -> CaseDetail:
    """Log a visit to a refused case; `agreed` returns it to the transfer queue."""
    when = at or now()
    if when > now() + CLOCK_TOLERANCE:
        raise CaseMoveRefused(f"{when:%Y-%m-%d %H:%M} is in the future", "case_future_time")
    text = clean_reason(said, True)
    who = clean_reason(by_name, False)[:64] or user.display_name or user.username
    with user_session(database, user) as session:
        case = case_for_change(session, case_id, None, {})
        if case.status != CaseStatus.REFUSED:
            raise CaseMoveRefused("Persuasion visits are logged for a person who refused",
                                  "persuasion_not_refused")
        session.add(PersuasionVisit(case_id=case.id, at=when, by_user_id=user.id, by_name=who,
                                    said=text, agreed=agreed))
        if agreed:
            move_status(session, case, CaseStatus.AWAITING_TRANSFER, max(when, case.status_since),
                        user.id, AGREED_REASON)
        session.flush()
        return detail_of(session, case, user)
