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
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from models.errors import DatabaseUnavailable

T = TypeVar("T")
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
        return self._on_connection(lambda connection: self._rows(connection, sql, parameters))

    def fetch_batch(self, statements: Sequence[tuple[str, Sequence[Any] | dict[str, Any]]]
                    ) -> list[list[Any]]:
        """Every row of each statement, in one wait for the server: on PostgreSQL the
        statements go out together in pipeline mode (one Sync, one round trip however many
        they are); SQLite, a file in this process, runs them one after the other."""
        if self.engine.dialect.name == "postgresql":
            return self._on_connection(lambda connection: self._pipelined(connection, statements))
        return self._on_connection(lambda connection: [
            self._rows(connection, sql, parameters) for sql, parameters in statements])

    def _on_connection(self, work: Callable[[Any], T]) -> T:
        """`work` on a held connection, tried once more on a fresh one if the first failed."""
        for attempt in (1, 2):
            connection = self._take()
            try:
                done = work(connection)
            except self.engine.dialect.loaded_dbapi.OperationalError as exc:
                _close_quietly(connection)
                if attempt == 2:
                    raise DatabaseUnavailable(f"The database did not answer: {exc}") from exc
                continue
            except BaseException:
                _close_quietly(connection)
                raise
            self._give_back(connection)
            return done
        raise AssertionError("unreachable")

    @staticmethod
    def _rows(connection: Any, sql: str, parameters: Sequence[Any] | dict[str, Any]) -> list[Any]:
        cursor = connection.cursor()
        try:
            cursor.execute(sql, parameters)
            rows: list[Any] = cursor.fetchall()
        finally:
            cursor.close()
        return rows

    @staticmethod
    def _pipelined(connection: Any,
                   statements: Sequence[tuple[str, Sequence[Any] | dict[str, Any]]]
                   ) -> list[list[Any]]:
        cursors = [connection.cursor() for _statement in statements]
        try:
            with connection.pipeline():   # leaving it sends the one Sync and reads every result
                for cursor, (sql, parameters) in zip(cursors, statements, strict=True):
                    cursor.execute(sql, parameters)
            return [list(cursor.fetchall()) for cursor in cursors]
        finally:
            for cursor in cursors:
                cursor.close()

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
