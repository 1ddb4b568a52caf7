"""Taking a contact-tracing list (流调名单): the use case behind the intake wizard and
`canvass intake`.

Opening cases is case work, so the list is the case managers' (dispatchers, commanders); the
persons it adds to the register are placeholders for the teams to find, recorded with where
they came from. One session for the whole list, audited under the person taking it; it is
committed only when the model says the list may land (not a dry run, no row refused unless
refused rows were to be skipped). Runs on whatever thread calls it and reports only through
`progress(share)` and `cancelled()`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from controllers.intake.problem_text import REPORT_WORDS
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of, user_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.db.statistics import INTAKE_TABLES, analyse
from models.importing.readers import RegisterFile, open_register
from models.intake.columns import Mapping as Columns
from models.intake.columns import guess_mapping, identifies
from models.intake.intake import take_contact_list
from models.intake.problems import IntakeRefused
from models.intake.refusals import IntakeRefusal
from models.intake.report import write_intake_report
from models.intake.results import NEW_PERSON, IntakeOptions, IntakeResult, Outcome

log = logging.getLogger("canvass.intake")

# What the wizard reads of a result: the outcomes, and the decision "a new person to find".
__all__ = ["NEW_PERSON", "IntakeResult", "Outcome", "open_contact_list", "take_contacts",
           "write_report"]


@action(Permission.MANAGE_CASES)
def open_contact_list(database: Database, user: SignedInUser, path: Path | str,
                      header_row: int | None = None) -> tuple[RegisterFile, Columns]:
    """Open the list (UnreadableFile with a reason) and find its columns; IntakeRefused when
    no column names a person."""
    contacts = open_register(path, header_row=header_row)
    columns = guess_mapping(contacts.headers)
    if not identifies(columns):
        headers = "、".join(header for header in contacts.headers if header)
        raise IntakeRefused(f"{contacts.path.name} has no name or resident ID column",
                            IntakeRefusal.NO_IDENTITY_COLUMN, headers=headers)
    return contacts, columns


@action(Permission.MANAGE_CASES)
def take_contacts(database: Database, user: SignedInUser, path: Path | str,
                  source_case: int | None = None, *, dry_run: bool = False,
                  skip_bad: bool = False, decisions: Mapping[int, int] | None = None,
                  header_row: int | None = None, now: datetime | None = None,
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> IntakeResult:
    """Match every row and open, link or add as it says; nothing is written on a dry run or
    when a row is refused (unless `skip_bad`). `decisions` settle held rows (row → person id,
    or NEW_PERSON)."""
    contacts, columns = open_contact_list(database, user, path, header_row)
    options = IntakeOptions(now=now or datetime.now().replace(microsecond=0),
                            source_case=source_case, dry_run=dry_run, skip_bad=skip_bad,
                            decisions=dict(decisions or {}),
                            sees_full=user.sees_full_identifiers)
    log.info("taking %s (source case %s, dry run %s, skip bad rows %s)", contacts.path,
             source_case, dry_run, skip_bad)
    with user_session(database, user) as session:
        result = take_contact_list(session, contacts, columns, options, actor_of(user),
                                   progress, cancelled)
        if not result.written:
            session.rollback()
    if result.written:   # committed: the planner sees the new persons and cases at once
        analyse(database, INTAKE_TABLES)
    log.info("took %s: %s, written: %s", contacts.path.name, result.counts(), result.written)
    return result


def write_report(path: Path | str, result: IntakeResult) -> Path:
    """The intake's report as .xlsx, worded in the interface language."""
    return write_intake_report(path, result, REPORT_WORDS)
