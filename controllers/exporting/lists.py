"""Exporting line lists: the use case behind `canvass export`.

Masking follows the signed-in user's role (models.accounts.masking, as on screen). Stored
identifiers come out as the words of the reader's language (the vocabularies the screens use:
"确诊患者", never `confirmed`; "女", never `F`), headings too, and times as date cells. Each
export is written to the audit log (who took which personal data out, and how many rows), since
a line list leaves the command center's control. What a list shows on screen is exported by
controllers/exporting/shown.py.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from controllers.browse import words
from controllers.browse.system_text import render
from controllers.exporting.audit import audit_export
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.exporting.files import ExportCancelled
from models.exporting.lists import FORMATS, KINDS, WRITTEN, YES_NO
from models.exporting.lists import export_list as write_list
from models.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("canvass.exporting")

__all__ = ["FORMATS", "KINDS", "ExportCancelled", "export_list", "heading", "word"]

VOCABULARIES: dict[str, words.Vocabulary] = {
    "category": words.CATEGORIES,
    "case_status": words.CASE_STATUSES,
    "transfer_status": words.TRANSFER_STATUSES,
    "team_kind": words.TEAM_KINDS,
    "sex": words.SEXES,
    "responder_role": words.ROLES,
}
YES = QT_TRANSLATE_NOOP("ExportList", "Yes")
NO = QT_TRANSLATE_NOOP("ExportList", "No")


def word(vocabulary: str, value: Any) -> str:
    """A stored identifier as the reader says it: a vocabulary's word, a rendered code of
    Canvass's, yes or no."""
    if vocabulary == WRITTEN:
        return render(str(value))
    if vocabulary == YES_NO:
        return QCoreApplication.translate("ExportList", YES if value else NO)
    found = VOCABULARIES.get(vocabulary)
    return found.word(value) if found is not None else str(value)


def heading(source: str) -> str:
    return QCoreApplication.translate("ExportColumn", source)


@action(Permission.EXPORT_DATA)
def export_list(database: Database, user: SignedInUser, kind: str, path: Path | str,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Write the `kind` line list to `path` (.xlsx, or .csv); returns the rows written."""
    if kind not in KINDS:
        raise ValueError(f"unknown list {kind!r}; one of {', '.join(KINDS)}")
    count = write_list(database, kind, path, user.sees_full_identifiers, None, progress,
                       cancelled, word, heading)
    audit_export(database, user, kind, Path(path), count, {})
    log.info("exported %s rows of %s to %s", count, kind, path)
    return count
