"""Exporting line lists: the use case behind the export menu and `canvass export`.

Masking follows the signed-in user's role (models.accounts.masking, as on screen). The case list keeps
the filters it has on screen: the view's filters select the case ids, in SQL, through the same
CaseRows the list reads from. Each export is written to the audit log (who took which personal
data out, and how many rows), since a line list leaves the command center's control.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from controllers.browse.system_text import render
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of, user_session
from models.accounts.audit import entry
from models.accounts.permissions import Permission
from models.cases.rows import CaseRows
from models.db.database import Database
from models.db.row_source import Filters
from models.exporting.lists import FORMATS, KINDS, WRITTEN, ExportCancelled
from models.exporting.lists import export_list as write_list
from models.schema.accounts import AuditEntry

log = logging.getLogger("canvass.exporting")

__all__ = ["FORMATS", "KINDS", "ExportCancelled", "export_list"]


def words_for(label: Callable[[str, str], str] | None) -> Callable[[str, str], str]:
    """`label` for the stored identifiers (or none: they stay as stored), and always the reader's
    sentences for Canvass's codes: a code in a file is read by people, not by a script."""
    def words(vocabulary: str, value: str) -> str:
        if vocabulary == WRITTEN:
            return render(value)
        return label(vocabulary, value) if label is not None else value
    return words


@action(Permission.EXPORT_DATA)
def export_list(database: Database, user: SignedInUser, kind: str, path: Path | str,
                case_filters: Filters | None = None,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                label: Callable[[str, str], str] | None = None) -> int:
    """Write the `kind` line list to `path` (.xlsx, or .csv); returns the rows written.
    `label(vocabulary, value)` gives the words for stored identifiers (the GUI's translated
    labels; the command line leaves the identifiers)."""
    if kind not in KINDS:
        raise ValueError(f"unknown list {kind!r}; one of {', '.join(KINDS)}")
    only = None
    if kind == "cases" and case_filters:
        source = CaseRows(database)
        source.check_filters(case_filters)
        only = source.filtered_ids(case_filters, None)
    count = write_list(database, kind, path, user.sees_full_identifiers, only, progress,
                       cancelled, words_for(label))
    with user_session(database, user) as session:
        session.execute(insert(AuditEntry), [entry(
            actor_of(user), "export", kind, None,
            {"file": Path(path).name, "rows": count, "masked": not user.sees_full_identifiers,
             "filters": {k: str(v) for k, v in (case_filters or {}).items()}})])
    log.info("exported %s rows of %s to %s", count, kind, path)
    return count
