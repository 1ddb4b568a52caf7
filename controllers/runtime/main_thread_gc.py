"""Python's cycle collector runs on the UI thread only, while workers run.

Automatic collection runs on whichever thread happens to allocate past the threshold. On a
worker that can be the moment a cycle holding a dead view's Qt objects is freed: the worker then
runs QObject's destructor, which takes Qt's connection lock and waits for the GIL, while the UI
thread holds the GIL and waits for that lock to connect a new widget's signals: both wait for
ever (seen as the test suite hanging in QTableView's constructor while a worker compiled a page
count). So while any task runner has work on its threads, automatic collection is off and a
timer on the UI thread collects each generation past its threshold (pyqtgraph's
GarbageCollector does the same, always); when every runner is idle it is back on.

A full collection walks every object the process holds: a second or more once it holds a
couple of million (measured in the test suite's process), all of it on the UI thread. Python
itself runs one only when a quarter of the old objects are new since the last; the timer cannot
see that count, so it spaces them instead: at least FULL_EVERY_S apart and never more than
FULL_SHARE of the time, the younger generations collected meanwhile.
"""
from __future__ import annotations

import gc
import math
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_MS = 200
SETTLED_AFTER_MS = 20_000   # the start's own objects made (views, imports on the task runner)
FULL_EVERY_S = 10.0   # at least this long between two full collections
FULL_SHARE = 0.02     # and full collections take at most this share of the UI thread's time


class _FullCollections:
    """When the last full collection ended and how long it took, whoever ran it (this timer,
    Python's own collection, a `gc.collect()` anywhere): seen through `gc.callbacks`."""

    def __init__(self) -> None:
        self.started = 0.0
        self.ended = -math.inf
        self.cost = 0.0

    def observe(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self.started = time.monotonic()
        else:
            self.record(self.started, time.monotonic())

    def record(self, started: float, ended: float) -> None:
        self.ended, self.cost = ended, max(ended - started, 0.0)


FULL = _FullCollections()
gc.callbacks.append(FULL.observe)


def freeze_what_start_made() -> int:
    """Moves every object the process holds now out of the collector's sight; how many.

    Called once the window has started (SETTLED_AFTER_MS after it shows): the modules, classes,
    the schema's metadata and the widgets of a running window live as long as the process, yet
    every full collection walked them all again: about 150,000 objects, 60 ms of the UI thread
    each time on the district demo (measured 2026-12-08), before any work of the day. Objects
    that die by their reference count are still freed; only a cycle among them would stay."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def freeze_when_settled(parent: QObject) -> None:
    """`freeze_what_start_made` once the start has settled, on the UI thread."""
    QTimer.singleShot(SETTLED_AFTER_MS, parent, freeze_what_start_made)


class MainThreadCollector(QObject):
    """One per application (a child of the QCoreApplication, found again by type), used from the
    UI thread only. `hold` while a runner has work on its threads, `release` when it is idle."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holds = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)

    @classmethod
    def of_application(cls) -> MainThreadCollector | None:
        """The application's collector, made on first use; None without a Qt application (then
        no worker of ours runs and automatic collection stays as it is)."""
        app = QCoreApplication.instance()
        if app is None:
            return None
        found = app.findChild(cls)
        return found if isinstance(found, cls) else cls(app)

    def hold(self) -> None:
        self._holds += 1
        if self._holds == 1:
            gc.disable()
            self._timer.start()

    def release(self) -> None:
        if self._holds == 0:
            return
        self._holds -= 1
        if self._holds == 0:
            self._timer.stop()
            gc.enable()

    def is_holding(self) -> bool:
        return self._holds > 0

    def collect_due(self) -> None:
        """What automatic collection would have done by now: the oldest generation past its
        threshold, with the younger ones (the oldest of all only as often as it may)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[2] > thresholds[2] and self.full_collection_allowed():
            started = time.monotonic()
            gc.collect(2)
            FULL.record(started, time.monotonic())
            return
        for generation in (1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def full_collection_allowed(self) -> bool:
        """Long enough since the last full collection, for how long that one took."""
        waited = time.monotonic() - FULL.ended
        return waited >= max(FULL_EVERY_S, FULL.cost / FULL_SHARE)
