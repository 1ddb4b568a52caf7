"""What every sub-command prints: one clear line per error, a progress bar on a terminal."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from models.errors import CanvassError

if TYPE_CHECKING:
    from models.db.database import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def fail(error: CanvassError | str, stream: TextIO | None = None) -> int:
    """Print one line, `canvass: <message>`, and return the usage/unreadable exit code."""
    print(f"canvass: {error}", file=stream or sys.stderr)
    return EXIT_USAGE


class ProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = width * done // max(total, 1)
        percent = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {percent:3d}%{end}")
        self.stream.flush()


def one_line(error: BaseException) -> str:
    """A driver's message may run over several lines; a command prints one."""
    return " ".join(str(error).split())


def existing_database(args_db: str | None) -> Database | str:
    """Open the database a reading command works on: an existing file or a server.

    Returns the open database, or the one-line reason it cannot be used (the caller prints it
    with `fail`). A reading command never creates an empty file where a path was mistyped."""
    from controllers.runtime.locations import database_location
    from models.opening import open_database
    location = database_location(args_db)
    if "://" not in location and not Path(location).expanduser().exists():
        return f"no database at {location}"
    try:
        return open_database(location)
    except CanvassError as error:
        return one_line(error)


def writable_target(out: Path) -> str | None:
    """Why `out` cannot be written, or None."""
    if not out.parent.is_dir():
        return f"no folder {out.parent} to write {out.name} into"
    return None


def database_for_output(args_db: str | None, out: Path) -> Database | str:
    """For a command that reads the database and writes `out`: the open database, or the
    one-line reason it cannot run (the folder for `out` first, so nothing is opened in vain)."""
    problem = writable_target(out)
    if problem:
        return problem
    return existing_database(args_db)
