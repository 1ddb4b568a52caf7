"""Errors a person can act on: each carries one clear message, in English for logs; the UI
translates by the error's class."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


class CanvassError(Exception):
    """Base of every error Canvass reports to a person instead of a traceback.

    `code` names the problem for the UI, which shows its own translated sentence for it; the
    English message is for logs and the command line."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class DatabaseUnavailable(CanvassError):
    """The server did not answer, refused the credentials, or the file cannot be opened."""


class NotADatabase(CanvassError):
    """The path exists but is not a SQLite database (or not a Canvass one)."""


class SchemaTooNew(CanvassError):
    """The database was written by a newer Canvass: we refuse it rather than touch it."""


class DatabaseNotEmpty(CanvassError):
    """An operation that needs an empty database (the demo) found data in it."""


@dataclass(frozen=True)
class FieldDifference:
    field: str
    original: Any   # what the form loaded
    mine: Any       # what the person typed
    theirs: Any     # what is in the database now


class EditConflict(CanvassError):
    """The record changed since the form loaded it. Nothing was saved.

    Here rather than beside the edit writer (models/editing.py) so that a screen can catch it
    without importing anything that runs SQL."""

    def __init__(self, table: str, row_id: int, current_version: int, by: str | None,
                 at: datetime | None, differences: list[FieldDifference]) -> None:
        who = by or "another workstation"
        super().__init__(f"{who} changed this record while you were editing it; nothing was saved",
                         "conflict")
        self.table = table
        self.row_id = row_id
        self.current_version = current_version
        self.by = by
        self.at = at
        self.differences = differences


class RecordGone(CanvassError):
    """The record was deleted by someone else while it was open."""
