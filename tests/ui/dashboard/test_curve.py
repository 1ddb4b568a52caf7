"""The dashboard's axes place only as many ticks as their labels leave room for: counts a line
and a half apart, never one cut at the top; days counted back from the last, each label whole."""
from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from pytestqt.qtbot import QtBot

from ui.dashboard.curve import DAY_S, CountAxis, DayAxis, nice_floor, nice_step, timestamp


def test_round_steps() -> None:
    assert [nice_step(x) for x in (0.3, 1, 1.5, 3, 7, 24_333)] == [1, 1, 2, 5, 10, 50_000]
    assert [nice_floor(x) for x in (0.5, 1, 3, 9.9, 53_000)] == [0, 1, 2, 5, 50_000]


@pytest.mark.parametrize(("top", "size"), [(53_532, 115), (1_870, 82), (33_000, 400), (1.0, 100),
                                           (3.3, 100), (0.2, 30), (7, 2_000)])
def test_count_ticks_are_round_spaced_and_whole(qtbot: QtBot, top: float, size: float) -> None:
    axis = CountAxis(orientation="left")
    axis.gap_px = 45
    levels = axis.tickValues(0, top, size)
    values = levels[0][1] if levels else []
    assert all(v >= 1 and v == int(v) for v in values)
    assert all(v <= top - 15 * top / size for v in values)  # half a label below the top
    pixels = [v * size / top for v in values]
    assert all(b - a >= 45 - 1e-6 for a, b in pairwise(pixels))


def test_day_ticks_end_at_the_last_day_that_fits(qtbot: QtBot) -> None:
    axis = DayAxis(orientation="bottom")
    axis.label_width = 140
    first, last = timestamp(date(2020, 1, 22)), timestamp(date(2020, 2, 20))
    low, high = first - 0.6 * DAY_S, last + 0.6 * DAY_S
    size = 500.0
    (step, ticks), = axis.tickValues(low, high, size)
    per_px = (high - low) / size
    assert len(ticks) <= size / 140 + 1 and step >= DAY_S
    for tick in ticks:  # each label whole inside the axis
        assert low + (70 - 4) * per_px <= tick <= high - (70 - 4) * per_px
    assert high - ticks[-1] < step + 70 * per_px  # no room left for one more after the last
