"""The community list shows coverage and open doors, filters by station, paints laggards, and
opens a community whose gap list, household panel and knock list a clerk works from."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.gui import settle
from tests.support.sample_district import DAY, add_sample_district
from ui.communities.detail import CommunityDetail
from ui.communities.view import CommunitiesView
from ui.kit.lazy_table_model import LazyTableModel

NOW = DAY + timedelta(days=2)


def value(model: LazyTableModel, row: int, key: str) -> object:
    keys = [column.key for column in model.source.columns]
    from ui.kit.lazy_table_model import VALUE_ROLE
    return model.index(row, keys.index(key)).data(VALUE_ROLE)


def open_view(qtbot: QtBot, context: AppContext) -> CommunitiesView:
    view = CommunitiesView(context)
    view.rows.clock = lambda: NOW
    qtbot.addWidget(view)
    view.show()
    view.activate()
    return view


def test_coverage_columns_station_filter_and_model(qtbot: QtBot, context: AppContext,
                                                   qtmodeltester: ModelTester) -> None:
    sample = add_sample_district(context.database)
    view = open_view(qtbot, context)
    settle(qtbot, view.model, 3)
    qtmodeltester.check(view.model)
    row = next(r for r in range(3) if view.model.row_id(r) == sample.communities["东湖社区"])
    assert value(view.model, row, "open_doors") == 1
    assert value(view.model, row, "revisits_due") == 2
    assert value(view.model, row, "persons_screened") == 4
    qtbot.waitUntil(lambda: view.station.count() == 3, timeout=10_000)
    view.station.setCurrentIndex(view.station.findText("花山派出所"))
    settle(qtbot, view.model, 1)
    assert view.model.row_id(0) == sample.communities["花山村"]


def test_a_community_behind_its_daily_target_stands_out(qtbot: QtBot,
                                                        context: AppContext) -> None:
    add_sample_district(context.database)
    with context.database.sessions.begin() as session:
        from models.schema import Community
        for community in session.query(Community):
            community.daily_visit_target = 50
    view = open_view(qtbot, context)
    view.rows.clock = lambda: datetime(2020, 2, 12, 15, 0)  # afternoon, no visits that day
    settle(qtbot, view.model, 3)
    assert all(view.is_lagging(row) for row in range(3))
    view.rows.clock = lambda: datetime(2020, 2, 12, 7, 0)  # before the day's work
    assert not any(view.is_lagging(row) for row in range(3))


def test_double_click_opens_the_community_with_its_gap_list(qtbot: QtBot, context: AppContext,
                                                           tmp_path: Path,
                                                           qtmodeltester: ModelTester) -> None:
    sample = add_sample_district(context.database)
    view = open_view(qtbot, context)
    settle(qtbot, view.model, 3)
    row = next(r for r in range(3) if view.model.row_id(r) == sample.communities["东湖社区"])
    index = view.model.index(row, 1)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    # Qt 6 needs the press before the double click, as a real mouse gives it.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.open_windows, "the community window did not open"
    detail: CommunityDetail = view.open_windows[-1]
    qtbot.addWidget(detail)
    settle(qtbot, detail.gaps, 2)      # the refused door and the unanswered one
    settle(qtbot, detail.households, 4)
    qtmodeltester.check(detail.gaps)
    qtmodeltester.check(detail.households)
    qtbot.waitUntil(lambda: detail.summary is not None, timeout=10_000)
    assert detail.summary.open_doors == 1
    detail.gap_table.selectRow(0)
    qtbot.waitUntil(lambda: detail.panel.household_id is not None, timeout=10_000)
    # The knock list: Chinese-capable font, one PDF, its text layer readable.
    out = tmp_path / "knock.pdf"
    detail.write_knock_list(out)
    qtbot.waitUntil(lambda: "Knock list saved" in detail.message.text(), timeout=20_000)
    assert out.exists() and out.stat().st_size > 1000


def test_print_preview_renders_pages(qtbot: QtBot, context: AppContext) -> None:
    sample = add_sample_district(context.database)
    detail = CommunityDetail(context, sample.communities["东湖社区"])
    qtbot.addWidget(detail)
    detail.preview_knock_list()
    qtbot.waitUntil(lambda: detail.preview is not None and detail.preview.isVisible(),
                    timeout=10_000)
    assert detail.preview is not None
    assert detail.preview.windowTitle() == "Knock list: 东湖社区"
    detail.preview.close()


def test_a_community_imported_into_one_household_says_how_to_repair_it(
        qtbot: QtBot, context: AppContext) -> None:
    from models.communities.summary import CROWDED_HOUSEHOLD
    from models.schema import Household, Person
    sample = add_sample_district(context.database)
    donghu = sample.communities["东湖社区"]
    detail = CommunityDetail(context, donghu)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.summary is not None, timeout=10_000)
    assert detail.crowded.isHidden()
    with context.database.sessions.begin() as session:
        street = Household(community_id=donghu, address="胜利街1号")
        session.add(street)
        session.flush()
        for number in range(CROWDED_HOUSEHOLD + 10):
            session.add(Person(household_id=street.id, community_id=donghu,
                               name=f"居民{number}", resident_id=f"42010219800{number:06d}X"))
    detail.refresh()
    qtbot.waitUntil(detail.crowded.isVisible, timeout=10_000)
    text = detail.crowded.text()
    assert "胜利街1号" in text and f"{CROWDED_HOUSEHOLD + 10}" in text
    assert "Import register" in text
