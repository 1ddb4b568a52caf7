"""The daily report's reader: a day without figures is refused saying which days have some, and
the four categories come in the order asked for (both backends)."""
from __future__ import annotations

from datetime import date

import pytest

from models.db.database import Database
from models.reports.daily import ReportRefused, daily_report
from tests.support.sample_district import add_sample_district

ORDER = ("confirmed", "suspected", "fever", "close_contact")


def test_a_day_without_figures_names_the_days_with_visits(database: Database) -> None:
    add_sample_district(database)
    with database.sessions() as session, pytest.raises(ReportRefused) as refused:
        daily_report(session, date(2020, 3, 1), ORDER)
    assert refused.value.code == "report_no_data"
    assert "visits are recorded from 2020-02-10 to 2020-02-11" in str(refused.value)


def test_an_empty_database_has_no_visits_yet(database: Database) -> None:
    with database.sessions() as session, pytest.raises(ReportRefused, match="no visits yet"):
        daily_report(session, date(2020, 2, 10), ORDER)


def test_the_day_as_it_stood_at_its_end(database: Database) -> None:
    add_sample_district(database)
    with database.sessions() as session:
        report = daily_report(session, date(2020, 2, 10), ORDER)
    assert [category for category, *_figures in report.categories] == list(ORDER)
    assert (report.screened, report.sent, report.transfers_ordered) == (2, 1, 2)
    assert report.response_today == (7, 7)


@pytest.mark.parametrize("day", [date(2020, 2, 10), date(2020, 2, 11)])
def test_the_stations_add_up_to_the_district(database: Database, day: date) -> None:
    """The per-station sections (the four categories, transfers, response times) are the
    district's figures split by station: summed, they are the district's own."""
    add_sample_district(database)
    with database.sessions() as session:
        report = daily_report(session, day, ORDER)
    assert [station.station for station in report.station_cases] == \
        [row.station for row in report.stations]
    for index, (_category, new, total, open_) in enumerate(report.categories):
        assert sum(s.categories[index][0] for s in report.station_cases) == new
        assert sum(s.categories[index][1] for s in report.station_cases) == total
        assert sum(s.categories[index][2] for s in report.station_cases) == open_
    transfers = report.station_transfers
    assert sum(s.ordered for s in transfers) == report.transfers_ordered
    assert sum(s.delivered_today for s in transfers) == report.delivered_today
    assert sum(s.trips_today for s in transfers) == report.response_trips_today
    donghu = next(s for s in transfers if s.station == "东湖派出所")
    assert donghu.response_all == (7, 7) and donghu.delivered == 1


def test_the_district_coverage_is_the_stations_together(database: Database) -> None:
    add_sample_district(database)
    with database.sessions() as session:
        report = daily_report(session, date(2020, 2, 11), ORDER)
    done = sum(row.households_done for row in report.stations)
    assert report.coverage == round(100 * done / 9, 1) and done > 0   # 9 households registered
