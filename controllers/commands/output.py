"""What every sub-command prints: its sentences in the interface language, one line per error on
stderr with the documented exit code, a progress bar on a terminal.

A command's sentences are English sources marked with QT_TRANSLATE_NOOP("Command", …) and
printed through `said`, which fills %1, %2 … (a translator may move them). The translators are
installed before the command runs (controllers/commands/running.py).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication

from controllers.commands.refusal_text import refusal_text
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from models.db.database import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

NO_DATABASE = QT_TRANSLATE_NOOP("Command", "no database at %1")
NO_FOLDER = QT_TRANSLATE_NOOP("Command", "no folder %1 to write %2 into")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Command", "cannot write %1: %2")


def said(source: str, *values: object) -> str:
    """The sentence `source` (marked in the "Command" context) in the interface language, with
    %1, %2 … replaced by `values` in order."""
    text = QCoreApplication.translate("Command", source)
    for number in range(len(values), 0, -1):   # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def _line(error: CanvassError | str) -> str:
    return refusal_text(error) if isinstance(error, CanvassError) else " ".join(error.split())


def fail(error: CanvassError | str, stream: TextIO | None = None) -> int:
    """Print one line, `canvass: <sentence>`, on stderr; the usage/unreadable exit code."""
    print(f"canvass: {_line(error)}", file=stream or sys.stderr)
    return EXIT_USAGE


def refuse(error: CanvassError | str, stream: TextIO | None = None) -> int:
    """Print one line, `canvass: <sentence>`, on stderr; the refused exit code (nothing done)."""
    print(f"canvass: {_line(error)}", file=stream or sys.stderr)
    return EXIT_REFUSED


def cannot_write(path: Path, error: OSError) -> int:
    return fail(said(CANNOT_WRITE, path, error.strerror or error))


class ProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second; `break_line` ends it when
    the work stops early, so the next line starts on its own."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last = 0.0
        self.open = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
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
        if now - self._last < 0.1:
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


def existing_database(args_db: str | None) -> Database | str:
    """Open the database a reading command works on: an existing file or a server.

    Returns the open database, or the one-line reason it cannot be used (the caller prints it
    with `fail`). A reading command never creates an empty file where a path was mistyped."""
    from controllers.runtime.locations import database_location
    from models.opening import open_database
    location = database_location(args_db)
    if "://" not in location and not Path(location).expanduser().exists():
        return said(NO_DATABASE, location)
    try:
        return open_database(location)
    except CanvassError as error:
        return one_line(error)


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
