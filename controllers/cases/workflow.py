"""Case use cases: open a case, move its status or category, add a note, bulk moves, and the
case detail a dispatcher reads (person masked per role, household, history, contacts, transfers).

Each action is a permission, one session and one call into models/cases/; the detail comes back
masked for the user's role and with Canvass's texts in the reader's language.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from controllers.browse.system_text import render
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.login_roles import MASKED_READERS
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.cases.changes import change_case_category, change_case_status, move_cases, note_case, note_cases
from models.cases.detail import CaseDetail, case_detail, case_detail_held
from models.cases.reasons import usual_reason
from models.cases.rows import CaseRows
from models.cases.workflow import as_category, open_case, statuses_for_selection
from models.db.database import Database
from models.db.row_selection import selected_ids
from models.enums import CaseStatus
from models.selection import RowSelection

# What a bulk action acts on: the ids of the cases, or the board's selection as the board means
# it (every selected row, loaded or not: models/selection.py).
ChosenCases = Sequence[int] | RowSelection

__all__ = ["CaseDetail", "ChosenCases", "RowSelection", "add_case_note", "bulk_change_status", "change_category", "change_status",
           "load_case", "mark_for_transfer", "note_selected_cases", "now", "open_case_for_person",
           "shown_detail", "statuses_for_selection", "usual_reason"]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def shown_detail(detail: CaseDetail, user: SignedInUser) -> CaseDetail:
    """The detail as `user` may read it: identifiers masked unless the role sees them, codes
    rendered in the interface's language."""
    full = user.sees_full_identifiers
    return replace(
        detail, resident_id=shown_resident_id(detail.resident_id, full),
        phone=shown_phone(detail.phone, full), last_action=render(detail.last_action),
        members=tuple((i, n, shown_resident_id(r, full)) for i, n, r in detail.members),
        events=tuple((at, who, kind, f, t, render(why))
                     for at, who, kind, f, t, why in detail.events))


@action(Permission.VIEW)
def load_case(database: Database, user: SignedInUser, case_id: int) -> CaseDetail:
    """The case window's load: every part of the detail asked at once, one round trip."""
    return shown_detail(case_detail_held(database, case_id), user)


@action(Permission.MANAGE_CASES)
def open_case_for_person(database: Database, user: SignedInUser, person_id: int,
                         category: str, reason: str = "", at: datetime | None = None,
                         source_visit_id: int | None = None) -> int:
    """Open a case; CaseAlreadyOpen (with the open case's id) if the person has one."""
    with user_session(database, user) as session:
        case = open_case(session, person_id, as_category(category), at or now(), user.id, reason,
                         source_visit_id)
        return case.id


@action(Permission.MANAGE_CASES)
def change_status(database: Database, user: SignedInUser, case_id: int, expected_version: int,
                  to: str, reason: str, at: datetime | None = None,
                  facility_id: int | None = None) -> CaseDetail:
    with user_session(database, user) as session:
        case = change_case_status(session, case_id, expected_version, to, at or now(), user.id,
                                  reason, facility_id)
        return shown_detail(case_detail(session, case.id), user)


@action(Permission.MANAGE_CASES)
def change_category(database: Database, user: SignedInUser, case_id: int, expected_version: int,
                    to: str, reason: str, at: datetime | None = None) -> CaseDetail:
    with user_session(database, user) as session:
        case = change_case_category(session, case_id, expected_version, to, at or now(), user.id,
                                    reason)
        return shown_detail(case_detail(session, case.id), user)


@action(Permission.MANAGE_CASES)
def add_case_note(database: Database, user: SignedInUser, case_id: int, text: str,
                  at: datetime | None = None) -> CaseDetail:
    with user_session(database, user) as session:
        case = note_case(session, case_id, at or now(), user.id, text)
        return shown_detail(case_detail(session, case.id), user)


def chosen_case_ids(session: Session, database: Database, user: SignedInUser,
                    chosen: ChosenCases) -> Sequence[int]:
    """The ids of the chosen cases, a board selection's found by the database in the action's
    own session (the board's rows as `user` reads them: a masked reader's search finds by whole
    identifiers only). SelectionRefused when the board changed under the selection."""
    if isinstance(chosen, RowSelection):
        source = CaseRows(database, masked=not user.sees_full_identifiers,
                          masked_views=user.role in MASKED_READERS)
        return selected_ids(session, source, chosen)
    return chosen


@action(Permission.MANAGE_CASES)
def note_selected_cases(database: Database, user: SignedInUser, case_ids: ChosenCases,
                        text: str, at: datetime | None = None) -> int:
    """The same note on every selected case, or on none; how many were noted."""
    with user_session(database, user) as session:
        return note_cases(session, chosen_case_ids(session, database, user, case_ids),
                          at or now(), user.id, text)


@action(Permission.MANAGE_CASES)
def bulk_change_status(database: Database, user: SignedInUser, case_ids: ChosenCases, to: str,
                       reason: str, at: datetime | None = None) -> int:
    """Move every selected case, or none: the first refusal rolls the whole batch back. How
    many cases moved: every selected one, loaded on the board or not."""
    when = at or now()
    with user_session(database, user) as session:
        return move_cases(session, chosen_case_ids(session, database, user, case_ids), to, when,
                          user.id, reason)


@action(Permission.MANAGE_CASES)
def mark_for_transfer(database: Database, user: SignedInUser, case_ids: ChosenCases,
                      reason: str, at: datetime | None = None) -> int:
    """Put the selected cases in the transfer queue (awaiting transfer), all or nothing."""
    return bulk_change_status(database, user, case_ids, CaseStatus.AWAITING_TRANSFER.value,
                              reason, at)
