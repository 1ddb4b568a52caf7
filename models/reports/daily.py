"""日报's figures for one day D, as they stood at the end of D: the article's sentence

    截至M月D日，全区共排查核查N人，转运收治M人

then per station (screening and coverage, the four categories, transfers and response times),
the district's four categories, transfers and response times, teams and stand-downs, supplies.
The statements are models.reports.daily_figures' and station_figures' (GROUP BYs only); a day
on which nothing at all was recorded is refused rather than reported as zeros.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from models.communities.coverage import coverage_percent
from models.dashboard.figures import percentile, response_minutes
from models.errors import CanvassError
from models.reports import daily_figures as q
from models.reports import station_figures as by_station
from models.reports.refusals import ReportRefusal


class ReportRefused(CanvassError):
    """No report written: a date without figures, or a file type the report is not made in."""


@dataclass(frozen=True)
class StationRow:
    station: str
    communities: int
    households: int
    persons: int
    screened: int
    screened_today: int
    households_done: int
    coverage: float | None
    new_cases: int
    open_cases: int
    sent: int
    sent_today: int


@dataclass(frozen=True)
class StationCases:
    station: str
    categories: tuple[tuple[int, int, int], ...]   # per category: new, cumulative, open


@dataclass(frozen=True)
class StationTransfers:
    station: str
    ordered: int                 # transfer orders given that day
    delivered_today: int
    delivered: int               # delivered by the end of the day
    trips_today: int             # trips dispatched that day that reached the scene
    response_today: tuple[int | None, int | None]   # median, p90 (minutes)
    response_all: tuple[int | None, int | None]


@dataclass(frozen=True)
class DailyReport:
    day: date
    screened: int            # persons screened and verified by the end of the day
    sent: int                # persons delivered to a facility by the end of the day
    stations: tuple[StationRow, ...]
    categories: tuple[tuple[str, int, int, int], ...]      # category, new, cumulative, open
    transfers_ordered: int
    delivered_today: int
    response_trips_today: int
    response_today: tuple[int | None, int | None]          # median, p90 (minutes)
    response_all: tuple[int | None, int | None]
    teams: tuple[tuple[str, int, int, int], ...]           # kind, teams, on duty, stood down
    supplies: tuple[tuple[str, int, int], ...]             # item, stock, drawn that day
    station_cases: tuple[StationCases, ...] = ()
    station_transfers: tuple[StationTransfers, ...] = ()

    @property
    def coverage(self) -> float | None:
        """The district's households with an outcome, of those registered."""
        return coverage_percent(sum(row.households_done for row in self.stations),
                                sum(row.households for row in self.stations))


def refuse_a_day_without_figures(session: Session, day: date) -> None:
    """ReportRefused if nothing at all was recorded on `day`, saying which days have visits."""
    if q.has_activity(session, day):
        return
    first, last = q.activity_days(session)
    known = (f" (visits are recorded from {first} to {last})" if first and last else
             " (the database holds no visits yet)")
    raise ReportRefused(f"nothing was recorded on {day}{known}", ReportRefusal.NO_DATA,
                        day=day.isoformat())


def daily_report(session: Session, day: date, categories: Sequence[str]) -> DailyReport:
    """The figures of `day`, the four categories in the order of `categories`; ReportRefused if
    nothing at all was recorded that day."""
    refuse_a_day_without_figures(session, day)
    screened = q.screened_by_station(session, day)
    cases = q.cases_by_station(session, day)
    delivered = q.delivered_by_station(session, day)
    stations, station_cases, station_transfers = [], [], []
    category_figures = by_station.categories_by_station(session, day)
    transfers = by_station.transfers_by_station(session, day)
    response_today = by_station.response_by_station(session, day, that_day_only=True)
    response_all = by_station.response_by_station(session, day, that_day_only=False)
    for ident, name, communities, households, persons in q.stations_with_register(session):
        n, today, done = screened.get(ident, (0, 0, 0))
        new, open_ = cases.get(ident, (0, 0))
        sent, sent_today = delivered.get(ident, (0, 0))
        stations.append(StationRow(name, communities, households, persons, n, today, done,
                                   coverage_percent(done, households), new, open_, sent,
                                   sent_today))
        station_cases.append(StationCases(name, by_station.per_category(
            category_figures, ident, categories)))
        today_trips = response_today.get(ident, [])
        all_trips = response_all.get(ident, [])
        station_transfers.append(StationTransfers(
            name, *transfers.get(ident, (0, 0, 0)), sum(n for _m, n in today_trips),
            (percentile(today_trips, 0.5), percentile(today_trips, 0.9)),
            (percentile(all_trips, 0.5), percentile(all_trips, 0.9))))
    by_category = q.category_figures(session, day)
    ordered, delivered_today, _delivered = q.transfer_figures(session, day)
    today_hist = response_minutes(session, day=day)
    all_hist = response_minutes(session, until=day)
    teams = q.teams_by_kind(session, day)
    supplies = q.supplies_at_end_of(session, day)
    return DailyReport(
        day=day, screened=sum(row.screened for row in stations),
        sent=sum(row.sent for row in stations), stations=tuple(stations),
        categories=tuple((c, *by_category.get(c, (0, 0, 0))) for c in categories),
        transfers_ordered=ordered, delivered_today=delivered_today,
        response_trips_today=sum(n for _m, n in today_hist),
        response_today=(percentile(today_hist, 0.5), percentile(today_hist, 0.9)),
        response_all=(percentile(all_hist, 0.5), percentile(all_hist, 0.9)),
        teams=tuple(teams), supplies=tuple(supplies), station_cases=tuple(station_cases),
        station_transfers=tuple(station_transfers))
