"""What the dashboard's charts draw, asked all at once: plain tuples, no ORM objects.

Two loads, each its own task in the view so neither waits for the other: `wall_figures` (the
four categories, transfers, response times, beds, duty, vehicles, supplies) and `coverage_bars`
(every community's households done, from the day tallies). The statements are
models.dashboard.figures'; this module shapes their rows into series and keeps the settled days
between refreshes.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from typing import Any

from sqlalchemy.orm import Session

from models.communities.coverage import coverage_percent
from models.dashboard import figures
from models.db.database import Database
from models.db.held_reads import ask_held, fetch_held
from models.db.questions import Question

RECOUNT_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class CategorySeries:
    """Per day, cases entering each category (new) and the running sum (cumulative)."""
    days: tuple[date, ...] = ()
    new: dict[str, tuple[int, ...]] = field(default_factory=dict)
    cumulative: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def new_on(self, day: date, category: str | None = None) -> int:
        if day not in self.days:
            return 0
        index = self.days.index(day)
        chosen = [category] if category else list(self.new)
        return sum(self.new[name][index] for name in chosen if name in self.new)


@dataclass(frozen=True)
class DashboardFigures:
    day: date                                   # what "today" means on the tiles
    station_id: int | None
    categories: CategorySeries
    open_by_category: dict[str, int]
    transfers: tuple[tuple[date, int, int], ...]  # day, ordered, delivered
    response: tuple[tuple[int, int], ...]         # minutes, trips
    response_median: int | None
    response_p90: int | None
    beds: tuple[tuple[str, str, int, int], ...]   # facility, kind, beds, taken
    teams_on_duty: dict[str, int]
    responders_on_duty: dict[str, int]
    stood_down: dict[date, int]
    vehicles: dict[str, int]
    supplies: tuple[tuple[str, int, int], ...]    # item, in stock, stations low
    # With a station chosen: its persons registered and screened, cumulative per day (the
    # district's come with the summary).
    station_registered: int = 0
    station_screened: tuple[tuple[date, int], ...] = ()
    admitted: int = 0                           # persons delivered to a facility
    under_way: UnderWay = field(default_factory=lambda: UnderWay(0, 0, 0))

    def transfers_on(self, day: date) -> int:
        return next((n for d, n, _done in self.transfers if d == day), 0)

    @property
    def orders_in_all(self) -> int:
        return sum(n for _day, n, _done in self.transfers)


@dataclass(frozen=True)
class UnderWay:
    """Trips under way now, at the start of the dashboard's day and of the day before: the
    tile's movement is a change of a level, not a count of new orders."""
    now: int
    at_day_start: int
    at_yesterday_start: int

    @property
    def change_today(self) -> int:
        return self.now - self.at_day_start

    @property
    def change_yesterday(self) -> int:
        return self.at_day_start - self.at_yesterday_start


class SettledDays:
    """The day series' past days, kept between refreshes.

    Case events and transfer orders are written at the moment they happen, so the days before
    yesterday do not change: a live refresh re-reads yesterday and today only (by the indexes on
    the event and order times). Everything is recounted on the first load, for another station
    and every ten minutes, so a late edit of an older row shows within ten minutes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._station: int | None = -1
        self._counted_at: float | None = None
        self._rows: dict[str, list[Any]] = {}

    def reading_from(self, name: str, station_id: int | None, today: date) -> date | None:
        """From which day `name`'s series is to be read: None for all of it (the first read,
        another station, ten minutes since the last recount), else yesterday."""
        with self._lock:
            clock = time.monotonic()
            if (station_id != self._station or self._counted_at is None
                    or clock - self._counted_at > RECOUNT_AFTER.total_seconds()):
                self._rows.clear()
                self._station, self._counted_at = station_id, clock
            return None if name not in self._rows else today - timedelta(days=1)

    def kept(self, name: str, since: date | None, rows: list[Any]) -> list[Any]:
        """The whole series once `rows` (read from `since`) took the place of its last days.
        Rows read from yesterday after a recount cleared the rest are shown, not kept: the next
        read counts the series afresh."""
        with self._lock:
            if since is None:
                self._rows[name] = list(rows)
            elif name in self._rows:
                self._rows[name] = [row for row in self._rows[name] if row[0] < since] + rows
            else:
                return list(rows)
            return list(self._rows[name])


def category_series(entries: list[tuple[date, str, int]],
                    categories: Sequence[str]) -> CategorySeries:
    """The entries as one series per category of `categories` (in that order)."""
    days = tuple(sorted({day for day, _category, _n in entries}))
    position = {day: index for index, day in enumerate(days)}
    new = {category: [0] * len(days) for category in categories}
    for day, category, number in entries:
        if category in new:
            new[category][position[day]] += number
    cumulative: dict[str, tuple[int, ...]] = {}
    for category, numbers in new.items():
        running, sums = 0, []
        for number in numbers:
            running += number
            sums.append(running)
        cumulative[category] = tuple(sums)
    return CategorySeries(days, {k: tuple(v) for k, v in new.items()}, cumulative)


def running_sum(daily: list[tuple[date, int]]) -> list[tuple[date, int]]:
    total, points = 0, []
    for day, number in daily:
        total += number
        points.append((day, total))
    return points


def minutes_histogram(by_day: list[tuple[date, int, int]]) -> list[tuple[int, int]]:
    trips: dict[int, int] = {}
    for _day, minutes, number in by_day:
        trips[minutes] = trips.get(minutes, 0) + number
    return sorted(trips.items())


def dashboard_day(last_activity: date | None, now: datetime) -> tuple[date, datetime]:
    """The day the tiles call "today" and the moment "on duty" is read at: now on a live
    campaign; the evening of the last recorded day when looking back at an older database."""
    if last_activity is None or last_activity >= now.date():
        return now.date(), now
    return last_activity, datetime.combine(last_activity, time_of_day(18, 0))


def wall_figures(database: Database, station_id: int | None, categories: Sequence[str], *,
                 last_activity: date | None, settled: SettledDays,
                 now: datetime) -> DashboardFigures:
    """Every chart's figures but coverage; `categories` are the ones shown, in their order.
    All asked at once on a held connection (`ask_held`): one round trip to PostgreSQL, two when
    `last_activity` is not given (the view remembers it between refreshes)."""
    if last_activity is None:
        last_activity = ask_held(database, [figures.latest_activity()])[0]
    day, moment = dashboard_day(last_activity, now)
    since = {name: settled.reading_from(name, station_id, day)
             for name in ("categories", "transfers", "response")}
    midnight = datetime.combine(day, time_of_day(0, 0))
    questions: list[Question[Any]] = [
        figures.category_entries_by_day(station_id, since["categories"]),
        figures.transfers_by_day(station_id, since["transfers"]),
        figures.response_minutes_by_day(station_id, since["response"]),
        figures.open_cases_by_category(station_id),
        figures.duty_now(moment, station_id),
        figures.transfers_under_way_at((moment, midnight, midnight - timedelta(days=1)),
                                       station_id),
        figures.beds_by_facility(),
        figures.stood_down_by_day(day - timedelta(days=1), day, station_id),
        figures.vehicles_by_status(station_id),
        figures.supplies_by_item(station_id),
        figures.persons_admitted(station_id)]
    if station_id is not None:
        questions += [figures.station_registered(station_id),
                      figures.station_screened_by_day(station_id)]
    (entries, transfers, by_day, open_by_category, (teams, people), under_way, beds, stood_down,
     vehicles, supplies, admitted, *station) = ask_held(database, questions)
    entries = settled.kept("categories", since["categories"], entries)
    transfers = settled.kept("transfers", since["transfers"], transfers)
    histogram = minutes_histogram(settled.kept("response", since["response"], by_day))
    registered, screened = station if station else (0, [])
    return DashboardFigures(
        day=day, station_id=station_id, categories=category_series(entries, categories),
        open_by_category={c: open_by_category.get(c, 0) for c in categories},
        transfers=tuple(transfers),
        response=tuple(histogram),
        response_median=figures.percentile(histogram, 0.5),
        response_p90=figures.percentile(histogram, 0.9),
        beds=tuple(beds), teams_on_duty=teams, responders_on_duty=people,
        stood_down=stood_down, vehicles=vehicles, supplies=tuple(supplies),
        station_registered=registered, station_screened=tuple(running_sum(screened)),
        admitted=admitted, under_way=UnderWay(*under_way))


@dataclass(frozen=True)
class CommunityCoverageBar:
    community: str
    households: int
    done: int
    coverage: float  # percent; 0 when the register is empty


def coverage_bars(session: Session, station_id: int | None) -> tuple[CommunityCoverageBar, ...]:
    """Every community's household coverage, lowest first: the laggards lead the chart."""
    return _bars(figures.households_done_by_community(session, station_id))


def coverage_bars_held(database: Database, station_id: int | None
                       ) -> tuple[CommunityCoverageBar, ...]:
    """The same, in one round trip on a held connection (no session's ping, BEGIN, ROLLBACK):
    the wall's coverage chart refreshes on every visit written (bench/slow_link.py)."""
    return _bars(figures.done_by_community(
        fetch_held(database, figures.households_done_statement(station_id))))


def _bars(rows: Sequence[tuple[int, str, int, int]]) -> tuple[CommunityCoverageBar, ...]:
    bars = [CommunityCoverageBar(name, registered, done,
                                 coverage_percent(done, registered) or 0.0)
            for _id, name, registered, done in rows]
    return tuple(sorted(bars, key=lambda bar: (bar.coverage, bar.community)))
