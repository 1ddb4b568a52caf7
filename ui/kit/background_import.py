"""A module imported on a worker while the window goes on, for a view whose widgets need a heavy
library (pyqtgraph and numpy: half a second and more) only once its data is there.

`import_in_background(tasks, name)` starts the import on the task runner unless one has begun;
`imported(name)` says whether it has ended, so the view builds what needs the module then, and
until then shows what it can. Python's import lock makes the pair safe: a thread asking for a
module another is importing waits for it, and nothing is imported twice. (The dashboard's charts
do the same with their own modules: ui/dashboard/preload.py.)
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from controllers.runtime.tasks import TaskControl, TaskRunner

POLL_MS = 25

_begun: dict[str, threading.Event] = {}
_ended: dict[str, threading.Event] = {}
_lock = threading.Lock()


def _events(name: str) -> tuple[threading.Event, threading.Event]:
    with _lock:
        return (_begun.setdefault(name, threading.Event()),
                _ended.setdefault(name, threading.Event()))


def import_in_background(tasks: TaskRunner, name: str, owner: QObject | None = None) -> None:
    """Import `name` on `tasks`, unless a worker has begun to (or it is imported already)."""
    begun, ended = _events(name)
    if begun.is_set() or ended.is_set():
        return

    def work(_control: TaskControl) -> None:
        begun.set()
        try:
            importlib.import_module(name)
        finally:   # a failed import is raised again where the module is used, on the UI thread
            ended.set()

    tasks.submit(f"import {name}", work, owner=owner)


def imported(name: str) -> bool:
    """Whether `name` may be used on the UI thread without waiting for a worker: its import in
    the background has ended, or none has begun (then the caller imports it where it runs)."""
    begun, ended = _events(name)
    return ended.is_set() or not begun.is_set()


def when_imported(name: str, owner: QObject, then: Callable[[], None]) -> None:
    """`then()` on the UI thread once `imported(name)`: at once if it is, else at the first
    turn of the event loop after the worker has ended (never, if `owner` is gone by then)."""
    if imported(name):
        then()
        return

    def check() -> None:
        if imported(name):
            timer.stop()
            then()
    timer = QTimer(owner)
    timer.setInterval(POLL_MS)
    timer.timeout.connect(check)
    timer.start()
