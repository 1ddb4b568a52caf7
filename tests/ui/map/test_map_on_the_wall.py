"""The map as a page of the wall: M turns the wall to it, dark, without buttons, and back; off
the wall, M is the desk's again (nothing happens)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.gui import keys_reach
from tests.support.map_scene import make_map_scene
from ui.map.view import MapView
from ui.shell.main_window import MainWindow


def test_m_turns_the_wall_to_the_map_and_back(qtbot: QtBot, context: AppContext) -> None:
    make_map_scene(context.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_view("communities")
    window.show()
    keys_reach(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.current_view_id() == "communities"      # the desk: M is nobody's key
    window.wall.enter()
    map_view = window.views["map"]
    assert isinstance(map_view, MapView)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.current_view_id() == "map" and window.wall.on_map
    qtbot.waitUntil(lambda: map_view.figures is not None and not map_view.is_loading(),
                    timeout=10_000)
    assert map_view.canvas.dark and not map_view.buttons[0].isVisible()
    assert map_view.canvas.type_size() >= 26                 # the wall's smallest type
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.current_view_id() == "dashboard" and not window.wall.on_map
    assert not map_view.canvas.dark
    window.wall.leave()
