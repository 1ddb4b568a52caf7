"""Where Canvass writes what happened: a rotating log file in the data folder.

Loggers are named by area (canvass.db, canvass.ui, canvass.tasks, canvass.connection,
canvass.browse, canvass.qt), and Qt's own warnings are routed into the same file so that a
report from a workstation carries both halves of the story.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_NAME = "canvass.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the `canvass` loggers to `folder/canvass.log` (rotated); idempotent."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    logger = logging.getLogger("canvass")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
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
