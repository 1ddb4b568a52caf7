"""Close contacts: link a case to the case it was exposed to, or open a close-contact case for a
person from the register and link it in one step (the contact-tracing group's daily work)."""
from __future__ import annotations

from datetime import date

from controllers.cases.workflow import CaseDetail, now, shown_detail
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.permissions import Permission
from models.cases.contacts import add_contact_person as open_contact_case
from models.cases.contacts import link_contact_cases
from models.cases.detail import case_detail
from models.db.database import Database


@action(Permission.MANAGE_CASES)
def link_contact_case(database: Database, user: SignedInUser, source_case_id: int,
                      contact_case_id: int, relation: str = "",
                      last_exposure: date | None = None) -> CaseDetail:
    """The contact case was exposed to the source case; returns the source's detail."""
    today = now().date()
    with user_session(database, user) as session:
        link_contact_cases(session, source_case_id, contact_case_id, relation, last_exposure,
                           today)
        return shown_detail(case_detail(session, source_case_id), user)


@action(Permission.MANAGE_CASES)
def add_contact_person(database: Database, user: SignedInUser, source_case_id: int,
                       person_id: int, relation: str = "",
                       last_exposure: date | None = None) -> CaseDetail:
    """Open a close-contact case for the person and link it; CaseAlreadyOpen if they have one
    (link that case instead)."""
    moment = now()
    with user_session(database, user) as session:
        open_contact_case(session, source_case_id, person_id, relation, last_exposure, moment,
                          user.id)
        return shown_detail(case_detail(session, source_case_id), user)
