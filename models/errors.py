"""Errors a person can act on: each carries one clear message, in English for logs; the UI
translates by the error's class."""
from __future__ import annotations


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
