"""The one runner for slow work: a QThreadPool whose results arrive on the main thread.

A worker gets a `TaskControl` (report progress, ask whether it was cancelled) and never sees a
widget. Everything it produces travels back through queued signals of a `Task` that lives on the
main thread, so a slot connected to a task may touch the GUI safely.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from controllers.runtime.main_thread_gc import MainThreadCollector
from models.errors import CanvassError

log = logging.getLogger("canvass.tasks")

PROGRESS_INTERVAL_S = 0.05


class TaskCancelled(Exception):
    """Raised by a worker (or by `TaskControl.check`) to stop early after a cancel request."""


class TaskControl:
    """What a worker may do with its task: report progress and notice a cancel request."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last_progress = 0.0

    def progress(self, done: int, total: int) -> None:
        """Report progress; throttled, because a queued signal per row would flood the GUI."""
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._task._progress_from_worker.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._task.is_cancelled()

    def check(self) -> None:
        """Raise TaskCancelled if the user asked to stop: one line at each safe point."""
        if self._task.is_cancelled():
            raise TaskCancelled()


Work = Callable[[TaskControl], Any]
Result = TypeVar("Result")


class Task(QObject):
    """One piece of slow work. Its public signals are emitted on the main thread, always in the
    order progressed* → (succeeded | failed | cancelled) → finished."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    _progress_from_worker = Signal(int, int)
    _outcome_from_worker = Signal(str, object)
    _closed = Signal()  # for the runner: emitted last, also when nobody is left to tell

    def __init__(self, name: str, work: Work, owner: QObject | None = None) -> None:
        super().__init__()
        self.name = name
        self.work = work
        self.owner = owner
        self._cancel = threading.Event()
        self._done = False
        # Queued on purpose: the worker emits, the task (living on the main thread) delivers.
        self._progress_from_worker.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome_from_worker.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the worker to stop; it notices at its next check, its result is then discarded."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done

    def orphaned(self) -> bool:
        """The widget or model that asked for this work is gone: its callbacks must not run."""
        return self.owner is not None and not shiboken6.isValid(self.owner)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if not self._done and not self.orphaned():
            self.progressed.emit(done, total)

    @Slot(str, object)
    def _deliver_outcome(self, outcome: str, value: object) -> None:
        self._done = True
        if not self.orphaned():
            if outcome == "succeeded":
                self.succeeded.emit(value)
            elif outcome == "cancelled":
                self.cancelled.emit()
            else:
                self.failed.emit(value)
            self.finished.emit()
        self.owner = None
        self._closed.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        if task.is_cancelled():
            task._outcome_from_worker.emit("cancelled", None)
            return
        try:
            result = task.work(TaskControl(task))
        except TaskCancelled:
            task._outcome_from_worker.emit("cancelled", None)
        except BaseException as error:
            if task.is_cancelled():
                task._outcome_from_worker.emit("cancelled", None)
            elif isinstance(error, CanvassError):  # a refusal the screen shows: no traceback
                log.info("task %s refused: %s", task.name, error)
                task._outcome_from_worker.emit("failed", error)
            else:
                log.error("task %s failed", task.name, exc_info=error)
                task._outcome_from_worker.emit("failed", error)
        else:
            task._outcome_from_worker.emit("succeeded", result)


class TaskRunner(QObject):
    """Runs `Work` off the UI thread; keeps each Task alive until its outcome is delivered."""

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads is not None:
            self.pool.setMaxThreadCount(max_threads)
        self._active: set[Task] = set()
        self._closed = False
        # While work runs on the pool, Python's cycle collector runs on this (the UI) thread only:
        # on a worker it could free Qt objects there (controllers/runtime/main_thread_gc.py).
        self._collector = MainThreadCollector.of_application()

    def submit(self, name: str, work: Callable[[TaskControl], Result], *,
               succeeded: Callable[[Result], None] | None = None,
               failed: Callable[[BaseException], None] | None = None,
               progressed: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], None] | None = None,
               finished: Callable[[], None] | None = None,
               owner: QObject | None = None) -> Task:
        """Start `work`; the callbacks are connected before it starts so no outcome is lost.

        `owner` is the object the callbacks belong to: if it is deleted before the work ends
        (a view closed while its page loads), the callbacks are skipped instead of reaching
        into a deleted widget."""
        task = Task(name, work, owner)
        for signal, slot in ((task.succeeded, succeeded), (task.failed, failed),
                             (task.progressed, progressed), (task.cancelled, cancelled),
                             (task.finished, finished)):
            if slot is not None:
                signal.connect(slot)
        task._closed.connect(lambda: self._forget(task))
        was_busy = bool(self._active)
        self._active.add(task)
        if not was_busy and self._collector is not None:
            self._collector.hold()      # before the worker runs a line of Python
        if self._closed:
            task.cancel()
        self.pool.start(_Runnable(task))
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _forget(self, task: Task) -> None:
        if task not in self._active:
            return
        self._active.discard(task)
        # Its callbacks (closures over the screen that asked, and so over that screen's widgets
        # and data) are held by the task's own connections, and the task by them: a cycle
        # through Qt that Python's collector cannot see. Deleting the task ends it; without
        # this every task ever run stayed in memory, a closed window's with it.
        task.deleteLater()
        if not self._active:
            if self._collector is not None:
                self._collector.release()
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        """Work submitted whose outcome has not yet been delivered on the main thread."""
        return bool(self._active)

    def active_names(self) -> list[str]:
        return sorted(task.name for task in self._active)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the workers; True when they all stopped in time."""
        self._closed = True
        for task in list(self._active):
            task.cancel()
        return bool(self.pool.waitForDone(timeout_ms))
