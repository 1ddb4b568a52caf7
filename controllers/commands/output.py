"""What every sub-command prints: its sentences in the interface language, one line per error on
stderr with the documented exit code, a progress bar on a terminal.

A command's sentences are English sources marked with QT_TRANSLATE_NOOP("Command", …) and
printed through `said`, which fills %1, %2 … (a translator may move them). The translators are
installed before the command runs (controllers/commands/running.py).

The exit codes (EXIT_CODES, every sub-command's --help epilog): 0 done, 1 refused with a reason
(nothing written), 2 usage error or unreadable input, 3 the database cannot be used (not there,
not answering, not Canvass's), 130 interrupted, 70 Canvass itself failed. `fail` picks 1, 2 or 3
from what went wrong; reading commands open their database through `existing_database`, which
never creates one where a path was mistyped.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from controllers.commands.catalogue import EPILOG
from controllers.commands.catalogue import EXIT_USAGE as EXIT_USAGE
from controllers.commands.refusal_text import refusal_text
from controllers.commands.words import said as said
from models.errors import CanvassError, DatabaseRefusal, Refusal
from models.importing.refusals import ImportRefusal
from models.map.refusals import MapRefusal
from models.reports.refusals import ReportRefusal
from models.setup.refusals import SetupRefusal
from models.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from models.db.database import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_DATABASE = 3
EXIT_INTERRUPTED = 130
MAX_RECORD_NUMBER = 2**63 - 1     # a BIGINT's largest, and SQLite's
PROGRESS_ENV = "CANVASS_PROGRESS"
EXIT_CODES = EPILOG   # every sub-command's --help ends with it

# What a person's records cannot settle: the database itself is missing, silent or foreign.
DATABASE_UNUSABLE = frozenset(DatabaseRefusal) - {
    DatabaseRefusal.CONFLICT, DatabaseRefusal.GONE, DatabaseRefusal.NOT_EMPTY,
    # `db encrypt` refusing a short key or a file already encrypted: the file is as it was.
    DatabaseRefusal.KEY_TOO_SHORT, DatabaseRefusal.ALREADY_ENCRYPTED,
    DatabaseRefusal.ENCRYPTION_FAILED,
    # `db roles install` given a SQLite file: refused, the file is as it was.
    DatabaseRefusal.NOT_POSTGRESQL}
# What is wrong with the input before anything was looked at: the file, the format asked for.
UNREADABLE_INPUT: frozenset[Refusal] = (
    frozenset(ImportRefusal) - {ImportRefusal.NO_DATA_ROWS, ImportRefusal.CANCELLED}
    | {ReportRefusal.FORMAT}
    | (frozenset(SetupRefusal) - {SetupRefusal.RACED})
    | (frozenset(MapRefusal) - {MapRefusal.SHAPES_REFUSED}))

NO_DATABASE = QT_TRANSLATE_NOOP("Command", "no database at %1")
NO_SCHEMA = QT_TRANSLATE_NOOP("Command", "%1 holds no Canvass database: create one with `canvass db upgrade`")
NO_FOLDER = QT_TRANSLATE_NOOP("Command", "no folder %1 to write %2 into")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Command", "cannot write %1: %2")


def _line(error: CanvassError | str) -> str:
    return refusal_text(error) if isinstance(error, CanvassError) else " ".join(error.split())


class DatabaseTrouble(str):
    """Why the database cannot be used, as the one line to print: `fail` exits 3 with it."""


def exit_code(error: CanvassError) -> int:
    """The documented exit code of a refusal: 3 the database, 2 the input, 1 anything else."""
    if error.code in DATABASE_UNUSABLE:
        return EXIT_DATABASE
    if error.code in UNREADABLE_INPUT:
        return EXIT_USAGE
    return EXIT_REFUSED


def fail_with(sentence: str, error: CanvassError, stream: TextIO | None = None) -> int:
    """Print `sentence`, a command's own words for `error`, as `fail` would; the error's code."""
    print(f"canvass: {_line(sentence)}", file=stream or sys.stderr)
    return exit_code(error)


def record_number(text: str) -> int:
    """An argparse type: a record's number or a row's, from 1 to what a database column holds
    (a 20-digit number would otherwise overflow deep in the driver)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 1 <= number <= MAX_RECORD_NUMBER:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to {MAX_RECORD_NUMBER}")
    return number


def fail(error: CanvassError | str, stream: TextIO | None = None) -> int:
    """Print one line, `canvass: <sentence>`, on stderr; the exit code for what went wrong (a
    sentence alone is a usage error or unreadable input, a DatabaseTrouble the database)."""
    print(f"canvass: {_line(error)}", file=stream or sys.stderr)
    if isinstance(error, CanvassError):
        return exit_code(error)
    return EXIT_DATABASE if isinstance(error, DatabaseTrouble) else EXIT_USAGE


def refuse(error: CanvassError | str, stream: TextIO | None = None) -> int:
    """Print one line, `canvass: <sentence>`, on stderr; the refused exit code (nothing done)."""
    print(f"canvass: {_line(error)}", file=stream or sys.stderr)
    return EXIT_REFUSED


def cannot_write(path: Path, error: OSError) -> int:
    return fail(said(CANNOT_WRITE, path, error.strerror or error))


class ProgressBar:
    """A one-line bar on stderr when it is a terminal (a log or a pipe gets no bar, so a failure
    stays one line; CANVASS_PROGRESS=1 asks for it anyway, as a test watching an import does),
    redrawn at most ten times a second; `break_line` ends it when the work stops early, so the
    next line starts on its own, and leaving `with ProgressBar(…)` does."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last = 0.0
        self.open = False
        try:
            self.live = self.stream.isatty() or os.environ.get(PROGRESS_ENV) == "1"
        except (AttributeError, ValueError, OSError):
            self.live = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.break_line()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.live or (done < total and now - self._last < 0.1):
            return
        self._last = now
        width = 30
        filled = width * done // max(total, 1)
        percent = 100 * done // max(total, 1)
        self.open = done < total
        end = "" if self.open else "\n"
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {percent:3d}%{end}")
        self.stream.flush()

    def rows(self, done: int) -> None:
        """For work whose total is unknown: the rows done so far."""
        now = time.monotonic()
        if not self.live or now - self._last < 0.1:
            return
        self._last = now
        self.open = True
        self.stream.write(f"\r{self.label}: {done:,}")
        self.stream.flush()

    def break_line(self) -> None:
        if self.open:
            self.stream.write("\n")
            self.open = False


def one_line(error: BaseException) -> str:
    """A driver's message may run over several lines; a command prints one."""
    return refusal_text(error) if isinstance(error, CanvassError) else " ".join(str(error).split())


def existing_database(args_db: str | None, *, migrate: bool = True) -> Database | str:
    """Open the database a command works on: an existing file or server holding Canvass's
    schema (brought up to date unless `migrate` is False).

    Returns the open database, or the one-line reason it cannot be used (a DatabaseTrouble: the
    caller prints it with `fail`, exit 3). A command that only reads, or that works on a district
    already set up, never creates an empty database where a path was mistyped."""
    from controllers.commands.database_key import open_location
    from controllers.runtime.locations import database_location
    from models.db.database import current_revision, head_revision
    location = database_location(args_db)
    if "://" not in location and not Path(location).expanduser().exists():
        return DatabaseTrouble(said(NO_DATABASE, location))
    try:
        database = open_location(location, migrate=False)
        revision = current_revision(database.engine)
    except CanvassError as error:
        return DatabaseTrouble(one_line(error))
    if revision is None:
        database.dispose()
        return DatabaseTrouble(said(NO_SCHEMA, database.description))
    if migrate and revision != head_revision():
        database.dispose()
        return database_to_write(location)
    return database


def database_to_write(args_db: str | None) -> Database | str:
    """Open (creating and migrating when needed) the database of a command that may start one:
    `db upgrade`, `demo`, `setup import`, `user add`; else the one-line DatabaseTrouble."""
    from controllers.commands.database_key import open_location
    from controllers.runtime.locations import database_location
    try:
        return open_location(database_location(args_db))
    except CanvassError as error:
        return DatabaseTrouble(one_line(error))


def writable_target(out: Path) -> str | None:
    """Why `out` cannot be written, or None."""
    if not out.parent.is_dir():
        return said(NO_FOLDER, out.parent, out.name)
    return None


def database_for_output(args_db: str | None, out: Path) -> Database | str:
    """For a command that reads the database and writes `out`: the open database, or the
    one-line reason it cannot run (the folder for `out` first, so nothing is opened in vain)."""
    problem = writable_target(out)
    if problem:
        return problem
    return existing_database(args_db)
