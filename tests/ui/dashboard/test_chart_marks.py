"""Every chart reads without colour: within a chart no two series share a dash, symbol and fill,
the colours that remain are Okabe-Ito's and apart in lightness, and the legend shows each series
as the chart draws it. Checked on the items pyqtgraph paints, on the desk and on the wall."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, timedelta
from itertools import combinations
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from controllers.browse.vocabulary import CATEGORIES
from ui.dashboard.charts.base import DARK, LIGHT
from ui.dashboard.panels import dashboard_panels
from ui.kit.palette import CATEGORY_LOOKS, MIN_LIGHTNESS_GAP, OKABE_ITO, Mark, lightness

DAYS = [date(2020, 2, 1) + timedelta(days=n) for n in range(10)]

SAMPLES: dict[str, Callable[[Any], None]] = {
    "ScreenedChart": lambda chart: chart.show_series([(d, 100 * n) for n, d in enumerate(DAYS)]),
    "CategoryChart": lambda chart: chart.show_series(DAYS, {
        category: tuple(n + k for n in range(10)) for k, category in enumerate(CATEGORIES)}),
    # One community below half its households: the alarm's mark is drawn too.
    "CoverageChart": lambda chart: chart.show_series([("百秀社区", 400, 120, 30.0),
                                                      ("西马社区", 300, 290, 96.7)]),
    "TransfersChart": lambda chart: chart.show_series([(d, 5, 3) for d in DAYS]),
    "ResponseChart": lambda chart: chart.show_series([(m, m % 7 + 1) for m in range(5, 40)],
                                                     18, 31),
    "StackedBarsChart": lambda chart: chart.show_series([("方舱医院", 58, 15), ("隔离点", 3, 9)]),
}


def bar_count(item: pg.BarGraphItem) -> int:
    """How many bars an item draws: standing bars sit at x, lying ones at y."""
    places = item.opts.get("x")
    return len(places if places is not None else item.opts.get("y") or [])


def drawn_marks(chart: Any) -> list[Mark]:
    """What the plot paints, one Mark per series, read back from pyqtgraph's items: one per
    curve or rule, and one per kind of brush of a bar item (its bars of one series share one).
    A list, not a set: two series drawn exactly alike, colour included, must count twice."""
    marks: list[Mark] = []
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem):
            pen = pg.mkPen(item.opts["pen"])
            marks.append(Mark(pen.color().name(), "line", pen.style(), item.opts["symbol"]))
        elif isinstance(item, pg.InfiniteLine):
            marks.append(Mark(item.pen.color().name(), "rule", item.pen.style()))
        elif isinstance(item, pg.BarGraphItem) and bar_count(item):
            brushes = [brush if isinstance(brush, QBrush) else pg.mkBrush(brush)
                       for brush in item.opts["brushes"] or [item.opts["brush"]]]
            marks += sorted({Mark(brush.color().name(), "box", fill=brush.style())
                             for brush in brushes}, key=repr)
    return marks


def every_chart(dark: bool) -> list[tuple[str, Any]]:
    charts = []
    for key, panel in dashboard_panels().items():
        module, name = panel.chart_path.split(":")
        chart = getattr(importlib.import_module(module), name)(*panel.arguments)
        chart.set_dark(dark)
        SAMPLES[name](chart)
        charts.append((key, chart))
    return charts


@pytest.mark.parametrize("dark", [False, True], ids=["desk", "wall"])
def test_no_two_series_of_a_chart_look_alike_in_grey(qtbot: Any, dark: bool) -> None:
    for key, chart in every_chart(dark):
        qtbot.addWidget(chart)
        marks = drawn_marks(chart)
        assert marks, f"{key}: nothing drawn"
        looks = [mark.look() for mark in marks]
        assert len(set(looks)) == len(looks), f"{key}: two series drawn alike: {marks}"
        # A hollow box is the background inside an outline: its emptiness, not its colour,
        # sets it apart. Every other colour stands apart from the chart's others in grey.
        coloured = sorted({mark.colour for mark in marks
                           if mark.fill != Qt.BrushStyle.NoBrush}, key=lightness)
        for lighter, darker in combinations(coloured, 2):
            gap = abs(lightness(lighter) - lightness(darker))
            assert gap >= MIN_LIGHTNESS_GAP, f"{key}: {lighter} and {darker} differ by {gap:.1f}"


@pytest.mark.parametrize("dark", [False, True], ids=["desk", "wall"])
def test_the_legend_shows_each_series_as_it_is_drawn(qtbot: Any, dark: bool) -> None:
    for key, chart in every_chart(dark):
        qtbot.addWidget(chart)
        drawn = {(mark.colour, mark.look()) for mark in drawn_marks(chart)}
        for entry in chart.legend_entries():
            mark = entry.mark
            assert (QColor(mark.colour).name(), mark.look()) in drawn, f"{key}: {entry}"


def test_the_four_categories_are_okabe_ito_and_apart() -> None:
    looks = list(CATEGORY_LOOKS.values())
    assert {look.colour for look in looks} <= set(OKABE_ITO)
    for first, second in combinations(looks, 2):
        assert abs(lightness(first.colour) - lightness(second.colour)) >= MIN_LIGHTNESS_GAP
        assert first.line().look() != second.line().look()
        assert first.box().look() != second.box().look()
    # Suspected and fever: the pair the colour-blind staff could not tell apart before.
    assert abs(lightness(CATEGORY_LOOKS["suspected"].colour)
               - lightness(CATEGORY_LOOKS["fever"].colour)) >= 9


def test_the_series_colours_are_okabe_ito() -> None:
    for palette in (LIGHT, DARK):
        assert set(palette.series) | {palette.accent} <= set(OKABE_ITO)


def test_lightness_is_cie_lstar() -> None:
    assert lightness("#000000") == 0
    assert lightness("#ffffff") == pytest.approx(100, abs=0.01)
    assert lightness("#777777") == pytest.approx(50.0, abs=0.5)
    assert isinstance(QPen(QColor("#000000")).style(), Qt.PenStyle)
