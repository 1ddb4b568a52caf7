"""What the GUI tests share: waiting for a lazy list or the dashboard to settle, the `answered` helper's
type, and where screenshots for review are written."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from ui.dashboard.view import DashboardView
from ui.kit.lazy_table_model import LazyTableModel


def settle(qtbot: QtBot, model: LazyTableModel, rows: int | None = None) -> None:
    def ready() -> bool:
        if model.is_loading() or (rows is not None and model.rowCount() != rows):
            return False
        for row in range(model.rowCount()):
            model.data(model.index(row, 0))
        return not model.is_loading()
    qtbot.waitUntil(ready, timeout=10_000)


def open_dashboard(qtbot: QtBot, context: AppContext) -> DashboardView:
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1400, 1400)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading() and view.panels["coverage"].chart is not None
                    and view.panels["beds"].chart is not None, timeout=20_000)
    return view


SHOTS = Path("/work/notes/shots")          # screenshots written for a person to review

# The type of the `answered` fixture (tests/ui/conftest.py): `answered(widget)` waits until the
# loads and saves the widget started in the background have answered.
Answered = Callable[..., None]
