"""The command center on an office screen: at 1366×768 and 1440×900 the lists' key columns are
in view and the status bar is on the screen; every window's title names the application once."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.sample_district import add_sample_district
from ui.shell.launch import name_windows
from ui.shell.main_window import MainWindow

KEY_COLUMNS = {"register": ("name", "resident_id", "phone", "community"),
               "cases": ("person", "category", "status", "status_since", "community"),
               "communities": ("name", "households", "coverage")}


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_key_columns_and_the_status_bar_fit_the_office_screen(
        qtbot: QtBot, context: AppContext, size: tuple[int, int]) -> None:
    add_sample_district(context.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() < window.height()
    for view_id, keys in KEY_COLUMNS.items():
        window.show_view(view_id)
        view = window.views[view_id]
        table = view.table  # type: ignore[union-attr]
        qtbot.waitUntil(lambda v=view, t=table: not v.is_loading()  # type: ignore[misc]
                        and t.model().index(0, 0).data() is not None, timeout=10_000)
        header = table.horizontalHeader()
        columns = [column.key for column in table.model().source.columns]
        room = table.viewport().width()
        for key in keys:
            section = columns.index(key)
            right = header.sectionViewportPosition(section) + header.sectionSize(section)
            assert right <= room, f"{view_id}: {key} ends at {right} of {room} pixels"


def test_each_title_names_the_application_once(qtbot: QtBot, context: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.applicationDisplayName()
    name_windows(app)
    try:
        name = app.applicationDisplayName()
        assert name == "Canvass — screening and transfer command center"
        window = MainWindow(context)
        qtbot.addWidget(window)
        # The window system appends the name to a title unless the title already ends with it.
        assert window.windowTitle() == name
    finally:
        app.setApplicationDisplayName(before)
