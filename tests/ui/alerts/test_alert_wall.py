"""The alert on the wall: large, red, across the top; the patient's name shortened to the surname
for a room to read; a dispatcher at the wall acknowledges with Ctrl+Shift+A (the wall's other
keys sleep, this one does not); a viewer's wall shows the alert and offers no key."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from tests.support.alerts import trip_standing
from tests.support.factories import signed_in
from tests.support.gui import keys_reach
from ui.alerts.strip import AlertStrip
from ui.dashboard.view import DashboardView
from ui.shell.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def wall(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, AlertStrip]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_view("communities")
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    window.activateWindow()
    keys_reach(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView) and window.wall.active
    strip = dashboard.alerts
    qtbot.waitUntil(lambda: len(strip.alerts) == 1 and not strip.is_loading(), timeout=10_000)
    return window, strip


def test_a_dispatcher_acknowledges_on_the_wall(qtbot: QtBot, database: Database,
                                               settings: Settings) -> None:
    trip_standing(database, 25, name="欧阳明")
    context = build_context(database, settings, probe_interval_ms=60_000,
                            user=signed_in("dispatcher"))
    try:
        window, strip = wall(qtbot, context)
        (line,) = [line for line in strip.lines if line.isVisible()]
        assert line.text().startswith("ZY202002200001 欧**: ordered")   # the surname only
        assert line.font().pixelSize() >= 28 and line.font().bold()    # read from five metres
        assert strip.title.font().pixelSize() >= 32
        assert "#6b100c" in strip.styleSheet()
        assert strip.acknowledge_button is not None and strip.acknowledge_button.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_id() == "dashboard"                 # the kiosk holds
        qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
        qtbot.waitUntil(lambda: strip.alerts == [] and not strip.is_loading(), timeout=10_000)
        assert "#0f2219" in strip.styleSheet()                         # calm again
        window.wall.leave()
        assert "#fdecea" not in strip.styleSheet() and strip.lines[0].font().pixelSize() < 28
    finally:
        context.close()


def test_a_viewer_on_the_wall_sees_the_alert_without_a_key(qtbot: QtBot,
                                                           context: AppContext) -> None:
    trip_standing(context.database, 25)
    window, strip = wall(qtbot, context)
    assert strip.acknowledge_button is None
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.wait(200)
    strip.reload()
    qtbot.waitUntil(lambda: not strip.is_loading())
    assert len(strip.alerts) == 1 and strip.lines[0].text().startswith("ZY202002200001 张*")
