"""Errors a person can act on: each carries a refusal code and the numbers or names behind it;
the English message is for logs, the UI translates by the code and fills in the parameters."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

# What a refusal may carry for its sentence: a limit, a name, a day.
RefusalParam = str | int | float


class Refusal(StrEnum):
    """Base of every feature's refusal codes (models/<feature>/refusals.py).

    A member's value is the code written to logs and matched by the translated sentence tables;
    it never changes once shipped. Each feature names its own members so that a raise site says
    `TransferRefusal.FACILITY_FULL`, never a string a typo could break."""


class DatabaseRefusal(Refusal):
    """Refusals of the database itself and of a record edited by two people at once."""
    UNAVAILABLE = "database_unavailable"
    NOT_A_DATABASE = "not_a_database"
    SCHEMA_TOO_NEW = "schema_too_new"
    NOT_EMPTY = "database_not_empty"
    CONFLICT = "conflict"
    GONE = "gone"
    # Another workstation wrote the same thing first (a unique constraint refused the row; see
    # models/db/conflicts.py): in words where Canvass knows what clashed.
    CLASH = "clash"
    CLASH_VISIT = "clash_visit"
    CLASH_VEHICLE = "clash_vehicle"
    CLASH_NAME = "clash_name"
    CLASH_OPEN_CASE = "clash_open_case"
    CLASH_RESIDENT_ID = "clash_resident_id"
    BROKEN_RULE = "broken_rule"
    DISK_FULL = "disk_full"   # the disk (SQLite's file, the server's data) has no room left
    AUDIT_GUARDS = "audit_guards_altered"   # trigger: the first missing or altered one (SQLite)
    # A SQLite file encrypted at rest (models/db/encryption.py).
    KEY_NEEDED = "database_key_needed"
    KEY_WRONG = "database_key_wrong"
    KEY_TOO_SHORT = "database_key_too_short"       # length: the shortest key taken
    NO_CIPHER = "database_no_cipher"
    ALREADY_ENCRYPTED = "database_already_encrypted"
    ENCRYPTION_FAILED = "database_encryption_failed"
    # TLS to a PostgreSQL server (models/db/tls.py): refused before anything was exchanged.
    TLS_UNTRUSTED = "database_tls_untrusted"        # the CA given did not sign the certificate
    TLS_WRONG_HOST = "database_tls_wrong_host"      # host: the name the certificate lacks
    TLS_NO_AUTHORITY = "database_tls_no_authority"  # path: the CA file that is not there
    TLS_REQUIRED = "database_tls_required"          # the server refuses unencrypted connections
    TLS_NOT_OFFERED = "database_tls_not_offered"    # TLS asked for, the server has none
    # Login roles (models/accounts/login_roles.py): only the owner role migrates or installs them.
    NOT_OWNER = "database_not_owner"
    NOT_POSTGRESQL = "database_not_postgresql"      # login roles on a SQLite file


class CanvassError(Exception):
    """Base of every error Canvass reports to a person instead of a traceback.

    `code` names the problem for the UI, which shows its own translated sentence for it, with
    `params` (the limit a text broke, the facility that is full) filled into that sentence, so no
    sentence restates a number the rule holds; the English message is for logs and the command
    line."""

    def __init__(self, message: str, code: Refusal, **params: RefusalParam) -> None:
        super().__init__(message)
        self.code = code
        self.params: Mapping[str, RefusalParam] = MappingProxyType(params)


class DatabaseUnavailable(CanvassError):
    """The server did not answer, refused the credentials, or the file cannot be opened."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.UNAVAILABLE)


class DiskFull(CanvassError):
    """The disk the database writes to is full: the transaction was rolled back, nothing of the
    action was written; with room made, the same action can be repeated."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.DISK_FULL)


class NotADatabase(CanvassError):
    """The path exists but is not a SQLite database (or not a Canvass one)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.NOT_A_DATABASE)


class SchemaTooNew(CanvassError):
    """The database was written by a newer Canvass: we refuse it rather than touch it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.SCHEMA_TOO_NEW)


class DatabaseNotEmpty(CanvassError):
    """An operation that needs an empty database (the demo) found data in it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.NOT_EMPTY)


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
                         DatabaseRefusal.CONFLICT)
        self.table = table
        self.row_id = row_id
        self.current_version = current_version
        self.by = by
        self.at = at
        self.differences = differences


class WriteClash(CanvassError):
    """The database refused the action's rows: another workstation had just written the same
    (a unique constraint), or a value broke one of its rules. Nothing was saved. `constraint`
    names what refused it, for the log."""

    def __init__(self, message: str, code: DatabaseRefusal, constraint: str | None) -> None:
        super().__init__(message, code)
        self.constraint = constraint


class RecordGone(CanvassError):
    """The record was deleted by someone else while it was open."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DatabaseRefusal.GONE)
