"""Low-level sources of the change feed, without Qt: the controllers drive them from the event loop.

PostgreSQL: a dedicated autocommit psycopg connection LISTENing on the channel the triggers
notify; its socket tells the event loop when notices arrived. SQLite: `PRAGMA data_version`
changes whenever another connection commits to the file.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL

from models.db.change_tables import CHANNEL, parse_notice
from models.db.encryption import connect_file

if TYPE_CHECKING:
    import psycopg


def _psycopg() -> Any:
    """psycopg is imported only by a PostgreSQL workstation: a laptop on SQLite starts faster."""
    import psycopg
    return psycopg


def link_lost_errors() -> tuple[type[BaseException], ...]:
    """What a broken LISTEN connection raises."""
    return (_psycopg().Error,)


@dataclass(frozen=True)
class Notice:
    table: str
    ids: frozenset[int] | None   # None: many rows, or unknown which


class PostgresListener:
    """LISTEN on the change channel. Any psycopg.Error from a method means the link is gone."""

    def __init__(self, url: URL | Callable[[], URL]) -> None:
        # A callable gives the address at each connection: a person who changed their own
        # password on a role-enforced database reconnects with the new one (Database.url).
        self._url = url
        self._connection: psycopg.Connection[Any] | None = None

    def connect(self) -> int:
        """Open and LISTEN; returns the socket for the event loop to watch."""
        self.close()
        url = self._url() if callable(self._url) else self._url
        self._connection = _psycopg().connect(
            url.set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True, connect_timeout=3,
            # A silent network drop shows as a dead socket within about ten seconds.
            keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=2)
        self._connection.execute(f"LISTEN {CHANNEL}")
        return self._connection.pgconn.socket

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.closed

    def drain(self) -> list[Notice]:
        """The notices that have arrived, without waiting."""
        if self._connection is None:
            raise _psycopg().OperationalError("not connected")
        pgconn = self._connection.pgconn
        pgconn.consume_input()
        if pgconn.status != _psycopg().pq.ConnStatus.OK:
            raise _psycopg().OperationalError("connection lost")
        notices = []
        while (raw := pgconn.notifies()) is not None:
            table, ids = parse_notice(raw.extra.decode("utf-8"))
            notices.append(Notice(table, ids))
        return notices

    def ping(self) -> None:
        """A round trip; raises when the server went away (a silent network drop shows here)."""
        if self._connection is None:
            raise _psycopg().OperationalError("not connected")
        self._connection.execute("SELECT 1")

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None


class SqliteVersionProbe:
    """Reports whether another connection committed to the file since the last look."""

    def __init__(self, path: str, key: str | None = None) -> None:
        self._connection = sqlite3.connect(path, check_same_thread=False) if key is None \
            else connect_file(path, key)      # an encrypted file (models/db/encryption.py)
        self._last = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        version = self._version()
        if version != self._last:
            self._last = version
            return True
        return False

    def close(self) -> None:
        self._connection.close()
