"""Driver connections kept open for reads typed live, such as the person search box.

A search seeks one index and answers in a few dozen microseconds; checking a connection out of
SQLAlchemy's pool and resetting it on return costs as much again. The search box instead takes a
driver connection from this small free list and puts it back: no transaction is ever left open
(SQLite's driver opens none for a SELECT; PostgreSQL connections run in autocommit), so every
read sees the latest commit of every workstation.

A connection that fails (the server restarted, the file went away) is closed and the read is
tried once more on a fresh one; if that fails too the database is unavailable.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from models.errors import DatabaseUnavailable

FREE_LIMIT = 4   # the searches that can run at once: the task runner's threads


class HeldConnections:
    """A free list of autocommit driver connections of one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._free: list[Any] = []
        self._lock = threading.Lock()

    def _take(self) -> Any:
        with self._lock:
            if self._free:
                return self._free.pop()
        try:  # the pool runs the engine's per-connection settings; its errors come unwrapped
            proxied = self.engine.raw_connection()
        except (DBAPIError, self.engine.dialect.loaded_dbapi.Error) as exc:
            raise DatabaseUnavailable(f"The database did not answer: {exc}") from exc
        driver: Any = proxied.driver_connection     # a DB-API connection: untyped
        proxied.detach()                             # ours now, not the pool's
        if self.engine.dialect.name == "postgresql":
            driver.rollback()
            driver.autocommit = True
        return driver

    def _give_back(self, connection: Any) -> None:
        with self._lock:
            if len(self._free) < FREE_LIMIT:
                self._free.append(connection)
                return
        connection.close()

    def fetch_all(self, sql: str, parameters: Sequence[Any] | dict[str, Any]) -> list[Any]:
        """Every row of one statement, run on a held connection."""
        for attempt in (1, 2):
            connection = self._take()
            try:
                cursor = connection.cursor()
                try:
                    cursor.execute(sql, parameters)
                    rows: list[Any] = cursor.fetchall()
                finally:
                    cursor.close()
            except self.engine.dialect.loaded_dbapi.OperationalError as exc:
                _close_quietly(connection)
                if attempt == 2:
                    raise DatabaseUnavailable(f"The database did not answer: {exc}") from exc
                continue
            except BaseException:
                _close_quietly(connection)
                raise
            self._give_back(connection)
            return rows
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            free, self._free = self._free, []
        for connection in free:
            _close_quietly(connection)


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # noqa: BLE001 - already broken: closing it is only tidying up
        pass
