"""The wall fits its 1920 x 1080 screen, in Chinese and in English, under the alert strip at its
tallest (alerts standing: the most urgent line, "and N more" and the Acknowledge key): every panel
and tile lies wholly on the screen, every bar-row chart names all its rows (beds by kind, teams,
the six vehicle states) level with their bars and inside its panel, no two names touching, and
every tile's title takes one line, in full."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.language import install_translators
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.demo import build_demo
from tests.support.alerts import trip_standing
from tests.support.factories import signed_in
from ui.dashboard.charts.rows import RowsChart
from ui.dashboard.panels import ChartPanel
from ui.shell.main_window import MainWindow

WALL = QSize(1920, 1080)
FIXED_ROWS = {"beds": 4, "duty": 4, "vehicles": 6}   # facility kinds, teams + stood down, states


@pytest.fixture(params=["en", "zh"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's words in `language`: installed before any widget is made."""
    undo = install_translators(qapp, request.param)
    yield request.param
    undo()


@pytest.fixture
def alerting(sqlite_database: Database, settings: Settings, language: str
             ) -> Iterator[AppContext]:
    """The small demo district, two more trips overdue now, a dispatcher at the wall (who has
    the Acknowledge key: the strip at its tallest)."""
    build_demo(sqlite_database, "small", 2020, datetime(2020, 2, 20, 18))
    for suffix, minutes, name in (("1", 25, "欧阳明"), ("2", 40, "李娜")):
        trip_standing(sqlite_database, minutes, number=f"ZY20991231000{suffix}", name=name,
                      suffix=suffix)   # numbers the demo's own orders do not take
    built = build_context(sqlite_database, settings, probe_interval_ms=60_000,
                          user=signed_in("dispatcher"))
    yield built
    built.close()


def in_window(window: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    """`rect` of `widget` (all of it by default) in the window's coordinates."""
    area = widget.rect() if rect is None else rect
    return QRect(widget.mapTo(window, area.topLeft()), area.size())


def name_boxes(window: QWidget, chart: RowsChart) -> list[QRect]:
    """Where each row's name on the left axis is written, in the window: a line of the chart's
    type centred on its row (pyqtgraph draws it level with the bar)."""
    plot = chart.getPlotItem()
    (ticks,) = plot.getAxis("left")._tickLevels
    line = chart.metrics().height()
    boxes = []
    for value, _name in ticks:
        scene = plot.vb.mapViewToScene(QPointF(0.0, value))
        middle = chart.mapFromScene(scene).y()
        box = QRect(0, round(middle - line / 2), chart.width(), round(line))
        boxes.append(in_window(window, chart, box))
    return boxes


def open_wall(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.wall.enter()
    window.showNormal()          # the wall's look at exactly 1920 x 1080, whatever the screen
    window.resize(WALL)
    dashboard = window.dashboard
    strip = dashboard.alerts
    qtbot.waitUntil(lambda: len(strip.alerts) >= 2 and not dashboard.is_loading()
                    and all(panel.chart is not None for panel in dashboard.panels.values()),
                    timeout=30_000)
    qtbot.wait(100)              # the layout after the last figures
    assert window.size() == WALL
    return window


def test_everything_fits_the_wall_under_an_alert(qtbot: QtBot, alerting: AppContext,
                                                 language: str) -> None:
    window = open_wall(qtbot, alerting)
    dashboard = window.dashboard
    strip = dashboard.alerts
    assert strip.lines[0].isVisible() and strip.more.isVisible()
    assert strip.acknowledge_button is not None and strip.acknowledge_button.isVisible()
    screen = window.rect()
    below_strip = in_window(window, strip).bottom()

    for key, tile in dashboard.tiles.items():
        assert screen.contains(in_window(window, tile)), key
        title = tile.title
        assert title.text() == tile.full_text(title), key        # neither broken nor elided
        assert title.fontMetrics().horizontalAdvance(title.text()) <= title.width(), key
        assert not tile.caption.isVisible(), key                  # the desk's line, not the wall's

    for key, panel in dashboard.panels.items():
        placed = in_window(window, panel)
        assert screen.contains(placed) and placed.top() > below_strip, (key, placed)
        assert panel.visibleRegion().boundingRect() == panel.rect(), key   # nothing clipped
        chart = panel.chart
        assert in_window(window, panel).contains(in_window(window, chart)), key
        if isinstance(chart, RowsChart):
            assert_rows_fit(window, key, panel, chart)


def assert_rows_fit(window: MainWindow, key: str, panel: ChartPanel, chart: RowsChart) -> None:
    """Every row named inside the panel and the plot, one line of type apart at least, and the
    plot's range holding every bar."""
    boxes = name_boxes(window, chart)
    if key in FIXED_ROWS:
        assert len(boxes) == chart.total_rows() == FIXED_ROWS[key], key
    else:
        assert len(boxes) >= 3, key          # coverage: the lowest as many as the height holds
    placed = in_window(window, panel)
    plot_area = in_window(window, chart, chart.mapFromScene(
        chart.getPlotItem().vb.sceneBoundingRect()).boundingRect())
    line = chart.metrics().height()
    for index, box in enumerate(boxes):
        assert placed.contains(box), (key, index, box, placed)
        assert plot_area.adjusted(0, -2, 0, 2).contains(QPoint(plot_area.left(), box.center().y()))
        if index:
            assert box.center().y() - boxes[index - 1].center().y() >= line - 1, (key, index)
    low, high = chart.getPlotItem().vb.viewRange()[1]
    assert low <= -0.4 and high >= len(boxes) - 0.6, key       # the first and last bars whole
