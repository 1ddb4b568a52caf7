"""The response-time histogram: how many trips reached the scene after so many minutes.

Coverage per community, beds, duty and vehicles are rows lying down (rows.py, coverage.py).
"""
from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ui.dashboard.charts.base import ChartBase, LegendEntry, Mark
from ui.kit.formatting import count
from ui.kit.palette import Dash, Dot

translate = QCoreApplication.translate


class ResponseChart(ChartBase):
    """How many trips reached the scene after so many minutes, with the median and the 90th
    percentile drawn where they fall (the article: a team on scene minutes after the order)."""

    days_on_x = False

    def __init__(self) -> None:
        self.histogram: tuple[tuple[int, int], ...] = ()
        self.median: int | None = None
        self.p90: int | None = None
        super().__init__()

    def build(self) -> None:
        self.bars = self.add_bars(Mark(self.palette_now.series[0]), x=[], height=[], width=0.8)
        # The lines' values are said in the legend, not written over the bars they cross.
        self.lines: list[pg.InfiniteLine] = [self.add_rule(mark) for mark in self.line_marks()]
        # On the wall the legend's "median 18 min" gives the unit, and each line is chart.
        self.axis_title("bottom", "" if self.dark else
                        translate("DashboardCharts", "minutes from dispatch to scene"))
        self.axis_title("left", "" if self.dark else translate("DashboardCharts", "trips"))

    def line_marks(self) -> tuple[Mark, Mark]:
        """The median dashed in the text's colour, the 90th percentile dotted in the alarm's."""
        return (Mark(self.palette_now.text, "rule", Dash),
                Mark(self.palette_now.accent, "rule", Dot))

    def legend_entries(self) -> list[LegendEntry]:
        texts = (translate("DashboardCharts", "median %1 min"),
                 translate("DashboardCharts", "90%: %1 min"))
        return [LegendEntry(text.replace("%1", str(value)), mark)
                for text, value, mark in zip(texts, (self.median, self.p90), self.line_marks())
                if value is not None]

    def show_series(self, histogram: Sequence[tuple[int, int]], median: int | None,
                    p90: int | None) -> None:
        self.histogram, self.median, self.p90 = tuple(histogram), median, p90
        self.redraw()

    def redraw(self) -> None:
        xs = [float(m) for m, _n in self.histogram]
        ys = [float(n) for _m, n in self.histogram]
        self.bars.setOpts(x=xs, height=ys)
        for line, value in zip(self.lines, (self.median, self.p90)):
            line.setVisible(value is not None)
            if value is not None:
                line.setValue(float(value))
        plot = self.getPlotItem()
        if xs:
            plot.setXRange(min(xs) - 1, max(xs) + 1, padding=0)
        top = max(ys, default=0) * 1.08 or 1
        plot.setYRange(0, top, padding=0)
        self.size_axes(top)

    def describe(self, x: float, y: float) -> str | None:
        for minutes, trips in self.histogram:
            if abs(minutes - x) <= 0.5:
                return translate("DashboardCharts", "%1 min: %2 trips").replace(
                    "%1", str(minutes)).replace("%2", count(trips))
        return None
