"""The district workbook's use cases: the empty template, the import (checked whole, written
all or nothing), the export. Behind `canvass setup` and the set-up-our-district wizard.

Master data in bulk is the commander's (the role that edits every master table; users stay
with the admin), and a workbook carries the responders' resident IDs and phones in full, which
only the commander may take out. The import runs on whatever thread calls it and reports only
through `progress(share)`; every row it writes is audited under the person importing, with one
more entry naming the file and what it changed. The export is audited too: personal data left.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of, read_session, user_session
from controllers.setup.problem_text import located
from models.accounts.audit import entry
from models.accounts.permissions import Permission, require
from models.db.database import Database
from models.db.statistics import SETUP_TABLES, analyse
from models.schema.accounts import AuditEntry
from models.setup.existing import read_existing
from models.setup.exporting import write_district_workbook
from models.setup.importing import SetupOptions, SetupResult, import_district
from models.setup.problems import SetupProblem, WrongShape
from models.setup.reading import WorkbookFile, read_workbook
from models.setup.report import write_setup_report
from models.setup.template import write_template

log = logging.getLogger("canvass.setup")

__all__ = ["SetupProblem", "SetupResult", "WorkbookFile", "WrongShape", "export_workbook",
           "import_workbook", "open_workbook", "write_report", "write_template"]


@action(Permission.SET_UP_DISTRICT)
def open_workbook(database: Database, user: SignedInUser, path: Path | str) -> WorkbookFile:
    """Open the file and sort its sheets; WrongShape says what it looks like when it is not a
    district workbook."""
    return read_workbook(path)


@action(Permission.SET_UP_DISTRICT)
def import_workbook(database: Database, user: SignedInUser, book: WorkbookFile,
                    dry_run: bool = False, today: date | None = None,
                    progress: Callable[[float], None] | None = None) -> SetupResult:
    """Check the workbook against the database and write it, unless a problem blocks it or it
    is a dry run (then nothing is written)."""
    now = datetime.now().replace(microsecond=0)
    options = SetupOptions(today=today or now.date(), now=now, dry_run=dry_run)
    log.info("setting up from %s (dry run: %s)", book.path, dry_run)
    with user_session(database, user) as session:
        result = import_district(session, book, options, actor_of(user), progress)
    if result.written:   # committed: the planner sees the district's new rows at once
        analyse(database, SETUP_TABLES)
    log.info("set up from %s: %s, refused: %s, written: %s", book.path.name, result.counts,
             result.refused, result.written)
    return result


@action(Permission.SET_UP_DISTRICT)
def export_workbook(database: Database, user: SignedInUser, path: Path | str) -> dict[str, int]:
    """Write the district's master data as its workbook; the rows written per sheet."""
    require(user.role, Permission.SEE_FULL_IDENTIFIERS)
    with read_session(database) as session:
        existing = read_existing(session)
    counts = write_district_workbook(path, existing)
    with user_session(database, user) as session:
        session.execute(insert(AuditEntry), [entry(
            actor_of(user), "export", "district_workbook", None,
            {"file": Path(path).name, **counts})])
    log.info("exported the district workbook to %s: %s", path, counts)
    return counts



def write_report(path: Path | str, problems: Iterable[SetupProblem]) -> Path:
    """The problems as the .xlsx validation report, worded in the interface language (the
    wizard's "save the report"; the command line writes the same file)."""
    return write_setup_report(path, problems, located)
