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
