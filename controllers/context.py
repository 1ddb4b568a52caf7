"""The application context: everything a window or command needs, built once and passed down.

No module keeps a global database, settings object or runner; whoever starts Canvass (the GUI,
the screenshot command, a test) builds one `AppContext` and hands it to what it creates.
"""
from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass

from controllers.connection import DEFAULT_INTERVAL_MS, ConnectionMonitor
from controllers.settings import CONNECTION_PROBE_SECONDS, Settings
from controllers.tasks import TaskRunner
from models.database import Database

log = logging.getLogger("canvass.context")


@dataclass(frozen=True)
class Operator:
    """Who sits at this workstation. Until sign-in exists this is only the OS account, and the
    status bar says so rather than pretend someone signed in."""
    name: str
    signed_in: bool

    @classmethod
    def from_os(cls) -> Operator:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry, no USER variable
            name = "?"
        return cls(name=name, signed_in=False)


@dataclass
class AppContext:
    database: Database
    settings: Settings
    tasks: TaskRunner
    operator: Operator
    connection: ConnectionMonitor

    def close(self, timeout_ms: int = 10_000) -> None:
        """Stop probing and wait for the workers; the caller disposes the database it opened."""
        self.connection.stop()
        if not self.tasks.shutdown(timeout_ms):
            log.warning("background work still running at exit: %s", self.tasks.active_names())


def build_context(database: Database, settings: Settings, *, tasks: TaskRunner | None = None,
                  probe_interval_ms: int | None = None) -> AppContext:
    """A context over an open database; the connection monitor is created but not started.
    `tasks` lets the caller reuse the runner that opened the database."""
    tasks = tasks or TaskRunner()
    interval = probe_interval_ms
    if interval is None:
        seconds = settings.get(CONNECTION_PROBE_SECONDS)
        interval = seconds * 1000 if seconds > 0 else DEFAULT_INTERVAL_MS
    monitor = ConnectionMonitor(database, tasks, interval_ms=interval)
    return AppContext(database=database, settings=settings, tasks=tasks,
                      operator=Operator.from_os(), connection=monitor)
