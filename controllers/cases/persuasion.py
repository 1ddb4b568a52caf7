"""The persuasion road at the keyboard: log a visit to a person who refused transfer
(models/cases/persuasion.py holds the rule and the write)."""
from __future__ import annotations

from datetime import datetime

from controllers.cases.workflow import CaseDetail, now, shown_detail
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.permissions import Permission
from models.cases.detail import case_detail
from models.cases.persuasion import log_persuasion_visit
from models.db.database import Database


@action(Permission.MANAGE_CASES)
def add_persuasion_visit(database: Database, user: SignedInUser, case_id: int, said: str,
                         agreed: bool, at: datetime | None = None,
                         by_name: str = "") -> CaseDetail:
    """Log a visit to a refused case; `agreed` returns it to the transfer queue."""
    with user_session(database, user) as session:
        case = log_persuasion_visit(session, case_id, said, agreed, at or now(), by_name,
                                    user.id, user.display_name or user.username, now())
        return shown_detail(case_detail(session, case.id), user)
