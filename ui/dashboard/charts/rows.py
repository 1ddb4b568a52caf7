"""Charts of named rows lying down: the name on the left, the figure on the right, the bar between.

A name read sideways under a standing bar stops being legible after a dozen bars; lying down, each
row's name and figure are written once, level, in the chart's type. A row needs one line of that
type: a chart with more rows than its height holds either shows the first that fit (coverage,
lowest first) or, for a short fixed list, packs them.
"""
from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ui.dashboard.charts.base import ChartBase, LegendEntry, Mark
from ui.kit.formatting import count
from ui.kit.palette import Hollow

translate = QCoreApplication.translate


class RowsChart(ChartBase):
    """Names on the left axis, figures on the right axis, first row on top, no count axis: the
    figures are written beside each bar, so a scale would only repeat them."""

    days_on_x = False
    horizontal = True
    only_what_fits = False  # True: show the first rows the height holds, not all of them

    def __init__(self) -> None:
        self.shown = 0
        self.name_room = 0.0
        super().__init__()
        self.getPlotItem().vb.sigResized.connect(self._resized)

    def apply_palette(self) -> None:
        super().apply_palette()
        plot = self.getPlotItem()
        plot.hideAxis("bottom")
        plot.showAxis("right")
        for name in ("left", "right"):
            # No tick marks (a tick of length 0 still leaves a dot beside each name).
            # Every row's name is drawn: the rows are spaced for their type already, and
            # pyqtgraph would drop all names once they fill 80 % of the axis.
            plot.getAxis(name).setStyle(tickLength=2, textFillLimits=[(0, 1.01)])
            plot.getAxis(name).setTickPen(pg.mkPen(None))
        plot.getAxis("right").setPen(pg.mkPen(None))
        plot.getAxis("right").setTextPen(pg.mkPen(self.palette_now.text))
        plot.invertY(True)  # the first row on top, as it is read

    def total_rows(self) -> int:
        return 0

    def row_pitch(self) -> float:
        """One line of the chart's type and a little air: the wall packs tighter."""
        return float(self.metrics().height() * (1.1 if self.dark else 1.6))

    def rows_that_fit(self) -> int:
        height = self.getPlotItem().vb.height()
        return max(1, int(height // self.row_pitch()))

    def rows_to_show(self) -> int:
        total = self.total_rows()
        return min(total, self.rows_that_fit()) if self.only_what_fits else total

    def label_rows(self, names: Sequence[str], figures: Sequence[str]) -> None:
        """Write each row's name and figure level with its bar, the axes as wide as the longest."""
        plot = self.getPlotItem()
        metrics = self.metrics()
        gap = self.text_px() // 2 + 6
        left, right = plot.getAxis("left"), plot.getAxis("right")
        left.setTicks([[(float(i), name) for i, name in enumerate(names)]])
        right.setTicks([[(float(i), text) for i, text in enumerate(figures)]])
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0.0)
        # A very long name may not take half the chart; it is cut on the left, not the bars.
        self.name_room = self.width_for_names()
        left.setWidth(round(min(widest + gap, self.name_room)))
        right.setWidth(round(max((metrics.horizontalAdvance(t) for t in figures), default=0.0)
                             + gap))
        plot.setYRange(-0.5, max(len(names), 1) - 0.5, padding=0)
        self.shown = len(names)
        # A short fixed list (vehicle states) asks for a row's room per row, on the wall a line
        # of its type and a little air, so no name touches the next (the wall's layout gives the
        # charts' row the height: ui/dashboard/view.py); a long one (coverage) for a few rows,
        # and shows what its height holds.
        lines = 3 if self.only_what_fits else max(len(names), 1)
        pitch = self.row_pitch() if self.dark else self.text_px() + 2
        self.setMinimumHeight(round(lines * pitch) + 6)

    def width_for_names(self) -> float:
        return float(max(self.width() * 0.45, 80.0))

    def _resized(self) -> None:
        fewer_or_more = self.only_what_fits and self.rows_to_show() != self.shown
        if fewer_or_more or self.width_for_names() != self.name_room:
            self.redraw()
        if fewer_or_more:
            self.described.emit()  # the title says how many rows it shows

    def row_at(self, y: float) -> int | None:
        index = round(y)
        if not 0 <= index < self.shown or abs(index - y) > 0.35:
            return None
        return index


class StackedBarsChart(RowsChart):
    """Rows in two stacked parts: beds taken and free, teams on duty and people stood down,
    vehicles (one part). The figure on the right is the first part of the whole ("58 / 73")."""

    def __init__(self, first: str, second: str) -> None:
        self.first, self.second = first, second
        self.rows: tuple[tuple[str, int, int], ...] = ()
        super().__init__()

    def marks(self) -> tuple[Mark, Mark]:
        """The first part solid, the rest hollow: beds taken and the empty ones after them."""
        return Mark(self.palette_now.series[4]), Mark(self.palette_now.track, fill=Hollow)

    def build(self) -> None:
        first, rest = self.marks()
        self.used = self.add_bars(first, x0=[], y=[], width=[], height=0.62)
        self.rest = self.add_bars(rest, x0=[], y=[], width=[], height=0.62)

    def legend_entries(self) -> list[LegendEntry]:
        if not self.second:
            return []  # one colour: the title says what it is
        first, rest = self.marks()
        return [LegendEntry(self.first, first), LegendEntry(self.second, rest)]

    def total_rows(self) -> int:
        return len(self.rows)

    def show_series(self, rows: Sequence[tuple[str, int, int]]) -> None:
        self.rows = tuple(rows)
        self.redraw()

    def redraw(self) -> None:
        ys = [float(i) for i in range(len(self.rows))]
        firsts = [float(a) for _n, a, _b in self.rows]
        seconds = [float(b) for _n, _a, b in self.rows]
        self.used.setOpts(x0=[0.0] * len(ys), y=ys, width=firsts)
        self.rest.setOpts(x0=firsts, y=ys, width=seconds)
        self.label_rows([name for name, _a, _b in self.rows],
                        [self.figure(a, b) for _n, a, b in self.rows])
        top = max((a + b for a, b in zip(firsts, seconds)), default=0.0)
        self.getPlotItem().setXRange(0, top or 1, padding=0.02)

    @staticmethod
    def figure(first: int, second: int) -> str:
        if first and second:
            return f"{count(first)} / {count(first + second)}"
        return count(first or second)

    def describe(self, x: float, y: float) -> str | None:
        index = self.row_at(y)
        if index is None:
            return None
        name, first, second = self.rows[index]
        lines = [name, f"{self.first}: {count(first)}"]
        if self.second:
            lines.append(f"{self.second}: {count(second)}")
        return "\n".join(lines)
