"""The dashboard's slow parts happen off the UI thread or a piece per turn of the event loop: its
charts wait for their modules (pyqtgraph, numpy) to be imported on a worker, and then every
panel gets its chart; the wall's look comes to the charts one at a time, after the page around
them has changed, and every chart ends up shown in the wall's look (and back on the desk)."""
from __future__ import annotations

import importlib
import threading
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskRunner
from tests.support.sample_district import add_sample_district
from ui.dashboard import preload
from ui.dashboard.charts.base import DESK_TEXT_PX, WALL_TEXT_PX
from ui.dashboard.view import DashboardView
from ui.shell.main_window import MainWindow


def test_the_charts_wait_for_their_modules_then_every_panel_has_one(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    add_sample_district(context.database)
    context.tasks.pool.setMaxThreadCount(4)   # the held import must leave the loads a thread
    release = threading.Event()
    real_import = importlib.import_module

    def slow_import(name: str) -> ModuleType:   # as on a cold start: the import takes a while
        release.wait(30)
        return real_import(name)

    monkeypatch.setattr(preload, "_started", threading.Event())
    monkeypatch.setattr(preload, "_imported", threading.Event())
    monkeypatch.setattr(preload, "import_chart_module", slow_import)
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1400, 1400)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not any(load.running for load in view.loads), timeout=20_000)
    assert view.figures is not None and view.steps.busy()   # the figures are here, waiting
    assert all(panel.chart is None for panel in view.panels.values())   # nothing made yet
    assert view.is_loading()
    release.set()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)
    assert all(panel.chart is not None and panel.chart.isVisible()
               for panel in view.panels.values())


def window_on_the_dashboard(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, DashboardView]:
    """The main window showing the sample district's dashboard, every chart drawn."""
    add_sample_district(context.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_view("dashboard")
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.is_loading() and all(
        panel.chart is not None for panel in dashboard.panels.values()), timeout=20_000)
    return window, dashboard


def test_the_wall_restyles_the_charts_one_at_a_time_and_all_of_them(
        qtbot: QtBot, context: AppContext) -> None:
    window, dashboard = window_on_the_dashboard(qtbot, context)
    charts = [panel.chart for panel in dashboard.panels.values()]
    window.wall.enter()
    # The page is the wall's at once; the charts are out of sight until each is restyled.
    assert "#0b121b" in dashboard.styleSheet() and window.isFullScreen()
    assert all(chart.isHidden() and not chart.dark for chart in charts)
    qtbot.waitUntil(lambda: not dashboard.is_loading() and all(
        chart.isVisible() and chart.dark and chart.text_px() == WALL_TEXT_PX
        for chart in charts), timeout=20_000)
    window.wall.leave()
    assert all(chart.isHidden() for chart in charts)
    qtbot.waitUntil(lambda: not dashboard.is_loading() and all(
        chart.isVisible() and not chart.dark and chart.text_px() == DESK_TEXT_PX
        for chart in charts), timeout=20_000)


def test_the_wall_left_before_its_charts_are_restyled_ends_on_the_desk(
        qtbot: QtBot, context: AppContext) -> None:
    window, dashboard = window_on_the_dashboard(qtbot, context)
    window.wall.enter()
    window.wall.leave()          # at once: the wall's steps are still waiting
    qtbot.waitUntil(lambda: not dashboard.is_loading() and all(
        panel.chart.isVisible() and not panel.chart.dark
        for panel in dashboard.panels.values()), timeout=20_000)


def test_an_import_that_never_ran_holds_no_chart_back(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed before its runner got to the import (its runner shut down) leaves the
    next dashboard free to draw, and the next window asks for the import again."""
    monkeypatch.setattr(preload, "_started", threading.Event())
    monkeypatch.setattr(preload, "_imported", threading.Event())
    closed = TaskRunner()
    closed.shutdown()
    preload.preload_charts(closed)
    qtbot.waitUntil(lambda: not closed.is_busy(), timeout=10_000)
    assert preload.charts_ready()
    preload.preload_charts(context.tasks)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=20_000)
    assert preload.charts_ready() and preload._imported.is_set()
