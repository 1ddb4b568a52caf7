"""日报: the day's figures sent up the line, opening with the article's sentence

    截至M月D日，全区共排查核查N人，转运收治M人

then per station, the four categories, transfers and response times, teams and stand-downs,
supplies. `daily_report` gathers the figures (GROUP BYs, as they stood at the end of D);
`write_daily_report` writes them as PDF or .xlsx by the file's extension.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from controllers.browse.vocabulary import CATEGORIES
from controllers.dashboard.figures import percentile, response_minutes
from controllers.reports import daily_figures as q
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.communities.coverage import coverage_percent
from models.db.database import Database
from models.errors import CanvassError

translate = QCoreApplication.translate
FORMATS = (".pdf", ".xlsx")


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

    @property
    def headline(self) -> str:
        """The article's sentence with the day's figures, in the interface's language."""
        when = QLocale().toString(QDate(self.day.year, self.day.month, self.day.day),
                                  translate("DailyReport", "MMMM d"))
        return translate(
            "DailyReport", "As of %1, the district has screened and verified %2 persons "
            "and sent %3 for treatment.").replace("%1", when).replace(
            "%2", str(self.screened)).replace("%3", str(self.sent))


@action(Permission.VIEW)
def daily_report(database: Database, user: SignedInUser, day: date) -> DailyReport:
    """The figures of `day`; ReportRefused if nothing at all was recorded that day."""
    with database.sessions() as session:
        if not q.has_activity(session, day):
            first, last = q.activity_days(session)
            known = (f" (visits are recorded from {first} to {last})" if first and last else
                     " (the database holds no visits yet)")
            raise ReportRefused(f"nothing was recorded on {day}{known}", "report_no_data")
        screened = q.screened_by_station(session, day)
        cases = q.cases_by_station(session, day)
        delivered = q.delivered_by_station(session, day)
        stations = []
        for ident, name, communities, households, persons in q.stations_with_register(session):
            n, today, done = screened.get(ident, (0, 0, 0))
            new, open_ = cases.get(ident, (0, 0))
            sent, sent_today = delivered.get(ident, (0, 0))
            stations.append(StationRow(name, communities, households, persons, n, today, done,
                                       coverage_percent(done, households), new, open_, sent,
                                       sent_today))
        categories = q.category_figures(session, day)
        ordered, delivered_today, _delivered = q.transfer_figures(session, day)
        today_hist = response_minutes(session, day=day)
        all_hist = response_minutes(session, until=day)
        teams = q.teams_by_kind(session, day)
        supplies = q.supplies_at_end_of(session, day)
    return DailyReport(
        day=day, screened=sum(row.screened for row in stations),
        sent=sum(row.sent for row in stations), stations=tuple(stations),
        categories=tuple((c, *categories.get(c, (0, 0, 0))) for c in CATEGORIES),
        transfers_ordered=ordered, delivered_today=delivered_today,
        response_trips_today=sum(n for _m, n in today_hist),
        response_today=(percentile(today_hist, 0.5), percentile(today_hist, 0.9)),
        response_all=(percentile(all_hist, 0.5), percentile(all_hist, 0.9)),
        teams=tuple(teams), supplies=tuple(supplies))


def report_format(path: Path) -> str:
    """".pdf" or ".xlsx"; ReportRefused for anything else, before any figure is read."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ReportRefused(f"the daily report is written as PDF or xlsx: give a file name "
                            f"ending in .pdf or .xlsx, not {path.name!r}", "report_format")
    return suffix
