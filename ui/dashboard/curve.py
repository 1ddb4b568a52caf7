"""The dashboard's two kinds of axis: days and counts, each spacing its ticks for its own type.

pyqtgraph spaces ticks by the plot's size alone; on the wall, where a tick label is 26 px high and
a plot 100 px, that wrote four counts on top of each other and dropped the last day's date. These
axes place as many ticks as their labels leave room for, and a day's label only where all of it
shows.
"""
from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import UTC, date, datetime

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg

from ui.kit.formatting import count, day


def timestamp(value: date) -> float:
    return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()


DAY_S = 86_400.0
DAY_STEPS = (1, 2, 3, 5, 7, 10, 14, 28)
LABEL_WIDTH_PX = 70


class DayAxis(pg.AxisItem):
    """Ticks on whole days only, labelled in the interface's language ("2月10日" / "Feb 10"):
    the data are daily figures, so an hour tick would only repeat the same day. Counted back
    from the last day shown (the one the room looks for), and only where the label fits whole."""

    label_width = LABEL_WIDTH_PX  # a label and the gap to the next; the chart sets it by its type

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N803 - pyqtgraph's names
                   size: float) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        days = max((maxVal - minVal) / DAY_S, 1.0)
        fits = max(int(size / self.label_width), 1)
        step = next((candidate for candidate in DAY_STEPS if days / candidate <= fits),
                    DAY_STEPS[-1])
        per_px = (maxVal - minVal) / size
        half = (self.label_width / 2 - 4) * per_px  # half a label, without the gap
        last = math.floor((maxVal - half) / DAY_S)
        first = math.ceil((minVal + half) / DAY_S)
        ticks = [number * DAY_S for number in range(last, first - 1, -step)]
        return [(step * DAY_S, sorted(ticks))]

    def tickStrings(self, values: Sequence[float], scale: float,
                    spacing: float) -> list[str]:
        return [day(datetime.fromtimestamp(value, tz=UTC).date()) for value in values]


def nice_step(rough: float) -> float:
    """The smallest of 1, 2, 5 × 10ⁿ at or above `rough`, and never below 1."""
    if rough <= 1:
        return 1.0
    power = 10.0 ** math.floor(math.log10(rough))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


def nice_floor(value: float) -> float:
    """The largest of 1, 2, 5 × 10ⁿ at or below `value` (0 below 1)."""
    if value < 1:
        return 0.0
    power = 10.0 ** math.floor(math.log10(value))
    return float(max(m * power for m in (1, 2, 5) if m * power <= value))


class CountAxis(pg.AxisItem):
    """Whole numbers only, with the locale's digit grouping: people are not counted in halves.
    No tick at zero (the bars stand on it) and at least `gap_px` between two labels."""

    gap_px = 24.0  # the chart sets it to a line and a half of its type

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N803
                   size: float) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        most = max(int(size // self.gap_px), 1)
        step = nice_step((maxVal - minVal) / most)
        # A label is centred on its tick: none so near the top that half of it would be cut.
        highest = maxVal - (self.gap_px / 3) * (maxVal - minVal) / size
        first = max(math.ceil(minVal / step), 1) * step
        if first > highest:  # a short plot: one tick, at the largest round number shown
            only = nice_floor(highest)
            return [(only, [only])] if only >= 1 else []
        values = []
        value = first
        while value <= highest + 1e-9:
            values.append(value)
            value += step
        return [(step, values)]

    def tickStrings(self, values: Sequence[float], scale: float,
                    spacing: float) -> list[str]:
        return [count(round(value)) for value in values]
