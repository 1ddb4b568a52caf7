"""Charts over the campaign's days: persons screened, the four categories, transfers per day."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from controllers.browse.vocabulary import CATEGORIES
from ui.dashboard.charts.base import (
    DAY_S,
    ChartBase,
    LegendEntry,
    Mark,
    nearest_day,
    timestamp,
)
from ui.dashboard.labels import CATEGORIES_SHORT, word
from ui.kit.formatting import count, day
from ui.kit.labels import category as category_label
from ui.kit.palette import Hollow, category_look

translate = QCoreApplication.translate


def _frame(chart: ChartBase, xs: list[float], top: float, headroom: float = 1.1) -> None:
    plot = chart.getPlotItem()
    if xs:
        plot.setXRange(xs[0] - DAY_S * 0.6, xs[-1] + DAY_S * 0.6, padding=0)
    else:
        today = timestamp(date.today())
        plot.setXRange(today - 6 * DAY_S, today, padding=0)
    plot.setYRange(0, top * headroom if top > 0 else 1, padding=0)
    chart.size_axes(top * headroom)


class ScreenedChart(ChartBase):
    """The headline's curve: persons screened and verified, cumulative, by day."""

    def __init__(self) -> None:
        self.points: tuple[tuple[date, int], ...] = ()
        super().__init__()

    def build(self) -> None:
        mark = Mark(self.palette_now.series[1], "line", symbol="o")
        fill = QColor(mark.colour)
        fill.setAlpha(50)
        self.curve = self.add_curve(mark, 4 if self.dark else 3)
        self.curve.setFillLevel(0)
        self.curve.setBrush(pg.mkBrush(fill))

    def show_series(self, points: Sequence[tuple[date, int]]) -> None:
        self.points = tuple(points)
        self.redraw()

    def redraw(self) -> None:
        xs = [timestamp(d) for d, _n in self.points]
        ys = [float(n) for _d, n in self.points]
        self.curve.setData(xs, ys)
        _frame(self, xs, max(ys, default=0))

    def describe(self, x: float, y: float) -> str | None:
        index = nearest_day(x, [timestamp(d) for d, _n in self.points])
        if index is None:
            return None
        when, number = self.points[index]
        previous = self.points[index - 1][1] if index else 0
        return translate("DashboardCharts", "%1: %2 screened in all, %3 that day").replace(
            "%1", day(when)).replace("%2", count(number)).replace("%3", count(number - previous))


class CategoryChart(ChartBase):
    """The four categories by day: cumulative lines, or the day's new cases as stacked bars."""

    def __init__(self, cumulative: bool) -> None:
        self.cumulative = cumulative
        self.days: tuple[date, ...] = ()
        self.values: dict[str, tuple[int, ...]] = {}
        super().__init__()

    def mark(self, category: str) -> Mark:
        """A category's curve (colour, dash, symbol) or its part of the day's bar (colour,
        fill): the same look wherever it is drawn, in the legend too."""
        look = category_look(category)
        return look.line() if self.cumulative else look.box()

    def build(self) -> None:
        self.items: dict[str, pg.GraphicsObject] = {}
        for category in CATEGORIES:
            if self.cumulative:
                item = self.add_curve(self.mark(category), 4 if self.dark else 2.5)
            else:
                item = self.add_bars(self.mark(category), x=[], y0=[], height=[],
                                     width=DAY_S * 0.7)
            self.items[category] = item

    def legend_entries(self) -> list[LegendEntry]:
        return [LegendEntry(word(CATEGORIES_SHORT, category), self.mark(category))
                for category in CATEGORIES]

    def show_series(self, days: Sequence[date], values: dict[str, tuple[int, ...]]) -> None:
        self.days, self.values = tuple(days), dict(values)
        self.redraw()

    def redraw(self) -> None:
        xs = [timestamp(d) for d in self.days]
        top = 0.0
        base = [0.0] * len(xs)
        for category, item in self.items.items():
            ys = [float(n) for n in self.values.get(category, (0,) * len(xs))]
            if self.cumulative:
                item.setData(xs, ys)
                top = max(top, max(ys, default=0))
            else:
                item.setOpts(x=xs, y0=list(base), height=ys)
                base = [b + y for b, y in zip(base, ys)]
                top = max(top, max(base, default=0))
        _frame(self, xs, top)

    def describe(self, x: float, y: float) -> str | None:
        index = nearest_day(x, [timestamp(d) for d in self.days])
        if index is None:
            return None
        lines = [day(self.days[index])]
        lines += [f"{category_label(c)}: {count(n[index])}" for c, n in self.values.items()]
        return "\n".join(lines)


class TransfersChart(ChartBase):
    """Transfer orders given per day, and how many of them reached a facility."""

    def __init__(self) -> None:
        self.rows: tuple[tuple[date, int, int], ...] = ()
        super().__init__()

    def marks(self) -> tuple[Mark, Mark]:
        """Ordered: a hollow bar; delivered: a narrower solid one inside it."""
        return (Mark(self.palette_now.track, fill=Hollow),
                Mark(self.palette_now.series[0]))

    def build(self) -> None:
        ordered, delivered = self.marks()
        self.ordered = self.add_bars(ordered, x=[], height=[], width=DAY_S * 0.75)
        self.delivered = self.add_bars(delivered, x=[], height=[], width=DAY_S * 0.45)

    def legend_entries(self) -> list[LegendEntry]:
        ordered, delivered = self.marks()
        return [LegendEntry(translate("DashboardCharts", "Ordered"), ordered),
                LegendEntry(translate("DashboardCharts", "Delivered"), delivered)]

    def show_series(self, rows: Sequence[tuple[date, int, int]]) -> None:
        self.rows = tuple(rows)
        self.redraw()

    def redraw(self) -> None:
        xs = [timestamp(d) for d, _n, _done in self.rows]
        self.ordered.setOpts(x=xs, height=[n for _d, n, _x in self.rows])
        self.delivered.setOpts(x=xs, height=[done for _d, _n, done in self.rows])
        _frame(self, xs, max((n for _d, n, _x in self.rows), default=0))

    def describe(self, x: float, y: float) -> str | None:
        index = nearest_day(x, [timestamp(d) for d, _n, _x in self.rows])
        if index is None:
            return None
        when, ordered, delivered = self.rows[index]
        return translate("DashboardCharts", "%1: %2 ordered, %3 delivered").replace(
            "%1", day(when)).replace("%2", count(ordered)).replace("%3", count(delivered))
