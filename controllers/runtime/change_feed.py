"""The live change feed: database changes become one Qt signal carrying table names and ids.

PostgreSQL: statement triggers NOTIFY with ids only; a QSocketNotifier on a dedicated psycopg
connection wakes us; a lost link (server restart, network drop caught by TCP keepalives) is
re-established in a worker thread with backoff, then every view is told to refresh.
SQLite: `PRAGMA data_version` polled on a timer (another process committed to the file).
Bursts are coalesced into one ChangeSet per interval.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import SIGNAL, QObject, QSocketNotifier, QTimer, Signal

from models.db.change_listener import Notice, PostgresListener, SqliteVersionProbe, link_lost_errors
from models.db.database import Database
from models.db.encryption import is_encrypted_url

log = logging.getLogger("canvass.feed")

COALESCE_MS = 120
SQLITE_POLL_MS = 100   # one PRAGMA on an open connection: microseconds, so poll often
RETRY_DELAYS_MS = (250, 500, 1000, 2000, 4000)


@dataclass(frozen=True)
class ChangeSet:
    """What changed: table → ids (None: many or unknown rows). `everything` when unknown."""
    tables: dict[str, frozenset[int] | None] = field(default_factory=dict)
    everything: bool = False

    def touches(self, *tables: str) -> bool:
        return self.everything or any(table in self.tables for table in tables)

    def ids(self, table: str) -> frozenset[int] | None:
        """The changed ids of `table`, or None when any row may have changed."""
        return None if self.everything else self.tables.get(table)


class FeedState(StrEnum):
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STOPPED = "stopped"


class ChangeFeed(QObject):
    changed = Signal(object)        # ChangeSet, coalesced
    noticed = Signal()              # a change was seen (before coalescing): for timing, and
                                    # for the status bar's sign of life
    state_changed = Signal(str)     # FeedState value
    _reconnected = Signal(object)   # from the worker thread: socket number or an exception

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._pending: dict[str, frozenset[int] | None] = {}
        self._pending_everything = False
        self._flush_timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._state = FeedState.STOPPED
        self._listener: PostgresListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._probe: SqliteVersionProbe | None = None
        self._poll_timer: QTimer | None = None
        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(self._try_connect)
        self._attempt = 0
        self._connecting = False
        self._reconnected.connect(self._on_reconnected)

    @property
    def state(self) -> FeedState:
        return self._state

    def listener_count(self) -> int:
        """How many slots follow `changed`: a window closed must leave none behind (each one
        left would make every change anywhere wake a window nobody sees)."""
        return int(self.receivers(SIGNAL("changed(PyObject)")))

    def start(self) -> None:
        if self._database.kind == "sqlite":
            url = self._database.url
            self._probe = SqliteVersionProbe(str(url.database),
                                             url.password if is_encrypted_url(url) else None)
            self._poll_timer = QTimer(self, interval=SQLITE_POLL_MS)
            self._poll_timer.timeout.connect(self._poll_sqlite)
            self._poll_timer.start()
            self._set_state(FeedState.LIVE)
        else:
            database = self._database   # its address at each reconnection (a new password)
            self._listener = PostgresListener(lambda: database.url)
            self._try_connect()

    def stop(self) -> None:
        self._retry_timer.stop()
        self._flush_timer.stop()
        if self._poll_timer is not None:
            self._poll_timer.stop()
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        self._drop_notifier()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._set_state(FeedState.STOPPED)

    # -- SQLite -------------------------------------------------------------------------------
    def _poll_sqlite(self) -> None:
        try:
            if self._probe is not None and self._probe.changed():
                self._queue_everything()
        except Exception:  # a file being replaced under us: try again next tick
            log.exception("data_version poll failed")

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _try_connect(self) -> None:
        if self._connecting or self._listener is None:
            return
        self._connecting = True
        listener = self._listener

        def work() -> None:
            try:
                self._reconnected.emit(listener.connect())
            except Exception as exc:  # noqa: BLE001 - any failure means "try again later"
                self._reconnected.emit(exc)

        threading.Thread(target=work, name="canvass-feed-connect", daemon=True).start()

    def _on_reconnected(self, result: int | Exception) -> None:
        self._connecting = False
        if self._listener is None:  # stopped meanwhile
            return
        if isinstance(result, Exception):
            delay = RETRY_DELAYS_MS[min(self._attempt, len(RETRY_DELAYS_MS) - 1)]
            self._attempt += 1
            log.info("change feed: reconnect failed (%s), next try in %d ms", result, delay)
            self._set_state(FeedState.RECONNECTING)
            self._retry_timer.start(delay)
            return
        was_reconnecting = self._state == FeedState.RECONNECTING
        self._attempt = 0
        self._notifier = QSocketNotifier(int(result), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        self._set_state(FeedState.LIVE)
        if was_reconnecting:
            self._queue_everything()  # what happened while we were away is unknown

    def _on_readable(self) -> None:
        try:
            notices = self._listener.drain() if self._listener is not None else []
        except link_lost_errors() as exc:
            log.warning("change feed: link lost (%s)", exc)
            self._lost()
            return
        for notice in notices:
            self._queue(notice)

    def _lost(self) -> None:
        self._drop_notifier()
        if self._listener is not None:
            self._listener.close()
        self._set_state(FeedState.RECONNECTING)
        self._retry_timer.start(RETRY_DELAYS_MS[0])

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    # -- coalescing ---------------------------------------------------------------------------
    def _queue(self, notice: Notice) -> None:
        if notice.table in self._pending:
            known = self._pending[notice.table]
            self._pending[notice.table] = (None if known is None or notice.ids is None
                                           else known | notice.ids)
        else:
            self._pending[notice.table] = notice.ids
        self.noticed.emit()
        self._arm()

    def _queue_everything(self) -> None:
        self._pending_everything = True
        self.noticed.emit()
        self._arm()

    def _arm(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        change = ChangeSet(dict(self._pending), self._pending_everything)
        self._pending.clear()
        self._pending_everything = False
        self.changed.emit(change)

    def _set_state(self, state: FeedState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
