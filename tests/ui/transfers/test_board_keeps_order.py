"""The Active board keeps the order the dispatcher chose (issue 19, item 1), driven with real
keys: an order chosen with Ctrl+Home and Down, the minute tick, another workstation's write
brought by the change feed, then Ctrl+Return opens the step of that same order, and Enter
saves it. Ten trips go through every step so, each step landing on the order chosen."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from controllers.runtime.settings import Settings
from models.db.database import Database
from tests.support.active_board import (
    STEP_KEYS,
    OtherWorkstation,
    Trip,
    board_now,
    dispatched,
    dispatcher_at,
    scenes,
    status_of,
)
from tests.support.gui import Answered, keys_reach
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.transfers.disinfection_dialog import DisinfectionDialog
from ui.transfers.step_dialog import StepDialog
from ui.transfers.view import TransfersView

STEPS = ("dispatched", "on_scene", "picked_up", "delivered", "disinfected")


@pytest.fixture
def dispatcher(database: Database, settings: Settings) -> Iterator[AppContext]:
    with dispatcher_at(database, settings) as built:
        yield built


def board_rows(view: TransfersView) -> list[tuple[int | None, str | None]]:
    model = view.active.model
    status = view.active.rows.column_index("status")
    return [(model.row_id(row), model.index(row, status).data(VALUE_ROLE))
            for row in range(model.rowCount())]


def settled(qtbot: QtBot, view: TransfersView, database: Database) -> None:
    """Until the board shows what the database holds now (the feed has brought every write)."""
    def same() -> bool:
        if view.is_loading():
            return False
        view.active.model.request_rows(0, view.active.model.rowCount())
        return board_rows(view) == board_now(database)
    qtbot.waitUntil(same, timeout=15_000)


def opened(qtbot: QtBot, dispatcher: AppContext) -> TransfersView:
    view = TransfersView(dispatcher)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.activate()
    dispatcher.feed.changed.connect(view.on_change)
    dispatcher.feed.start()
    settled(qtbot, view, dispatcher.database)
    return view


def choose(qtbot: QtBot, view: TransfersView, trip: Trip) -> None:
    """Ctrl+Home, then Down to the trip's row: the dispatcher's choice."""
    table = view.active.table
    view.activateWindow()   # the offscreen platform does not give it back when a dialog closes
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    settled(qtbot, view, view.context.database)   # where the trip stands now, to walk there
    row = next(row for row, (ident, _status) in enumerate(board_rows(view))
               if ident == trip.order_id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _row in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    # A refresh (the feed answering the last save) may be under way: the row's record comes
    # with its page.
    qtbot.waitUntil(lambda: view.active.current_order() == trip.order_id, timeout=10_000)


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """One key group as README writes it ("Ctrl+Return", "Enter")."""
    combination = QKeySequence("Return" if keys == "Enter" else keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def names_of(dialog: QDialog) -> str:
    return " ".join([dialog.windowTitle(), *(label.text() for label in dialog.findChildren(QLabel))])


def step_with_keys(qtbot: QtBot, view: TransfersView, trip: Trip, answered: Answered) -> QDialog:
    """Ctrl+Return on the board, then Enter in the dialog it opens: two key groups."""
    before = view.dialog
    open_keys, save_keys = STEP_KEYS
    press(qtbot, view.active.table, open_keys)
    view.say("")
    qtbot.waitUntil(lambda: view.dialog is not before or view.message.isVisible(), timeout=10_000)
    dialog = view.dialog
    assert dialog is not before, view.message.text()
    assert dialog is not None
    keys_reach(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    assert trip.number in names_of(dialog) and trip.patient in names_of(dialog), names_of(dialog)
    press(qtbot, QApplication.focusWidget() or dialog, save_keys)
    answered(dialog)
    assert not dialog.isVisible(), names_of(dialog)
    return dialog


def test_the_tick_and_another_workstation_keep_the_chosen_order(
        qtbot: QtBot, dispatcher: AppContext, database_url: str, answered: Answered) -> None:
    database = dispatcher.database
    names = ["张伟", "李娜", "王芳", "刘洋", "陈静"]
    trips = dispatched(database, scenes(database, names), names)
    other = OtherWorkstation.at(database_url, scenes(database, ["赵磊"], first=50))
    try:
        view = opened(qtbot, dispatcher)
        chosen = trips[2]
        choose(qtbot, view, chosen)
        resets: list[int] = []
        view.active.model.modelAboutToBeReset.connect(lambda: resets.append(1))
        status = view.active.rows.column_index("in_step")
        row = view.active.table.currentIndex().row()
        minutes_before = view.active.model.index(row, status).data(VALUE_ROLE)
        view.active.rows.clock = lambda: datetime.now() + timedelta(minutes=7)
        assert view.active.timer.isActive()
        view.active.tick()                     # the minute: new figures, no reset
        qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
        assert resets == [] and view.active.current_order() == chosen.order_id
        assert view.active.model.index(row, status).data(VALUE_ROLE) >= minutes_before + 6
        assert other.write() == "dispatch"     # ordered before every trip: the rows move down
        settled(qtbot, view, database)
        assert resets and view.active.current_order() == chosen.order_id
        assert view.active.table.currentIndex().row() == row + 1
        dialog = step_with_keys(qtbot, view, chosen, answered)
        assert isinstance(dialog, StepDialog) and dialog.number == chosen.number
        assert dialog.patient == chosen.patient
        assert status_of(database, chosen.order_id) == "dispatched"
        assert {status_of(database, trip.order_id) for trip in trips if trip != chosen} == {"ordered"}
    finally:
        other.close()


def test_ten_transfers_through_every_step(qtbot: QtBot, dispatcher: AppContext,
                                          database_url: str, answered: Answered) -> None:
    """Ctrl+Return, Enter per step (the disinfection too: inside, outside and the crew filled
    in as reported); between every two steps the minute tick and another workstation's write."""
    database = dispatcher.database
    names = [f"患者{number:02d}" for number in range(10)]
    trips = dispatched(database, scenes(database, names), names)
    other = OtherWorkstation.at(database_url, scenes(
        database, [f"他站{number:02d}" for number in range(26)], first=100))
    try:
        view = opened(qtbot, dispatcher)
        for step in STEPS:
            for trip in (trips[::2] + trips[1::2]):   # not in board order: rows to walk to
                choose(qtbot, view, trip)
                view.active.tick()
                other.write()
                settled(qtbot, view, database)
                assert view.active.current_order() == trip.order_id
                dialog = step_with_keys(qtbot, view, trip, answered)
                expected = DisinfectionDialog if step == "disinfected" else StepDialog
                assert isinstance(dialog, expected)
                assert status_of(database, trip.order_id) == step
                settled(qtbot, view, database)
        assert {status_of(database, trip.order_id) for trip in trips} == {"disinfected"}
        assert len(other.written) == 50 and {"dispatch", "cancel"} <= set(other.written)
    finally:
        other.close()


def test_an_order_that_leaves_the_board_leaves_no_row_under_the_keys(
        qtbot: QtBot, dispatcher: AppContext, database_url: str) -> None:
    database = dispatcher.database
    names = ["张伟", "李娜", "王芳"]
    trips = dispatched(database, scenes(database, names), names)
    view = opened(qtbot, dispatcher)
    choose(qtbot, view, trips[1])
    other = OtherWorkstation.at(database_url, [])
    try:
        other.orders.append(trips[1].order_id)   # another dispatcher cancels the chosen one
        assert other.write() == "cancel"
    finally:
        other.close()
    settled(qtbot, view, database)
    if trips[1].order_id in {ident for ident, _status in board_now(database)}:
        assert view.active.current_order() == trips[1].order_id   # held its vehicle: still here
        return
    assert view.active.current_order() is None
    assert f"Transfer {trips[1].number} is no longer on the board" in view.message.text()
    qtbot.keyClick(view.active.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.message.text() == "Select a transfer first." and view.dialog is None
