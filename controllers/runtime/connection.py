"""Is the database still there? A periodic `SELECT 1` off the UI thread, as a Qt signal.

A dispatcher must see at a glance that the server went away before typing into a dead form.
The probe runs on the task runner, never more than one at a time, so a server that takes its
full connect timeout to fail cannot pile probes up or freeze the window.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import text

from controllers.runtime.tasks import TaskControl, TaskRunner
from models.db.database import Database

log = logging.getLogger("canvass.connection")

DEFAULT_INTERVAL_MS = 5_000


@dataclass(frozen=True)
class FileIdentity:
    """Which file a SQLite database is: replaced or removed files must not look connected."""
    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            status = os.stat(path)
        except OSError:
            return None
        return cls(status.st_dev, status.st_ino)


def sqlite_path(database: Database) -> Path | None:
    name = database.url.database
    if database.kind != "sqlite" or not name or name == ":memory:":
        return None
    return Path(name)


def probe(database: Database, identity: FileIdentity | None) -> str:
    """'' when the database answers, else why not (English, for the log and the tooltip).

    An open SQLite connection keeps answering from a deleted file, and a new one would quietly
    create an empty file in its place, so for SQLite the file itself is checked first.
    """
    path = sqlite_path(database)
    if path is not None:
        now = FileIdentity.of(path)
        if now is None:
            return f"the database file {path} is gone"
        if identity is not None and now != identity:
            return f"the database file {path} was replaced"
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar_one()
    except Exception as error:  # noqa: BLE001 - any failure means "not connected"
        return str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return ""


class ConnectionMonitor(QObject):
    """Emits `state_changed(connected, reason)` whenever the probe's answer changes (also when
    it stays disconnected for a new reason: the tooltip should say the latest)."""

    state_changed = Signal(bool, str)

    def __init__(self, database: Database, runner: TaskRunner,
                 interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.connected: bool | None = None
        self.reason = ""
        path = sqlite_path(database)
        self._identity = FileIdentity.of(path) if path is not None else None
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.probe_now)

    def start(self) -> None:
        """Probe at once, then every interval."""
        self._timer.start()
        self.probe_now()

    def stop(self) -> None:
        self._timer.stop()

    def probe_now(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        database, identity = self.database, self._identity

        def work(_control: TaskControl) -> str:
            return probe(database, identity)

        self.runner.submit("connection probe", work, succeeded=self._on_answer,
                           finished=self._on_finished, owner=self)

    def _on_finished(self) -> None:
        self._in_flight = False

    def _on_answer(self, reason: object) -> None:
        connected = not reason
        if connected == self.connected and str(reason) == self.reason:
            return
        self.connected, self.reason = connected, str(reason)
        if connected:
            log.info("database reachable: %s", self.database.description)
        else:
            log.warning("database unreachable: %s: %s", self.database.description, reason)
        self.state_changed.emit(connected, self.reason)
