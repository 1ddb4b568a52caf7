"""The application context: everything a window or command needs, built once and passed down.

No module keeps a global database, settings object or runner; whoever starts Canvass (the GUI,
the screenshot command, a test) builds one `AppContext` and hands it to what it creates.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from controllers.runtime.actions import SignedInUser
from controllers.runtime.change_feed import ChangeFeed
from controllers.runtime.connection import DEFAULT_INTERVAL_MS, ConnectionMonitor
from controllers.runtime.settings import CONNECTION_PROBE_SECONDS, Settings
from controllers.runtime.tasks import TaskRunner

# The ui names the database and opens it through this module, never through models.
from models.db.database import Database as Database
from models.enums import UserRole
from models.opening import open_database as open_database

log = logging.getLogger("canvass.context")

# Who renders a screenshot or a test window when nobody signed in: may look, never change,
# and sees identifiers masked — so pictures for the README never show a real resident ID.
SCREEN_ONLY_USER = SignedInUser(id=None, username="screen", display_name="screen",
                                role=UserRole.VIEWER)


@dataclass
class AppContext:
    database: Database
    settings: Settings
    tasks: TaskRunner
    user: SignedInUser
    connection: ConnectionMonitor
    feed: ChangeFeed
    # A role-enforced database's workstation address (no user): the database was opened as the
    # signed-in person's own login role, so the next person to sign in opens it again as theirs
    # (ui/accounts/sign_out.py). None: the connection is the workstation's, whoever signs in.
    login_location: str | None = None

    def close(self, timeout_ms: int = 10_000) -> None:
        """Stop probing and wait for the workers; the caller disposes the database it opened."""
        self.connection.stop()
        self.feed.stop()
        if not self.tasks.shutdown(timeout_ms):
            log.warning("background work still running at exit: %s", self.tasks.active_names())


def build_context(database: Database, settings: Settings, *, tasks: TaskRunner | None = None,
                  probe_interval_ms: int | None = None,
                  user: SignedInUser | None = None,
                  login_location: str | None = None) -> AppContext:
    """A context over an open database; the connection monitor and the change feed are created
    but not started. `tasks` lets the caller reuse the runner that opened the database; `user`
    is who signed in (a look-only user when nobody did, as for screenshots); `login_location`: the
workstation address a person's login opened `database` from (role-enforced PostgreSQL)."""
    tasks = tasks or TaskRunner()
    interval = probe_interval_ms
    if interval is None:
        seconds = settings.get(CONNECTION_PROBE_SECONDS)
        interval = seconds * 1000 if seconds > 0 else DEFAULT_INTERVAL_MS
    monitor = ConnectionMonitor(database, tasks, interval_ms=interval)
    return AppContext(database=database, settings=settings, tasks=tasks,
                      user=user or SCREEN_ONLY_USER, connection=monitor,
                      feed=ChangeFeed(database), login_location=login_location)
