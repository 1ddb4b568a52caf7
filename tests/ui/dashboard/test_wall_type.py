"""On the wall every word of the dashboard is read from five metres: a cap height of 18 px or more
(the interface font at 26 px) for the headline, the tiles' titles and changes (their captions are
the desk's only), the panel titles, the legends, every chart's tick labels and axis titles, and
the station filter."""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGraphicsSimpleTextItem, QGraphicsTextItem, QLabel, QWidget
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.sample_district import add_sample_district
from ui.dashboard.view import DashboardView
from ui.shell.main_window import MainWindow

WALL_CAP_PX = 18.0   # five metres: the smallest type on the wall


def cap(font: QFont) -> float:
    return QFontMetricsF(font).capHeight()


def widget_texts(dashboard: DashboardView) -> Iterator[tuple[str, QFont]]:
    """Every label, button and the filter shown on the wall, the alert strip's included."""
    for widget in dashboard.findChildren(QWidget):
        if not widget.isVisibleTo(dashboard):
            continue
        widget.ensurePolished()
        if isinstance(widget, QLabel) and widget.text():
            yield f"label {widget.objectName()} {widget.text()!r}", widget.font()
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield f"button {widget.objectName()} {widget.text()!r}", widget.font()
        elif isinstance(widget, QComboBox):
            yield f"filter {widget.currentText()!r}", widget.font()


def chart_texts(dashboard: DashboardView) -> Iterator[tuple[str, QFont]]:
    """Each chart's tick labels and axis titles, and any text drawn in its scene."""
    for key, panel in dashboard.panels.items():
        chart = panel.chart
        assert chart is not None, key
        plot = chart.getPlotItem()
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            if not axis.isVisible():
                continue
            yield f"{key} {name} ticks", axis.style["tickFont"]
            if axis.label.isVisible():
                yield f"{key} {name} title", axis.label.font()
        for item in chart.scene().items():
            if isinstance(item, QGraphicsTextItem | QGraphicsSimpleTextItem) and item.isVisible():
                yield f"{key} scene text", item.font()


def test_the_smallest_wall_text_is_read_from_five_metres(qtbot: QtBot,
                                                          context: AppContext) -> None:
    add_sample_district(context.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.wall.enter()
    window.resize(1920, 1080)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.is_loading()
                    and all(panel.chart is not None for panel in dashboard.panels.values()),
                    timeout=20_000)
    texts = list(widget_texts(dashboard)) + list(chart_texts(dashboard))
    names = " ".join(name for name, _font in texts)
    for needed in ("tileChange", "tileTitle", "legendText", "sectionTitle",
                   "categories bottom ticks", "coverage left ticks", "beds right ticks",
                   "alertTitle", "button alertSound"):
        assert needed in names  # the check reaches every kind of text it promises
    small = [(name, round(cap(font), 1)) for name, font in texts if cap(font) < WALL_CAP_PX]
    assert small == []
    window.wall.leave()  # the desk keeps its own, smaller type
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=10_000)   # one chart a turn
    assert cap(dashboard.panels["beds"].chart.text_font()) < WALL_CAP_PX
