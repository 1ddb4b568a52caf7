"""The coverage panel of a district of two hundred communities names the lowest as many as its
height holds, each with its share, lowest on top, and its title says how many it shows."""
from __future__ import annotations

import random

import pyqtgraph as pg
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from ui.dashboard.panels import ChartPanel, dashboard_panels
from ui.kit.formatting import percent

Bar = tuple[str, int, int, float]


def district_bars(communities: int = 200) -> list[Bar]:
    """Invented communities in the order community_coverage gives them: lowest first."""
    rng = random.Random(19)
    bars = []
    for number in range(1, communities + 1):
        households = rng.randint(800, 3000)
        done = rng.randint(0, households)
        bars.append((f"第{number:03d}社区", households, done, round(100 * done / households, 1)))
    return sorted(bars, key=lambda bar: (bar[3], bar[0]))


def drawn_texts(axis: pg.AxisItem) -> list[str]:
    """The tick labels the axis actually paints (pyqtgraph drops those with no room)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


def coverage_panel(qtbot: QtBot, bars: list[Bar], height: int) -> ChartPanel:
    panel = dashboard_panels()["coverage"]
    qtbot.addWidget(panel)
    panel.resize(480, height)
    panel.show()
    qtbot.waitExposed(panel)
    panel.draw(lambda chart: chart.show_series(bars))
    qtbot.waitUntil(lambda: panel.chart.height() < height       # laid out in the panel
                    and panel.chart.shown == panel.chart.rows_to_show())
    return panel


def test_two_hundred_communities_name_the_lowest_that_fit(qtbot: QtBot) -> None:
    bars = district_bars()
    panel = coverage_panel(qtbot, bars, 420)
    chart = panel.chart
    shown = chart.shown
    assert 6 <= shown < 200
    plot = chart.getPlotItem()
    assert drawn_texts(plot.getAxis("left")) == [bar[0] for bar in bars[:shown]]
    assert drawn_texts(plot.getAxis("right")) == [percent(bar[3]) for bar in bars[:shown]]
    assert panel.title.text() == f"{shown} communities lowest in coverage"
    # Each row keeps a line of type to itself: the names never touch.
    assert shown * chart.metrics().height() <= plot.vb.height()
    assert bars[0][0] in chart.describe(50, 0)  # the hover names the top row, the lowest

    panel.resize(480, 760)  # a taller panel (the wall's rotation page) names more
    qtbot.waitUntil(lambda: chart.shown > shown and chart.shown == chart.rows_to_show())
    more = chart.shown
    assert drawn_texts(plot.getAxis("left")) == [bar[0] for bar in bars[:more]]
    assert panel.title.text() == f"{more} communities lowest in coverage"


def test_a_station_with_few_communities_shows_them_all(qtbot: QtBot) -> None:
    bars = district_bars(4)
    panel = coverage_panel(qtbot, bars, 420)
    assert drawn_texts(panel.chart.getPlotItem().getAxis("left")) == [bar[0] for bar in bars]
    assert panel.title.text() == "Household coverage per community"


def test_the_average_and_the_laggards_are_in_the_legend(qtbot: QtBot) -> None:
    bars = [("甲社区", 10, 2, 20.0), ("乙社区", 10, 9, 90.0)]
    panel = coverage_panel(qtbot, bars, 300)
    assert panel.legend.texts() == ["average 55.0%", "below 50.0%"]
    assert panel.chart.average_line.value() == 55.0
