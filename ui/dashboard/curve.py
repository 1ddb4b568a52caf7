"""The cumulative screening curve: one pyqtgraph line over a date axis, for the wall screen.

The chart is read, not explored: mouse zoom and the context menu are off so a stray click on the
wall screen cannot leave the commander looking at an empty corner of the plot.
"""
from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import UTC, date, datetime

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from ui.kit.appearance import interface_font
from ui.kit.formatting import count, day

LINE = QColor("#2f6fba")
FILL = QColor(47, 111, 186, 40)
AXIS = QColor("#5b6b7d")


def timestamp(value: date) -> float:
    return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()


DAY_S = 86_400.0
DAY_STEPS = (1, 2, 3, 5, 7, 10, 14, 28)
LABEL_WIDTH_PX = 70


class DayAxis(pg.AxisItem):
    """Ticks on whole days only, labelled in the interface's language ("2月10日" / "Feb 10"):
    the data are daily figures, so an hour tick would only repeat the same day."""

    label_width = LABEL_WIDTH_PX  # the wall's larger type asks for more room per label

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N803 - pyqtgraph's names
                   size: float) -> list[tuple[float, list[float]]]:
        days = max((maxVal - minVal) / DAY_S, 1.0)
        fits = max(int(size / self.label_width), 1)
        step = next((candidate for candidate in DAY_STEPS if days / candidate <= fits),
                    DAY_STEPS[-1])
        first = math.ceil(minVal / DAY_S)
        ticks = [number * DAY_S for number in range(first, math.floor(maxVal / DAY_S) + 1)
                 if (number - first) % step == 0]
        return [(step * DAY_S, ticks)]

    def tickStrings(self, values: Sequence[float], scale: float,
                    spacing: float) -> list[str]:
        return [day(datetime.fromtimestamp(value, tz=UTC).date()) for value in values]


class CountAxis(pg.AxisItem):
    """Whole numbers only, with the locale's digit grouping: people are not counted in halves."""

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N803
                   size: float) -> list[tuple[float, list[float]]]:
        levels = [(spacing, values) for spacing, values in super().tickValues(minVal, maxVal, size)
                  if spacing >= 1]
        return levels or [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]

    def tickStrings(self, values: Sequence[float], scale: float,
                    spacing: float) -> list[str]:
        return [count(round(value)) for value in values]


class CumulativeChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={
            "bottom": DayAxis(orientation="bottom"), "left": CountAxis(orientation="left")})
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        font = QFont(interface_font())
        font.setPointSize(9)
        for name in ("bottom", "left"):
            item = plot.getAxis(name)
            item.setPen(pg.mkPen(AXIS))
            item.setTextPen(pg.mkPen(AXIS))
            item.setStyle(tickFont=font)
        plot.getAxis("left").setWidth(64)
        self.curve = plot.plot([], [], pen=pg.mkPen(LINE, width=3), fillLevel=0,
                               brush=pg.mkBrush(FILL), symbol="o", symbolSize=6,
                               symbolBrush=LINE, symbolPen=None)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        # pyqtgraph asks for 600x480; the chart takes whatever height the tiles leave instead.
        return QSize(600, 260)

    def show_series(self, points: Sequence[tuple[date, int]]) -> None:
        xs = [timestamp(day_value) for day_value, _number in points]
        ys = [float(number) for _day, number in points]
        self.curve.setData(xs, ys)
        plot = self.getPlotItem()
        if xs:
            margin = 43_200.0  # half a day either side, so the first and last points show whole
            plot.setXRange(xs[0] - margin, xs[-1] + margin, padding=0)
            plot.setYRange(0, max(ys) * 1.08 or 1, padding=0)
        else:
            today = timestamp(date.today())
            plot.setXRange(today - 6 * 86_400, today, padding=0)
            plot.setYRange(0, 1, padding=0)
