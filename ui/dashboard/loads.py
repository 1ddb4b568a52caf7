"""The dashboard's loads, each on the task runner and each on its own schedule.

The parts read different tables and cost differently (the summary's screened curve, the
categories/transfers/duty figures, coverage from the day tallies): one slow load must not hold
the others back, so each part follows only the tables it reads, and a change arriving while it
loads asks for one more load after it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.tasks import TaskControl, TaskRunner
from ui.dashboard.preload import charts_ready

WAIT_MS = 20   # how often the steps look again while the chart modules are being imported


class Load:
    """One part of the dashboard: what it reads, how to compute it, where the result goes."""

    def __init__(self, name: str, tables: frozenset[str], tasks: TaskRunner, owner: QObject,
                 work: Callable[[], Any], show: Callable[[Any], None],
                 done: Callable[[], None]) -> None:
        self.name, self.tables, self.tasks, self.owner = name, tables, tasks, owner
        self.work, self.show, self.done = work, show, done
        self.running = False
        self.again = False
        self.generation = 0

    def request(self) -> None:
        if self.running:
            self.again = True
        else:
            self.start()

    def restart(self) -> None:
        """A new question (another station): what is on its way answers the old one."""
        self.generation += 1
        self.running = False
        self.again = False
        self.start()

    def follows(self, change: ChangeSet) -> bool:
        return change.touches(*self.tables)

    def start(self) -> None:
        self.running = True
        generation, work = self.generation, self.work

        def compute(_control: TaskControl) -> Any:
            return work()

        def succeeded(result: Any) -> None:
            if generation == self.generation:
                self.show(result)

        def finished() -> None:
            if generation != self.generation:
                return
            self.running = False
            if self.again:
                self.again = False
                self.start()
            else:
                self.done()

        self.tasks.submit(f"dashboard {self.name}", compute, succeeded=succeeded,
                          finished=finished, owner=self.owner)


class Steps(QObject):
    """Chart updates spread over turns of the event loop, one panel per turn, each painted
    at once: nine charts updated and painted together held the loop for over 100 ms. None
    runs before the chart modules are imported (ui/dashboard/preload.py): the first chart
    would otherwise import pyqtgraph on the UI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.queue: list[Callable[[], None]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._next)

    def add(self, steps: list[Callable[[], None]]) -> None:
        self.queue.extend(steps)
        if not self.timer.isActive():
            self.timer.start()

    def busy(self) -> bool:
        return bool(self.queue)

    def _next(self) -> None:
        if not charts_ready():
            self.timer.setInterval(WAIT_MS)
            return
        self.timer.setInterval(0)
        if self.queue:
            self.queue.pop(0)()
        if not self.queue:
            self.timer.stop()
