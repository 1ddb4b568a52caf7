"""Household coverage per community, lowest first (不漏一户): the laggards, by name.

A district has two hundred communities and a panel has room for a dozen rows of type: the chart
names the lowest as many as its height holds, each with its share written beside its bar against
the 100 % track, and gives its panel a title that says so ("覆盖率最低的 12 个社区"). The dashed
line is the average of every community shown or not, drawn behind the bars.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ui.dashboard.charts.base import LegendEntry, Mark, box_brush, box_pen
from ui.dashboard.charts.rows import RowsChart
from ui.kit.formatting import count, percent
from ui.kit.palette import Dash, Hatched, Hollow

translate = QCoreApplication.translate
BEHIND = 50.0  # a community below half its households is drawn in the alarm colour


class CoverageChart(RowsChart):
    """`bars` are (community, households, households done, coverage %), lowest first."""

    only_what_fits = True
    target = 100.0

    def __init__(self) -> None:
        self.bars: tuple[tuple[str, int, int, float], ...] = ()
        self.average: float | None = None
        super().__init__()

    def marks(self) -> dict[str, Mark]:
        """The 100 % track hollow, the share reached solid (hatched in the alarm colour below
        half), the average dashed."""
        colours = self.palette_now
        return {"track": Mark(colours.track, fill=Hollow), "done": Mark(colours.series[0]),
                "behind": Mark(colours.accent, fill=Hatched),
                "average": Mark(colours.text, "rule", Dash)}

    def build(self) -> None:
        marks = self.marks()
        self.track = self.add_bars(marks["track"], x0=[], y=[], width=[], height=0.62)
        self.average_line = self.add_rule(marks["average"])
        self.done = self.add_bars(marks["done"], x0=[], y=[], width=[], height=0.62)
        # Behind the bars: it shows across the track where a community falls short of it.
        self.track.setZValue(-2)
        self.average_line.setZValue(-1)

    def total_rows(self) -> int:
        return len(self.bars)

    def show_series(self, bars: Sequence[tuple[str, int, int, float]]) -> None:
        self.bars = tuple(bars)
        done = sum(bar[2] for bar in self.bars)
        households = sum(bar[1] for bar in self.bars)
        self.average = 100.0 * done / households if households else None
        self.redraw()

    def shown_bars(self) -> tuple[tuple[str, int, int, float], ...]:
        return self.bars[:self.rows_to_show()]

    def redraw(self) -> None:
        marks = self.marks()
        shown = self.shown_bars()
        ys = [float(i) for i in range(len(shown))]
        shares = [bar[3] for bar in shown]
        self.track.setOpts(x0=[0.0] * len(ys), y=ys, width=[self.target] * len(ys))
        looks = [marks["behind" if share < BEHIND else "done"] for share in shares]
        # None, not [], for no bars: pyqtgraph's BarGraphItem fails on an empty list of pens.
        self.done.setOpts(x0=[0.0] * len(ys), y=ys, width=shares,
                          brushes=[box_brush(mark) for mark in looks] or None,
                          pens=[box_pen(mark, self.dark) for mark in looks] or None)
        self.average_line.setVisible(self.average is not None)
        if self.average is not None:
            self.average_line.setValue(self.average)
        self.label_rows([bar[0] for bar in shown], [percent(share) for share in shares])
        self.getPlotItem().setXRange(0, self.target, padding=0.01)

    def legend_entries(self) -> list[LegendEntry]:
        marks = self.marks()
        entries = []
        if self.average is not None:
            entries.append(LegendEntry(translate("DashboardCharts", "average %1").replace(
                "%1", percent(self.average)), marks["average"]))
        if any(bar[3] < BEHIND for bar in self.shown_bars()):
            entries.append(LegendEntry(translate("DashboardCharts", "below %1").replace(
                "%1", percent(BEHIND)), marks["behind"]))
        return entries

    def panel_title(self) -> str | None:
        if self.shown >= len(self.bars):
            return None
        return translate("DashboardCharts", "%1 communities lowest in coverage").replace(
            "%1", count(self.shown))

    def short_panel_title(self) -> str | None:
        if self.shown >= len(self.bars):
            return None
        return translate("DashboardCharts", "%1 lowest in coverage").replace(
            "%1", count(self.shown))

    def describe(self, x: float, y: float) -> str | None:
        index = self.row_at(y)
        if index is None:
            return None
        name, households, done, coverage = self.bars[index]
        return translate("DashboardCharts", "%1: %2 (%3 of %4 households)").replace(
            "%1", name).replace("%2", percent(coverage)).replace("%3", count(done)).replace(
            "%4", count(households))
