"""The current row through a refresh that a key overtakes: Down pressed while the count a save
caused is still reading lands on the next record, not one row past it, even though the rows
moved under the count (the door just recorded left the list); and the save's advance lands on
the door below the one saved when the save's own change reached the list first."""
from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from controllers.browse import Column, Filters, SortOrder
from controllers.runtime.tasks import TaskRunner
from models.db.row_source import Row
from ui.kit.current_row import RowKeeper
from ui.kit.lazy_table_model import LazyTableModel


class Doors:
    """Open doors 1…20 in id order; a count can be held until the test lets it answer."""

    columns = (Column("door", "Door"),)
    filter_keys: frozenset[str] = frozenset()
    default_order = SortOrder("id")

    def __init__(self) -> None:
        self.open = list(range(1, 21))
        self.hold = threading.Event()
        self.hold.set()
        self.counting = threading.Event()
        self.paging = threading.Event()   # pages answer while set
        self.paging.set()

    def count(self, filters: Filters) -> int:
        self.counting.set()
        self.hold.wait(10)
        return len(self.open)

    def position(self, filters: Filters, order: SortOrder, row_id: int) -> int | None:
        return self.open.index(row_id) if row_id in self.open else None

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        self.paging.wait(10)
        return [(door, f"door {door}") for door in self.open[offset:offset + limit]]


@pytest.fixture
def doors() -> Iterator[Doors]:
    source = Doors()
    yield source
    source.hold.set()
    source.paging.set()


def door_list(qtbot: QtBot, runner: TaskRunner,
              doors: Doors) -> tuple[LazyTableModel, QTableView, RowKeeper]:
    """The doors in a table with its keeper, counted and the first page here."""
    model = LazyTableModel(doors, runner, page_size=50)  # type: ignore[arg-type]
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    keeper = RowKeeper(table, model)
    table.show()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    qtbot.waitUntil(lambda: model.row_id(0) == 1, timeout=10_000)
    return model, table, keeper


def current_record(table: QTableView, model: LazyTableModel) -> int | None:
    return model.row_id(table.currentIndex().row())


def test_down_pressed_while_the_refresh_reads_lands_on_the_next_record(
        qtbot: QtBot, runner: TaskRunner, doors: Doors) -> None:
    model, table, keeper = door_list(qtbot, runner, doors)
    table.setFocus()
    table.setCurrentIndex(model.index(4, 0))            # door 5, as the clerk saves it
    assert keeper.record == 5
    qtbot.keyClick(table, Qt.Key.Key_Down)              # the save's advance: door 6
    assert keeper.record == 6
    # Door 5 was recorded and leaves the list; the refresh the save causes starts reading...
    doors.open.remove(5)
    doors.hold.clear()
    doors.counting.clear()
    model.refresh()
    qtbot.waitUntil(doors.counting.is_set, timeout=10_000)
    qtbot.keyClick(table, Qt.Key.Key_Down)              # ...and the clerk is faster: door 7
    assert keeper.record == 7
    doors.hold.set()
    # Door 7 now stands at row 5 (where door 6 stood): the list finds it, not door 8.
    qtbot.waitUntil(lambda: not model.is_loading() and current_record(table, model) == 7,
                    timeout=10_000)
    assert keeper.record == 7
    assert table.currentIndex().row() == doors.open.index(7)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: current_record(table, model) == 8, timeout=10_000)


def test_a_record_gone_while_current_gives_its_place_to_the_next(
        qtbot: QtBot, runner: TaskRunner, doors: Doors) -> None:
    model, table, keeper = door_list(qtbot, runner, doors)
    table.setCurrentIndex(model.index(9, 0))             # door 10
    doors.open.remove(10)                                # another workstation finished it
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    qtbot.waitUntil(lambda: current_record(table, model) == 11, timeout=10_000)
    assert keeper.record == 11


def test_the_saves_advance_goes_to_the_door_below_when_the_list_moved_first(
        qtbot: QtBot, runner: TaskRunner, doors: Doors) -> None:
    """The visit form was for door 5; before its "saved" reaches the list, the save's own
    change has been counted (door 5, nobody home, went to the end) and the rows are still on
    their way: the next door is door 6, not the row after wherever the list stands."""
    model, table, keeper = door_list(qtbot, runner, doors)
    table.setCurrentIndex(model.index(4, 0))             # door 5: Enter opens its form
    below = keeper.record_below()
    assert below == 6
    doors.open.remove(5)
    doors.open.append(5)                                 # nobody home: knocked last
    doors.paging.clear()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()                                  # the save's change, counted first
    assert model.row_id(table.currentIndex().row()) is None   # its rows not here yet
    keeper.advance(below)                                # then "saved" reaches the window
    assert keeper.record == 6                            # a panel beside follows door 6 now
    doors.paging.set()
    model.refresh()                                      # the refresh the save asks for
    qtbot.waitUntil(lambda: not model.is_loading() and current_record(table, model) == 6,
                    timeout=10_000)
    assert keeper.record == 6
    assert table.currentIndex().row() == 4


def test_the_saves_advance_without_a_door_below_keeps_the_current_row(
        qtbot: QtBot, runner: TaskRunner, doors: Doors) -> None:
    model, table, keeper = door_list(qtbot, runner, doors)
    table.setCurrentIndex(model.index(19, 0))            # door 20, the last
    assert keeper.record_below() is None
    keeper.advance(None)
    assert current_record(table, model) == 20
    table.setCurrentIndex(model.index(2, 0))             # door 3: no door given, the row below
    keeper.advance(None)
    assert current_record(table, model) == 4
