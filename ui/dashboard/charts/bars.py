"""Charts over things rather than days: response times, coverage per community, beds, duty."""
from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from ui.dashboard.charts.base import ChartBase, line_label_options
from ui.kit.appearance import interface_font
from ui.kit.formatting import count, percent

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
        plot = self.getPlotItem()
        colours = self.palette_now
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=colours.series[0],
                                    pen=pg.mkPen(None))
        plot.addItem(self.bars)
        font = QFont(interface_font())
        font.setPointSize(self.point_size())
        self.lines: list[pg.InfiniteLine] = []
        for position, colour in ((0.92, colours.series[1]), (0.72, colours.accent)):
            line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(
                colour, width=3, style=Qt.PenStyle.DashLine), label="",
                labelOpts=line_label_options(colour, position, (0, 0), colours.background))
            line.label.setFont(font)
            plot.addItem(line)
            self.lines.append(line)
        plot.setLabel("bottom", translate("DashboardCharts", "minutes from dispatch to scene"),
                      color=colours.axis)

    def show_series(self, histogram: Sequence[tuple[int, int]], median: int | None,
                    p90: int | None) -> None:
        self.histogram, self.median, self.p90 = tuple(histogram), median, p90
        self.redraw()

    def redraw(self) -> None:
        xs = [float(m) for m, _n in self.histogram]
        ys = [float(n) for _m, n in self.histogram]
        self.bars.setOpts(x=xs, height=ys)
        texts = (translate("DashboardCharts", "median %1 min"),
                 translate("DashboardCharts", "90%: %1 min"))
        for line, value, text in zip(self.lines, (self.median, self.p90), texts):
            line.setVisible(value is not None)
            if value is not None:
                line.setValue(float(value))
                line.label.setFormat(text.replace("%1", str(value)))
        plot = self.getPlotItem()
        if xs:
            plot.setXRange(min(xs) - 1, max(xs) + 3, padding=0)
        plot.setYRange(0, max(ys, default=0) * 1.15 or 1, padding=0)

    def describe(self, x: float, y: float) -> str | None:
        for minutes, trips in self.histogram:
            if abs(minutes - x) <= 0.5:
                return translate("DashboardCharts", "%1 min: %2 trips").replace(
                    "%1", str(minutes)).replace("%2", count(trips))
        return None


class CoverageChart(ChartBase):
    """Every community's household coverage, lowest first, against the 100 % target (不漏一户)
    and the district's average. Two hundred bars leave no room for names: the hover names each
    bar and the panel's note names the laggards."""

    days_on_x = False
    target = 100.0

    def __init__(self) -> None:
        self.bars: tuple[tuple[str, int, int, float], ...] = ()
        super().__init__()

    def build(self) -> None:
        plot = self.getPlotItem()
        colours = self.palette_now
        self.item = pg.BarGraphItem(x=[], height=[], width=0.8, brush=colours.series[0],
                                    pen=pg.mkPen(None))
        plot.addItem(self.item)
        font = QFont(interface_font())
        font.setPointSize(self.point_size())
        # The target's label sits above its line at the right, the average's at the left: they
        # never overlap however close the two lines are.
        self.target_line = pg.InfiniteLine(
            pos=self.target, angle=0, pen=pg.mkPen(colours.series[1], width=2,
                                                   style=Qt.PenStyle.DashLine),
            label=translate("DashboardCharts", "target %1").replace("%1", percent(self.target)),
            labelOpts=line_label_options(colours.series[1], 0.98, (1, 1), colours.background))
        self.average_line = pg.InfiniteLine(
            pos=0, angle=0, pen=pg.mkPen(colours.text, width=2, style=Qt.PenStyle.DashLine),
            label="", labelOpts=line_label_options(colours.text, 0.02, (0, 1), colours.background))
        for line in (self.target_line, self.average_line):
            line.label.setFont(font)
            plot.addItem(line)
        plot.getAxis("bottom").setTicks([[]])

    def show_series(self, bars: Sequence[tuple[str, int, int, float]]) -> None:
        self.bars = tuple(bars)
        self.redraw()

    def redraw(self) -> None:
        colours = self.palette_now
        heights = [bar[3] for bar in self.bars]
        brushes = [pg.mkBrush(colours.accent if h < 50 else colours.series[0]) for h in heights]
        self.item.setOpts(x=list(range(len(heights))), height=heights, brushes=brushes)
        done = sum(bar[2] for bar in self.bars)
        households = sum(bar[1] for bar in self.bars)
        self.average_line.setVisible(households > 0)
        if households:
            average = 100.0 * done / households
            self.average_line.setValue(average)
            self.average_line.label.setFormat(
                translate("DashboardCharts", "average %1").replace("%1", percent(average)))
        plot = self.getPlotItem()
        plot.setXRange(-0.7, max(len(self.bars), 1) - 0.3, padding=0)
        plot.setYRange(0, 122, padding=0)  # room for the target's label

    def describe(self, x: float, y: float) -> str | None:
        index = round(x)
        if not 0 <= index < len(self.bars) or abs(index - x) > 0.45:
            return None
        name, households, done, coverage = self.bars[index]
        return translate("DashboardCharts", "%1: %2 (%3 of %4 households)").replace(
            "%1", name).replace("%2", percent(coverage)).replace("%3", count(done)).replace(
            "%4", count(households))


class StackedBarsChart(ChartBase):
    """Named bars lying down (the names read on the left axis, never overlapping), in two
    stacked parts: beds taken and free, teams on duty and people stood down, vehicles."""

    days_on_x = False
    horizontal = True

    def __init__(self, first: str, second: str) -> None:
        self.first, self.second = first, second
        self.rows: tuple[tuple[str, int, int], ...] = ()
        super().__init__()

    def build(self) -> None:
        plot = self.getPlotItem()
        colours = self.palette_now
        self.used = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=colours.series[4],
                                    pen=pg.mkPen(None))
        self.rest = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=colours.muted,
                                    pen=pg.mkPen(None))
        plot.addItem(self.used)
        plot.addItem(self.rest)
        legend = self.add_legend()
        legend.anchor(itemPos=(1, 1), parentPos=(1, 1), offset=(-8, -8))
        legend.addItem(self.used, self.first)
        if self.second:
            legend.addItem(self.rest, self.second)
        plot.invertY(True)  # the first row on top, as it is read

    def show_series(self, rows: Sequence[tuple[str, int, int]]) -> None:
        self.rows = tuple(rows)
        self.redraw()

    def redraw(self) -> None:
        ys = [float(i) for i in range(len(self.rows))]
        firsts = [float(a) for _n, a, _b in self.rows]
        seconds = [float(b) for _n, _a, b in self.rows]
        self.used.setOpts(x0=[0.0] * len(ys), y=ys, width=firsts)
        self.rest.setOpts(x0=firsts, y=ys, width=seconds)
        plot = self.getPlotItem()
        plot.getAxis("left").setTicks([[(float(i), name) for i, (name, _a, _b)
                                        in enumerate(self.rows)]])
        plot.setYRange(-0.6, max(len(ys), 1) - 0.4, padding=0)
        plot.setXRange(0, max((a + b for a, b in zip(firsts, seconds)), default=0) * 1.35 or 1,
                       padding=0)

    def describe(self, x: float, y: float) -> str | None:
        index = round(y)
        if not 0 <= index < len(self.rows) or abs(index - y) > 0.35:
            return None
        name, first, second = self.rows[index]
        lines = [name, f"{self.first}: {count(first)}"]
        if self.second:
            lines.append(f"{self.second}: {count(second)}")
        return "\n".join(lines)
