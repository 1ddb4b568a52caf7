"""Wall mode: F11 or --wall shows the dashboard alone, full screen and dark; a commander's password
after Esc or F11 leaves and gives the desk back exactly, and nobody else leaves it; with rotation
the charts go round three at a time."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from models.accounts.users import add_user
from models.db.database import Database
from models.enums import UserRole
from tests.support.gui import Answered, keys_reach
from tests.support.sample_district import add_sample_district
from ui.accounts.sign_in_dialog import WallReleaseDialog
from ui.dashboard.view import DashboardView
from ui.shell.main_window import MainWindow


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_view("communities")
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    return window


PASSWORD = "wall-pass-1"


def add_people(database: Database) -> None:
    with database.sessions() as session:
        add_user(session, "li", UserRole.COMMANDER, PASSWORD)
        add_user(session, "wang", UserRole.VIEWER, PASSWORD)
        session.commit()


def release_dialog(qtbot: QtBot, window: MainWindow) -> WallReleaseDialog:
    qtbot.waitUntil(lambda: window.wall.release is not None and window.wall.release.isVisible())
    dialog = window.wall.release
    assert dialog is not None
    return dialog


def answer(qtbot: QtBot, answered: Answered, dialog: WallReleaseDialog, name: str,
           password: str) -> None:
    """Type a name and password into the wall's prompt and press Enter, as a person would."""
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    answered(dialog)


def test_f11_enters_and_a_commanders_password_leaves(qtbot: QtBot, context: AppContext,
                                                      answered: Answered) -> None:
    add_sample_district(context.database)
    add_people(context.database)
    window = open_window(qtbot, context)
    window.activateWindow()
    keys_reach(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    assert window.wall.active and window.isFullScreen()
    # The wall's clock shows the time at once, not after the first second's tick.
    assert window.wall.clock.isVisible() and re.fullmatch(
        r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", window.wall.clock.text())
    assert window.current_view_id() == "dashboard"
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not dashboard.report_button.isVisible()
    assert "#0b121b" in dashboard.styleSheet()
    qtbot.waitUntil(lambda: not dashboard.is_loading()
                    and dashboard.panels["beds"].chart is not None, timeout=20_000)
    assert all(panel.chart.dark for panel in dashboard.panels.values() if panel.chart)
    assert dashboard.tiles["confirmed"].value.font().pixelSize() >= 40  # read across the room
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    answer(qtbot, answered, release_dialog(qtbot, window), "li", PASSWORD)
    assert not window.wall.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert dashboard.report_button.isVisible()
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=10_000)   # one chart a turn
    assert not any(panel.chart.dark for panel in dashboard.panels.values() if panel.chart)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.wall.active
    qtbot.keyClick(window, Qt.Key.Key_F11)
    answer(qtbot, answered, release_dialog(qtbot, window), "li", PASSWORD)
    assert not window.wall.active


def test_a_viewer_on_the_wall_cannot_leave_it(qtbot: QtBot, context: AppContext,
                                              answered: Answered) -> None:
    """The wall is a kiosk: Esc, F11, the view keys and a viewer's own password all leave the
    dashboard up; a commander's password brings the desk back."""
    assert context.user.role == UserRole.VIEWER
    add_people(context.database)
    window = open_window(qtbot, context)
    window.activateWindow()
    keys_reach(qtbot, window)
    window.wall.enter()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # 病例 (cases)
    assert window.current_view_id() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    dialog = release_dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)                  # the prompt closes, the wall stays
    qtbot.waitUntil(lambda: window.wall.release is None)
    assert window.wall.active and window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    dialog = release_dialog(qtbot, window)
    answer(qtbot, answered, dialog, "wang", PASSWORD)          # a viewer's own password
    assert dialog.message.isVisible() and "commander" in dialog.message.text()
    answer(qtbot, answered, dialog, "li", "not-the-password")
    assert dialog.message.text() == "Wrong user name or password."
    assert window.wall.active and not window.menuBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_id() == "dashboard"
    answer(qtbot, answered, dialog, "li", PASSWORD)
    qtbot.waitUntil(lambda: not window.wall.active)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the desk's keys
    assert window.current_view_id() == "cases"


def test_rotation_shows_three_charts_a_page(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.wall.rotate_seconds = 10
    window.wall.enter()
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    shown = [key for key, panel in dashboard.panels.items() if panel.isVisible()]
    assert shown == ["screened", "categories", "categories_new"]
    window.wall.page += 1
    window.wall._lay_out()
    shown = [key for key, panel in dashboard.panels.items() if panel.isVisible()]
    assert shown == ["coverage", "transfers", "response"]
    window.wall.leave()
    assert all(panel.isVisible() for panel in dashboard.panels.values())
