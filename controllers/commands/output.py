"""What every sub-command prints: one clear line per error, a progress bar on a terminal."""
from __future__ import annotations

import sys
import time
from typing import TextIO

from models.errors import CanvassError

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
