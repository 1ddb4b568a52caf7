"""The figures a dispatcher scans for are on screen (issue 19, item 5): at 1366×768, 1440×900
and 1920×1080, in Chinese and in English, the Active board shows the minutes in this step,
overdue, response, at the scene and driving inside its viewport, headers compact with their
meaning as tooltips. Screenshots of each are saved for a person to look at."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from controllers.runtime.settings import Settings
from controllers.transfers.dispatch import advance_transfer
from models.db.database import Database
from models.schema import Facility, TransferOrder
from tests.support.active_board import DISPATCHER, Trip, dispatched, dispatcher_at, scenes
from tests.support.gui import SHOTS
from ui.kit.appearance import apply_appearance
from ui.shell.main_window import MainWindow
from ui.transfers.board_columns import KEY_FIGURES, right_edges
from ui.transfers.view import TransfersView

SIZES = [(1366, 768), (1440, 900), (1920, 1080)]
NAMES = ["欧阳建国", "李娜", "王芳", "刘洋", "陈静", "赵磊"]


@pytest.fixture
def dispatcher(sqlite_database: Database, settings: Settings) -> Iterator[AppContext]:
    """Widths do not depend on the backend: SQLite only."""
    with dispatcher_at(sqlite_database, settings) as built:
        yield built


def trips_in_every_step(database: Database) -> list[Trip]:
    """Six trips, one in each step, so every minute column has figures; one overdue; one
    going to a facility with a long name."""
    trips = dispatched(database, scenes(database, NAMES), NAMES, minutes_ago=90)
    now = datetime.now().replace(microsecond=0)
    roads = {1: ("dispatched",), 2: ("dispatched", "on_scene"),
             3: ("dispatched", "on_scene", "picked_up"),
             4: ("dispatched", "on_scene", "picked_up", "delivered")}
    for index, road in roads.items():
        for number, step in enumerate(road):
            with database.sessions() as session:
                order = session.get(TransferOrder, trips[index].order_id)
                assert order is not None
                version, facility_id = order.version, order.facility_id
            advance_transfer(database, DISPATCHER, trips[index].order_id, version, step,
                             now - timedelta(minutes=60 - 12 * number))
    with database.sessions.begin() as session:
        facility = session.get(Facility, facility_id)
        assert facility is not None
        facility.name = "武汉市江汉区方舱医院（武汉国际会展中心）"
    return trips


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_minutes_are_in_view_at_office_sizes(qtbot: QtBot, dispatcher: AppContext,
                                                  language: str) -> None:
    trips_in_every_step(dispatcher.database)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    undo = [install_translators(app, language), apply_appearance(app)]
    try:
        window = MainWindow(dispatcher)
        qtbot.addWidget(window)
        window.setMinimumSize(0, 0)
        window.show_view("transfers")
        window.show()
        qtbot.waitExposed(window)
        view = window.views["transfers"]
        assert isinstance(view, TransfersView)
        board = view.active
        qtbot.waitUntil(lambda: not view.is_loading() and board.model.rowCount() == 6
                        and board.model.row_id(5) is not None, timeout=10_000)
        short = QCoreApplication.translate("ActiveBoard", "Overdue")
        overdue = board.rows.column_index("overdue")
        assert board.model.headerData(overdue, Qt.Orientation.Horizontal) == short
        assert board.model.headerData(overdue, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole)
        for width, height in SIZES:
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5_000)  # type: ignore[misc]
            QCoreApplication.processEvents()
            room = board.table.viewport().width()
            edges = right_edges(board.table, board.model)
            cut = {key: edges[key] for key in (*KEY_FIGURES, "number", "person", "status")
                   if edges[key] > room}
            assert cut == {}, f"{language} {width}×{height}: cut {cut} of {room} px"
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"h19_board_{width}x{height}_{language}.png"))
    finally:
        while undo:
            undo.pop()()
