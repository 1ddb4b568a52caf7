"""The main window opens, reaches every view, shows real rows, and remembers where it was."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from tests.support.gui import keys_reach
from tests.support.sample_district import add_sample_district
from ui.cases.view import CasesView
from ui.dashboard.view import DashboardView
from ui.kit.table_page import TablePage
from ui.shell.main_window import VIEW_IDS, MainWindow


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
        view = window.views[view_id]
        assert view.isVisible()
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
        qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == rows,  # noqa: B023 - waited for here
                        timeout=10_000)
        view.model.data(view.model.index(0, 0))
        qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)  # noqa: B023 - waited for here
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
    assert items == ["社区", "病例", "队伍", "转运", "态势", "人员名册", "四个百分百",
                     "集中排查行动"]
    tabs = window.situation.tabs
    assert [tabs.tabText(index) for index in range(tabs.count())] == ["态势总览", "态势图"]
    assert window.navigation.item(4).toolTip() == "Ctrl+5（态势图：Ctrl+8）"
    assert window.navigation.item(7).toolTip() == "Ctrl+9"
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
    keys_reach(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "cases"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "map"              # 态势, on its map tab
    assert window.stack.currentWidget() is window.situation
    assert window.situation.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "dashboard"        # the tabs turn round
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "map"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "campaign"
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "campaign"         # 态势's keys only while it is shown


def test_a_change_elsewhere_refreshes_the_open_view(qtbot: QtBot, context: AppContext) -> None:
    """A second process writes; the visible list shows it without anyone pressing F5."""
    from tests.support.second_workstation import second_workstation, url_of
    window = open_window(qtbot, context)
    window.show_view("communities")
    view = window.views["communities"]
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    before = view.model.rowCount()  # type: ignore[attr-defined]
    context.feed.start()
    qtbot.waitUntil(lambda: context.feed.state.value == "live", timeout=10_000)
    second_workstation(url_of(context.database), "place", "live")
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=5_000)  # type: ignore[attr-defined]


def test_menus_follow_the_role(qtbot: QtBot, context: AppContext) -> None:
    from controllers.runtime.actions import SignedInUser
    from models.enums import UserRole
    texts = {}
    for role in (UserRole.VIEWER, UserRole.ADMIN):
        context.user = SignedInUser(None, role.value, role.value, role)
        window = open_window(qtbot, context)
        texts[role] = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert not any("Users" in t for t in texts[UserRole.VIEWER])
    assert any("Users" in t for t in texts[UserRole.ADMIN])
    assert any("Audit" in t for t in texts[UserRole.ADMIN])


def test_the_window_opens_with_only_the_view_it_shows_built(qtbot: QtBot,
                                                            context: AppContext) -> None:
    """A cold start builds the view in front, not nine: the others, and their modules, come
    when first shown, in their place in the navigation's order."""
    add_sample_district(context.database)
    window = open_window(qtbot, context)
    assert window.current_view_id() == "communities"
    assert [view_id for view_id in VIEW_IDS if window.views.is_made(view_id)] == ["communities"]
    assert window.stack.count() == len(window.entries) == window.navigation.count()
    window.show_view("transfers")
    assert window.views.is_made("transfers") and not window.views.is_made("cases")
    view = window.views["transfers"]
    assert isinstance(view, TablePage)
    assert window.stack.currentWidget() is view
    assert window.stack.indexOf(view) == window.entries.index("transfers")
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 2, timeout=10_000)
    window.show_view("communities")
    window.show_view("transfers")
    assert window.views["transfers"] is view   # built once, kept where it was left


def test_situation_is_one_entry_of_two_tabs_each_built_when_first_shown(
        qtbot: QtBot, context: AppContext) -> None:
    """态势 in the navigation shows the dashboard on its first tab; the map, its second tab, is
    built only when that tab is first clicked, and stays what it was after."""
    window = open_window(qtbot, context)
    navigation = window.navigation
    row = window.entries.index("situation")
    assert navigation.count() == len(window.entries) and "map" not in window.entries
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(navigation.item(row)).center())
    assert window.stack.currentWidget() is window.situation
    assert window.current_view_id() == "dashboard"
    assert window.views.is_made("dashboard") and not window.views.is_made("map")
    qtbot.waitUntil(lambda: window.views["dashboard"].isVisible(), timeout=10_000)
    bar = window.situation.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window.current_view_id() == "map" and window.views.is_made("map")
    map_view = window.views["map"]
    assert map_view.isVisible() and not window.views["dashboard"].isVisible()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show_view("communities")
    window.show_view("map")
    assert window.views["map"] is map_view and map_view.isVisible()
    window.close()
    again = open_window(qtbot, context)     # the map tab is where the window comes back
    assert again.current_view_id() == "map" and not again.views.is_made("dashboard")


def test_a_view_built_after_the_start_follows_changes_elsewhere(qtbot: QtBot,
                                                                context: AppContext) -> None:
    from tests.support.second_workstation import second_workstation, url_of
    window = open_window(qtbot, context)
    context.feed.start()
    qtbot.waitUntil(lambda: context.feed.state.value == "live", timeout=10_000)
    window.show_view("teams")
    window.show_view("communities")
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show_view("teams")          # communities now hidden behind the teams list
    view = window.views["communities"]
    assert isinstance(view, TablePage)
    before = view.model.rowCount()
    second_workstation(url_of(context.database), "place", "live")
    window.show_view("communities")
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=5_000)


def test_the_wall_builds_the_dashboard_when_it_first_goes_up(qtbot: QtBot,
                                                             context: AppContext) -> None:
    window = open_window(qtbot, context)
    assert not window.views.is_made("dashboard")
    window.wall.enter()
    assert window.views.is_made("dashboard")
    assert window.current_view_id() == "dashboard"
    assert window.dashboard.header.indexOf(window.wall.clock) == 1   # the wall's clock in it
    assert window.wall.clock.isVisible()
    window.wall.leave()
    assert window.current_view_id() == "dashboard"
