"""Wall mode: F11 or --wall shows the dashboard alone, full screen and dark; Esc or F11 leaves
and gives the desk back exactly; with rotation the charts go round three at a time."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.ui.sample_district import add_sample_district
from ui.dashboard.view import DashboardView
from ui.shell.main_window import MainWindow


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_view("communities")
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    return window


def test_f11_enters_and_esc_leaves(qtbot: QtBot, context: AppContext) -> None:
    add_sample_district(context.database)
    window = open_window(qtbot, context)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    assert window.wall.active and window.isFullScreen()
    assert window.current_view_id() == "dashboard"
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not dashboard.report_button.isVisible()
    assert "#0b121b" in dashboard.styleSheet()
    qtbot.waitUntil(lambda: not dashboard.is_loading()
                    and dashboard.panels["beds"].chart is not None, timeout=20_000)
    assert all(panel.chart.dark for panel in dashboard.panels.values() if panel.chart)
    assert dashboard.tiles["confirmed"].value.font().pixelSize() >= 40  # read across the room
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.wall.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert dashboard.report_button.isVisible()
    assert not any(panel.chart.dark for panel in dashboard.panels.values() if panel.chart)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.wall.active
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.wall.active


def test_rotation_shows_three_charts_a_page(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.wall.rotate_seconds = 10
    window.wall.enter()
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    shown = [key for key, panel in dashboard.panels.items() if panel.isVisible()]
    assert shown == ["screened", "categories", "categories_new"]
    window.wall.page += 1
    window.wall._lay_out()
    shown = [key for key, panel in dashboard.panels.items() if panel.isVisible()]
    assert shown == ["coverage", "transfers", "response"]
    window.wall.leave()
    assert all(panel.isVisible() for panel in dashboard.panels.values())
