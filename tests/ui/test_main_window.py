"""The main window opens, reaches every view, shows real rows, and remembers where it was."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from controllers.context import AppContext
from tests.ui.sample_district import add_sample_district
from ui.main_window import VIEW_IDS, MainWindow
from ui.translations import install_translators
from ui.views.cases import CasesView
from ui.views.dashboard import DashboardView
from ui.views.table_page import TablePage


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    return window


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    yield
    remove()


def test_every_view_is_reached_on_an_empty_database(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    for view_id in VIEW_IDS:
        window.show_view(view_id)
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
        assert window.current_view_id() == view_id
        assert window.stack.currentWidget() is window.views[view_id]
        view = window.views[view_id]
        if isinstance(view, TablePage):
            assert view.model.rowCount() == 0


def test_views_show_the_rows_of_a_small_district(qtbot: QtBot, context: AppContext) -> None:
    add_sample_district(context.database)
    window = open_window(qtbot, context)
    expected = {"communities": 3, "cases": 4, "teams": 2, "transfers": 2}
    for view_id, rows in expected.items():
        window.show_view(view_id)
        view = window.views[view_id]
        assert isinstance(view, TablePage)
        qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == rows,
                        timeout=10_000)
        view.model.data(view.model.index(0, 0))
        qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
        assert view.model.data(view.model.index(0, 0))
    cases = window.views["cases"]
    assert isinstance(cases, CasesView)
    assert [button.text() for button in cases.chips.buttons()] == [
        "All  4", "Confirmed  1", "Suspected  1", "Fever  1", "Contacts  1"]
    cases.chips.button(4).click()  # close contacts only
    qtbot.waitUntil(lambda: not cases.is_loading() and cases.model.rowCount() == 1, timeout=10_000)
    window.show_view("dashboard")
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=10_000)
    assert "4 persons" in dashboard.headline.text()
    assert dashboard.tiles["beds"].value.text() == "287"


def test_the_interface_speaks_chinese(qtbot: QtBot, context: AppContext, chinese: None) -> None:
    window = open_window(qtbot, context)
    items = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert items == ["社区", "病例", "队伍", "转运", "态势"]
    cases = window.views["cases"]
    assert isinstance(cases, CasesView)
    assert cases.model.headerData(1, Qt.Orientation.Horizontal) == "类别"
    assert cases.chips.button(1).text().startswith("确诊")


def test_geometry_and_last_view_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    first = open_window(qtbot, context)
    first.resize(800, 560)  # inside the offscreen screen (800x600): restoring clamps to it
    first.show_view("transfers")
    first.close()
    second = open_window(qtbot, context)
    assert second.current_view_id() == "transfers"
    assert second.size() == QSize(800, 560)


def test_status_bar_shows_database_operator_and_connection(qtbot: QtBot,
                                                           context: AppContext) -> None:
    window = open_window(qtbot, context)
    bar = window.statusBar()
    assert context.database.description in bar.database.text()  # type: ignore[attr-defined]
    assert context.user.display_name in bar.operator.text()  # type: ignore[attr-defined]
    assert "Viewer" in bar.operator.text()  # type: ignore[attr-defined]
    with qtbot.waitSignal(context.connection.state_changed, timeout=10_000):
        context.connection.start()
    assert bar.connection.text() == "● Connected"  # type: ignore[attr-defined]
    context.feed.start()
    qtbot.waitUntil(lambda: bar.live.text() == "Live updates", timeout=10_000)  # type: ignore[attr-defined]


def test_keyboard_moves_between_views(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "cases"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "dashboard"
