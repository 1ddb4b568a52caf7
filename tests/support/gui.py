"""What the GUI tests share: waiting for a lazy list or the dashboard to settle, the `answered` helper's
type, and where screenshots for review are written."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
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


def keys_reach(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until keys typed now reach `widget`'s window: Qt's widgets call it active
    (`isActiveWindow`) and the window system has moved the keyboard to it (the focus window).
    Between the two, a key is matched against the shortcuts of the window that had the keyboard
    (Enter into a dialog just opened would open the list's row behind it). pytest-qt's
    `waitActive` waits only when used as a context manager: called alone it waits for nothing."""
    window = widget.window()
    window.activateWindow()

    def reached() -> bool:
        handle = window.windowHandle()
        return window.isActiveWindow() and handle is not None \
            and QGuiApplication.focusWindow() is handle
    qtbot.waitUntil(reached, timeout=10_000)


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
