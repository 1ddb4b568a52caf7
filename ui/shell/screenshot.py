"""Render the main window offscreen, on one view, once its data has arrived, and save a PNG.

Used by `canvass screenshot` for documentation and for looking at the UI without a display.
Settings live in a throwaway folder: a screenshot neither reads nor changes the user's.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread

from controllers.runtime.context import Database, build_context
from controllers.runtime.language import install_translators
from controllers.runtime.locations import data_folder
from controllers.runtime.logging_setup import route_qt_messages, setup_logging
from controllers.runtime.settings import Settings
from ui.kit.appearance import apply_appearance
from ui.shell.launch import application, name_windows
from ui.shell.main_window import MainWindow

SETTLE_TIMEOUT_S = 60.0


def settle(window: MainWindow, timeout_s: float = SETTLE_TIMEOUT_S) -> bool:
    """Process events until the view has its data and the connection state is known."""
    context = window.context
    deadline = time.monotonic() + timeout_s
    quiet_rounds = 0
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        busy = window.is_loading() or context.connection.connected is None
        quiet_rounds = 0 if busy else quiet_rounds + 1
        if quiet_rounds >= 5:  # a few idle rounds: layouts and repaints after the last data
            return True
        QThread.msleep(10)
    return False


def take_screenshot(database: Database, view: str, size: tuple[int, int], out: Path,
                    language: str) -> bool:
    """Save `view` ("main" is the window as it opens) as a PNG of exactly `size`.
    False when the data did not arrive in time (the picture is saved all the same)."""
    app = application()
    setup_logging(data_folder())
    # Qt's chatter (the offscreen platform's warnings) goes to the log, not over the output.
    undo = [route_qt_messages(), install_translators(app, language), apply_appearance(app)]
    name_windows(app)
    with tempfile.TemporaryDirectory(prefix="canvass-shot-") as folder:
        context = build_context(database, Settings.in_file(Path(folder) / "settings.ini"))
        window = MainWindow(context)
        try:
            window.setMinimumSize(0, 0)
            window.resize(*size)
            if view in ("wall", "wall-map"):
                window.wall.enter()
                if view == "wall-map":
                    window.wall.show_map(True)
                window.showNormal()   # the wall's look at exactly `size`, not the screen's
            elif view != "main":
                window.show_view(view)
            window.show()
            context.connection.start()
            context.feed.start()  # the status bar shows live updates as a workstation would
            settled = settle(window)
            window.resize(*size)
            QCoreApplication.processEvents()
            if not window.grab().save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.hide()
            context.close()
            window.deleteLater()
            QCoreApplication.processEvents()
            while undo:
                undo.pop()()
    return settled
