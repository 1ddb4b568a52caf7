"""The dashboard's chart modules, imported on the task runner before the first chart is made.

pyqtgraph and numpy behind the charts take half a second and more to import (pyqtgraph copies
every Qt class into its own namespace, and PySide's import hook reads each module's source),
which froze the window at the dashboard's first showing. Here they are imported on a worker,
asked for when the window comes up (the wall may be wanted at any moment) and by the dashboard
itself; its chart steps (ui/dashboard/loads.py `Steps`) wait until the import is over rather
than import on the UI thread. A panel drawn outside those steps (a test, a picture) still
imports what it needs where it runs, as before.

Python's import lock makes this safe: the UI thread asking for a module the worker is
importing waits for it, never imports it twice. This module itself imports nothing heavy.
"""
from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QObject

from controllers.runtime.tasks import TaskControl, TaskRunner

# Every module a chart panel names (ui/dashboard/panels.py `dashboard_panels`), with the
# dashboard's own: pyqtgraph and numpy come with the first.
CHART_MODULES = ("ui.dashboard.charts.series", "ui.dashboard.charts.coverage",
                 "ui.dashboard.charts.bars", "ui.dashboard.charts.rows", "ui.dashboard.view")

_started = threading.Event()    # a worker has begun importing them
_imported = threading.Event()   # and has ended


def preload_charts(tasks: TaskRunner, owner: QObject | None = None) -> None:
    """Import the chart modules on `tasks`, unless a worker has already begun to. Asked for
    again before a worker began (or after a runner shut down before it ran the import), it
    asks again: the second import finds the modules imported, or waits for the first's."""
    if _started.is_set():
        return

    def work(_control: TaskControl) -> None:
        _started.set()
        try:
            for name in CHART_MODULES:
                import_chart_module(name)
        finally:   # a failed import is raised again where a chart is made, on the UI thread
            _imported.set()

    tasks.submit("dashboard chart modules", work, owner=owner)


def import_chart_module(name: str) -> object:
    return importlib.import_module(name)


def charts_ready() -> bool:
    """The chart modules may be used on the UI thread without waiting for a worker: its
    import has ended, or none has begun (then the first chart imports them itself, as a panel
    drawn outside the steps does)."""
    return _imported.is_set() or not _started.is_set()
