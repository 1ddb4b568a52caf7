"""Python's cycle collector runs on the UI thread only, while workers run.

Automatic collection runs on whichever thread happens to allocate past the threshold. On a
worker that can be the moment a cycle holding a dead view's Qt objects is freed: the worker then
runs QObject's destructor, which takes Qt's connection lock and waits for the GIL, while the UI
thread holds the GIL and waits for that lock to connect a new widget's signals: both wait for
ever (seen as the test suite hanging in QTableView's constructor while a worker compiled a page
count). So while any task runner has work on its threads, automatic collection is off and a
timer on the UI thread collects each generation past its threshold (pyqtgraph's
GarbageCollector does the same, always); when every runner is idle it is back on.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_MS = 200


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
        threshold, with the younger ones."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
