"""Close contacts: link a case to the case it was exposed to, or open a close-contact case for a
person from the register and link it in one step (the contact-tracing group's daily work)."""
from __future__ import annotations

from datetime import date

from controllers.cases.workflow import CaseDetail, case_for_change, detail_of, now
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.permissions import Permission
from models.cases.contacts import link_contact
from models.cases.workflow import CaseMoveRefused, open_case
from models.db.database import Database
from models.enums import CaseCategory
from models.system_text import SystemText, encode


@action(Permission.MANAGE_CASES)
def link_contact_case(database: Database, user: SignedInUser, source_case_id: int,
                      contact_case_id: int, relation: str = "",
                      last_exposure: date | None = None) -> CaseDetail:
    """The contact case was exposed to the source case; returns the source's detail."""
    if last_exposure is not None and last_exposure > now().date():
        raise CaseMoveRefused("The exposure date is in the future", "case_future_time")
    with user_session(database, user) as session:
        link_contact(session, source_case_id, contact_case_id, relation, last_exposure)
        return detail_of(session, case_for_change(session, source_case_id, None, {}), user)


@action(Permission.MANAGE_CASES)
def add_contact_person(database: Database, user: SignedInUser, source_case_id: int,
                       person_id: int, relation: str = "",
                       last_exposure: date | None = None) -> CaseDetail:
    """Open a close-contact case for the person and link it; CaseAlreadyOpen if they have one
    (link that case instead)."""
    if last_exposure is not None and last_exposure > now().date():
        raise CaseMoveRefused("The exposure date is in the future", "case_future_time")
    with user_session(database, user) as session:
        case = open_case(session, person_id, CaseCategory.CLOSE_CONTACT, now(), user.id,
                         encode(SystemText.CLOSE_CONTACT_OF, case=source_case_id))
        link_contact(session, source_case_id, case.id, relation, last_exposure)
        return detail_of(session, case_for_change(session, source_case_id, None, {}), user)
