"""Row sources count, page, filter and sort in SQL, on SQLite and on PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest

from controllers.browse import SortOrder, UnknownFilter
from controllers.dashboard.summary import dashboard_summary
from models.cases.rows import CaseRows
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.teams.rows import TeamRows
from models.transfers.rows import TransferRows
from tests.support.sample_district import add_sample_district


def test_communities_show_register_and_coverage(database: Database) -> None:
    add_sample_district(database)
    source = CommunityRows(database)
    assert source.count({}) == 3
    rows = source.page({}, SortOrder("name"), 0, 10)
    by_name = {row[2]: row for row in rows}
    assert [row[2] for row in rows] == sorted(by_name)
    assert by_name["东湖社区"][1:8] == ("东湖派出所", "东湖社区", "urban", 4, 8, 3, 75.0)
    assert by_name["水果湖社区"][6:8] == (0, 0.0)
    assert by_name["花山村"][6] == 1
    assert source.count({"name": "东湖"}) == 1
    assert source.count({"area_kind": "rural"}) == 1
    assert source.count({"name": "%"}) == 0  # the user's % is a character, not a wildcard


def test_pages_by_offset_and_by_keyset_agree(database: Database) -> None:
    add_sample_district(database)
    source = CommunityRows(database)
    for order in (SortOrder("name"), SortOrder("persons", descending=True), SortOrder("station")):
        whole = source.page({}, order, 0, 10)
        first = source.page({}, order, 0, 2)
        by_offset = source.page({}, order, 2, 2)
        by_keyset = source.page({}, order, 2, 2, after=first[-1])
        assert first + by_offset == whole
        assert by_keyset == by_offset


def test_cases_filter_and_count_per_category_and_status(database: Database) -> None:
    add_sample_district(database)
    source = CaseRows(database)
    assert source.count({}) == 5
    assert source.count({"open_only": True}) == 4
    assert source.count({"category": "close_contact"}) == 2
    assert source.counts_by_category({"category": "confirmed"}) == {
        "confirmed": 1, "suspected": 1, "fever": 1, "close_contact": 2}
    assert source.counts_by_category({"open_only": True})["close_contact"] == 1
    assert source.counts_by_status({"category": "close_contact"}) == {
        "home_observation": 1, "cleared": 1}
    newest_first = source.page({}, source.default_order, 0, 10)
    assert [row[1] for row in newest_first] == ["赵敏", "刘洋", "李娜", "王芳", "张伟"]
    by_severity = source.page({}, SortOrder("category"), 0, 10)
    assert [row[2] for row in by_severity][:3] == ["confirmed", "suspected", "fever"]
    assert [row[1] for row in source.page({"name": "王"}, source.default_order, 0, 10)] == ["王芳"]


def test_teams_count_current_members_and_name_the_leader(database: Database) -> None:
    sample = add_sample_district(database)
    rows = {row[0]: row for row in TeamRows(database).page({}, SortOrder("name"), 0, 10)}
    assert rows[sample.teams["东湖快反一队"]][1:] == ("东湖派出所", "quick_response", "东湖快反一队",
                                                  2, "周警官")
    assert rows[sample.teams["花山工作组"]][4:] == (0, None)
    assert TeamRows(database).count({"kind": "work_group"}) == 1


def test_transfers_carry_response_minutes(database: Database) -> None:
    add_sample_district(database)
    source = TransferRows(database)
    rows = source.page({}, source.default_order, 0, 10)
    assert [row[1] for row in rows] == ["ZY-0002", "ZY-0001"]
    assert rows[1][2:5] == ("张伟", "金银潭医院", "delivered")
    assert rows[1][6] == pytest.approx(7.0)
    assert rows[0][6] is None
    assert source.count({"status": "ordered"}) == 1


def test_dashboard_summary_aggregates(database: Database) -> None:
    add_sample_district(database)
    summary = dashboard_summary(database)
    assert summary.as_of == date(2020, 2, 11)
    assert summary.persons_screened == 4
    assert summary.persons_registered == 17
    assert summary.cumulative_screened == ((date(2020, 2, 10), 2), (date(2020, 2, 11), 4))
    assert summary.open_cases_by_category == {"confirmed": 1, "suspected": 1, "fever": 1,
                                              "close_contact": 1}
    # The four 100%: the confirmed case admitted, the contact under home observation (the
    # cleared one is closed: owed nothing); the suspected and the fever cases not yet.
    assert summary.done_cases_by_category == {"confirmed": 1, "suspected": 0, "fever": 0,
                                              "close_contact": 1}
    assert (summary.persons_admitted, summary.transfers_total, summary.transfers_under_way) == (1, 2, 1)
    assert (summary.beds_total, summary.beds_taken, summary.beds_free) == (300, 13, 287)


def test_dashboard_of_an_empty_database(database: Database) -> None:
    summary = dashboard_summary(database)
    assert summary.as_of is None and summary.persons_screened == 0
    assert summary.cumulative_screened == ()


def test_unknown_filter_is_refused(database: Database) -> None:
    with pytest.raises(UnknownFilter):
        CommunityRows(database).count({"nmae": "x"})
