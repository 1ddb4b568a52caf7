"""The wall's shaping of its GROUP BY rows: category series, response histogram, the day the
tiles call today, and the settled days kept between refreshes."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from models.dashboard.wall import (
    SettledDays,
    category_series,
    dashboard_day,
    minutes_histogram,
    running_sum,
)

FIRST, SECOND = date(2020, 2, 10), date(2020, 2, 11)


def test_every_category_asked_for_has_a_series_in_that_order() -> None:
    series = category_series([(FIRST, "fever", 2), (SECOND, "confirmed", 1),
                              (SECOND, "unheard_of", 5)], ("confirmed", "fever", "suspected"))
    assert series.days == (FIRST, SECOND)
    assert list(series.new) == ["confirmed", "fever", "suspected"]
    assert series.new["fever"] == (2, 0) and series.cumulative["fever"] == (2, 2)
    assert series.cumulative["suspected"] == (0, 0)
    assert series.new_on(SECOND) == 1 and series.new_on(date(2020, 3, 1)) == 0


def test_histogram_and_running_sum() -> None:
    assert minutes_histogram([(FIRST, 7, 1), (SECOND, 7, 2), (SECOND, 3, 1)]) == [(3, 1), (7, 3)]
    assert running_sum([(FIRST, 2), (SECOND, 3)]) == [(FIRST, 2), (SECOND, 5)]


def test_an_older_database_is_looked_at_on_its_last_evening() -> None:
    now = datetime(2020, 3, 1, 9, 30)
    assert dashboard_day(None, now) == (now.date(), now)
    assert dashboard_day(now.date(), now) == (now.date(), now)
    assert dashboard_day(SECOND, now) == (SECOND, datetime(2020, 2, 11, 18, 0))


def test_settled_days_reread_only_yesterday_and_today() -> None:
    asked: list[date | None] = []

    def count(since: date | None) -> list[tuple[date, int]]:
        asked.append(since)
        rows = [(SECOND - timedelta(days=3), 1), (SECOND - timedelta(days=1), 2), (SECOND, 3)]
        return [row for row in rows if since is None or row[0] >= since]

    settled = SettledDays()

    def read(station: int | None) -> list[tuple[date, int]]:
        since = settled.reading_from("transfers", station, SECOND)
        return settled.kept("transfers", since, count(since))
    first = read(None)
    again = read(None)
    assert first == again and len(again) == 3
    assert asked == [None, SECOND - timedelta(days=1)]
    read(7)                                          # another station: counted afresh
    assert asked[-1] is None
