"""The dashboard's aggregates on a district small enough to count by hand, on both backends."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from controllers.dashboard.panels import community_coverage, dashboard_figures, station_choices
from models.dashboard.figures import percentile
from models.dashboard.wall import SettledDays
from models.db.database import Database
from models.schema import CaseEvent, TransferOrder
from tests.support.factories import signed_in
from tests.support.sample_district import DAY, Sample, add_sample_district


def add_events(database: Database, cases: dict[str, int]) -> None:
    """张伟 opened as a fever case on day 1 and moved to confirmed on day 2; 王芳 opened suspected."""
    with database.sessions.begin() as session:
        session.add_all([
            CaseEvent(case_id=cases["张伟"], at=DAY, kind="opened", to_value="fever"),
            CaseEvent(case_id=cases["张伟"], at=DAY + timedelta(days=1), kind="category",
                      from_value="fever", to_value="confirmed"),
            CaseEvent(case_id=cases["王芳"], at=DAY, kind="opened", to_value="suspected"),
            CaseEvent(case_id=cases["王芳"], at=DAY, kind="status", from_value="identified",
                      to_value="verified"),
        ])


def test_figures_of_the_sample_district(database: Database) -> None:
    sample = add_sample_district(database)
    add_events(database, sample.cases)
    user = signed_in("viewer")
    figures = dashboard_figures(database, user=user, now=datetime(2020, 2, 11, 20, 0))
    first, second = date(2020, 2, 10), date(2020, 2, 11)
    assert figures.day == second
    assert figures.categories.days == (first, second)
    assert figures.categories.new["fever"] == (1, 0)
    assert figures.categories.new["confirmed"] == (0, 1)
    assert figures.categories.cumulative["suspected"] == (1, 1)
    assert figures.categories.new_on(second) == 1
    assert figures.open_by_category == {"confirmed": 1, "suspected": 1, "fever": 1,
                                        "close_contact": 1}
    assert figures.transfers == ((first, 2, 1),)
    assert figures.response == ((7, 1),)
    assert (figures.response_median, figures.response_p90) == (7, 7)
    assert sorted(figures.beds) == [("洪山方舱医院", "field_hospital", 200, 10),
                                    ("金银潭医院", "designated_hospital", 100, 3)]
    assert figures.vehicles == {}


def test_a_station_narrows_the_figures(database: Database) -> None:
    sample = add_sample_district(database)
    add_events(database, sample.cases)
    user = signed_in("viewer")
    stations = dict((name, ident) for ident, name in station_choices(database, user=user))
    huashan = dashboard_figures(database, user=user, station_id=stations["花山派出所"])
    assert huashan.transfers == () and huashan.response == ()
    assert huashan.categories.days == ()
    bars = community_coverage(database, user=user, station_id=stations["花山派出所"])
    assert [(bar.community, bar.done, bar.households) for bar in bars] == [("花山村", 1, 3)]


def test_coverage_lowest_first(database: Database) -> None:
    add_sample_district(database)
    bars = community_coverage(database, user=signed_in("viewer"))
    assert [(bar.community, bar.coverage) for bar in bars] == [
        ("水果湖社区", 0.0), ("花山村", 33.3), ("东湖社区", 75.0)]


def test_an_empty_database_has_empty_figures(database: Database) -> None:
    figures = dashboard_figures(database, user=signed_in("viewer"))
    assert figures.categories.days == () and figures.transfers == ()
    assert figures.response_median is None
    assert community_coverage(database, user=signed_in("viewer")) == ()


def test_percentiles_by_nearest_rank() -> None:
    histogram = [(5, 4), (10, 4), (30, 2)]
    assert percentile(histogram, 0.4) == 5  # the 4th of ten trips
    assert percentile(histogram, 0.5) == 10
    assert percentile(histogram, 0.9) == 30
    assert percentile([(12, 1)], 0.9) == 12
    assert percentile([], 0.5) is None


def test_kept_days_and_a_new_event_today(database: Database) -> None:
    """The second refresh re-reads only yesterday and today, and still sees today's event."""
    sample = add_sample_district(database)
    add_events(database, sample.cases)
    user = signed_in("viewer")
    cache = SettledDays()
    now = datetime(2020, 2, 11, 20, 0)
    first = dashboard_figures(database, user=user, cache=cache, now=now)
    with database.sessions.begin() as session:
        session.add(CaseEvent(case_id=sample.cases["李娜"], at=DAY + timedelta(days=1, hours=2),
                              kind="category", from_value="fever", to_value="suspected"))
    second = dashboard_figures(database, user=user, cache=cache, now=now)
    assert first.categories.cumulative["suspected"] == (1, 1)
    assert second.categories.cumulative["suspected"] == (1, 2)
    assert second.transfers == first.transfers and second.response == first.response


def add_day_two_orders(database: Database, sample: Sample) -> None:
    """Day 2 (2020-02-11): ZY-0002 (under way since day 1) cancelled at 11:00; 李娜's order
    (东湖) dispatched at 10:00 and 赵敏's (花山) on scene at 14:00, both still under way; and an
    order marked failed without its time, which no count should take for under way."""
    day_two = DAY + timedelta(days=1)
    with database.sessions.begin() as session:
        cancelled = session.get(TransferOrder, sample.transfers["ZY-0002"])
        assert cancelled is not None
        cancelled.status, cancelled.cancelled_at = "cancelled", day_two + timedelta(hours=2)
        facility = cancelled.facility_id
        session.add_all([
            TransferOrder(number="ZY-0003", case_id=sample.cases["李娜"], facility_id=facility,
                          status="dispatched", ordered_at=day_two + timedelta(hours=1)),
            TransferOrder(number="ZY-0004", case_id=sample.cases["赵敏"], facility_id=facility,
                          status="on_scene", ordered_at=day_two + timedelta(hours=5)),
            TransferOrder(number="ZY-0005", case_id=sample.cases["刘洋"], facility_id=facility,
                          status="failed", ordered_at=DAY - timedelta(hours=1)),
        ])


def test_trips_under_way_move_as_a_level(database: Database) -> None:
    """The tile's change is the level now less the level at midnight (2 − 1), and yesterday's
    the level at midnight less the one the night before (1 − 0): not the orders given today (2)."""
    sample = add_sample_district(database)
    add_day_two_orders(database, sample)
    user = signed_in("viewer")
    now = datetime(2020, 2, 11, 20, 0)
    figures = dashboard_figures(database, user=user, now=now)
    assert figures.day == date(2020, 2, 11)
    assert (figures.under_way.now, figures.under_way.at_day_start,
            figures.under_way.at_yesterday_start) == (2, 1, 0)
    assert (figures.under_way.change_today, figures.under_way.change_yesterday) == (1, 1)
    assert figures.transfers_on(date(2020, 2, 11)) == 2 and figures.orders_in_all == 5
    assert figures.admitted == 1
    stations = dict((name, ident) for ident, name in station_choices(database, user=user))
    huashan = dashboard_figures(database, user=user, station_id=stations["花山派出所"], now=now)
    assert (huashan.under_way.now, huashan.under_way.change_today) == (1, 1)
    assert huashan.admitted == 0
    donghu = dashboard_figures(database, user=user, station_id=stations["东湖派出所"], now=now)
    assert (donghu.under_way.now, donghu.under_way.change_today,
            donghu.under_way.change_yesterday) == (1, 0, 1)
    assert donghu.admitted == 1
