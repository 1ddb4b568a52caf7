"""Where Canvass writes what happened: one log file per process in the data folder.

Loggers are named by area (canvass.db, canvass.ui, canvass.tasks, canvass.connection,
canvass.browse, canvass.qt), and Qt's own warnings are routed into the same file so that a
report from a workstation carries both halves of the story.

Each process writes its own file, `canvass-<date>-<time>-<pid>.log`: a command center runs the
window and, beside it, commands (an import, the evening's sheets), and on Windows a file that
two processes hold open cannot be renamed, so a shared rotating log stops rotating (and loses
lines) as soon as a second Canvass starts. A file is rotated only by its own process, and the
files of processes long gone are pruned when a new one starts.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_PREFIX = "canvass"
LOG_PATTERN = f"{LOG_PREFIX}*.log*"   # the per-process files, their rotations, an old canvass.log
MAX_BYTES = 2_000_000
BACKUPS = 2                     # per process: a window left open for weeks keeps its last 6 MB
KEEP_DAYS = 14                  # files untouched for longer are pruned…
KEEP_AT_LEAST = 10              # …except the newest few, for a PC that is used once a month
KEEP_AT_MOST = 200              # and never more than this many (a script running 1000 imports)
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_STARTED = time.localtime()
_PROCESS_FILE = re.compile(rf"{LOG_PREFIX}-\d{{8}}-\d{{6}}-(\d+)\.log")


def process_log_name(pid: int | None = None, started: time.struct_time | None = None) -> str:
    """This process's log file name: sorts by start time, unique by process id."""
    stamp = time.strftime("%Y%m%d-%H%M%S", started or _STARTED)
    return f"{LOG_PREFIX}-{stamp}-{os.getpid() if pid is None else pid}.log"


def process_log(folder: Path) -> Path:
    """The file this process logs to in `folder`."""
    return folder / process_log_name()


def _still_running(path: Path) -> bool:
    """Whether the process that writes `path` is alive. Asked on POSIX only, where an open file
    can be deleted (on Windows the deletion itself fails, and os.kill would end the process)."""
    match = _PROCESS_FILE.match(path.name)
    if sys.platform == "win32" or match is None:
        return False
    try:
        os.kill(int(match.group(1)), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True                     # alive, but another user's
    return True


def prune_logs(folder: Path, keep: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete the log files of earlier processes that nobody needs any more; the ones deleted.

    Kept: `keep` (this process's own), anything written in the last KEEP_DAYS days, and the
    KEEP_AT_LEAST newest files; beyond KEEP_AT_MOST files the oldest go even if recent. The file
    of a process still running is never pruned (on Windows it cannot be deleted while open, and
    is left for next time; on POSIX the process is asked after).
    """
    now = time.time() if now is None else now
    files: list[tuple[float, Path]] = []
    for path in folder.glob(LOG_PATTERN):
        try:
            files.append((path.stat().st_mtime, path))
        except OSError:
            continue                    # removed meanwhile by another starting process
    files.sort(reverse=True)            # newest first
    removed = []
    for rank, (written, path) in enumerate(files):
        recent = now - written < KEEP_DAYS * 86_400
        if path == keep or rank < KEEP_AT_LEAST or (recent and rank < KEEP_AT_MOST):
            continue
        if _still_running(path):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the `canvass` loggers to this process's own file in `folder`, pruning the files of
    old processes the first time; idempotent. Returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = process_log(folder)
    logger = logging.getLogger("canvass")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    prune_logs(folder, keep=path)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                  delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return path


def route_qt_messages() -> Callable[[], None]:
    """Log Qt's messages as `canvass.qt`; returns a function that puts the previous handler back.

    The previous handler still sees every message, so a test harness that watches Qt warnings
    (pytest-qt) keeps watching.
    """
    qt_log = logging.getLogger("canvass.qt")
    previous: Any = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category not in (None, "", "default") else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
