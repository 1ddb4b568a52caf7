"""A lazy list's selection as ranges of row numbers: rows never loaded are part of it, the rows
loaded carry their ids, and the filters are those the rows shown were counted under."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from controllers.browse import Column, Filters, Row, SortOrder
from controllers.runtime.tasks import TaskRunner
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.selection import loaded_ids, row_selection

SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


class Numbers:
    """Records 1000…1099 (odd ones only under {"odd": True}), one column."""

    columns = (Column("n", "N"),)
    filter_keys = frozenset({"odd"})
    default_order = SortOrder("n")

    def _ids(self, filters: Filters) -> list[int]:
        return [i for i in range(1000, 1100) if not filters.get("odd") or i % 2]

    def count(self, filters: Filters) -> int:
        return len(self._ids(filters))

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        return [(i, i) for i in self._ids(filters)[offset:offset + limit]]


def _table(qtbot: QtBot, runner: TaskRunner) -> tuple[QTableView, LazyTableModel]:
    model = LazyTableModel(Numbers(), runner, page_size=10, cache_pages=3)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    return table, model


def _select(table: QTableView, model: LazyTableModel, first: int, last: int) -> None:
    span = QItemSelection(model.index(first, 0), model.index(last, 0))
    table.selectionModel().select(span, SELECT_ROWS)


def _load(qtbot: QtBot, model: LazyTableModel, *rows: int) -> None:
    for row in rows:
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(model.row_id(row) is not None for row in rows), timeout=10_000)


def test_ranges_reach_rows_never_loaded(qtbot: QtBot, runner: TaskRunner) -> None:
    table, model = _table(qtbot, runner)
    _load(qtbot, model, 0)
    _select(table, model, 5, 45)          # a Shift+click far down: rows 10…45 never fetched
    _select(table, model, 2, 3)
    _select(table, model, 46, 47)         # next to the first range: one range
    selection = row_selection(table, model)
    assert selection is not None
    assert selection.ranges == ((2, 3), (5, 47)) and selection.size == 45
    assert selection.total == 100 and selection.loaded_ids() is None
    assert selection.seen == {row: 1000 + row for row in (2, 3, 5, 6, 7, 8, 9)}
    assert loaded_ids(selection) == [1002, 1003, 1005, 1006, 1007, 1008, 1009]


def test_without_a_selection_the_current_row_is_it(qtbot: QtBot, runner: TaskRunner) -> None:
    table, model = _table(qtbot, runner)
    assert row_selection(table, model) is None
    _load(qtbot, model, 30)
    table.selectionModel().setCurrentIndex(model.index(30, 0),
                                           QItemSelectionModel.SelectionFlag.NoUpdate)
    selection = row_selection(table, model)
    assert selection is not None and selection.loaded_ids() == [1030]


def test_the_filters_are_those_of_the_rows_shown(qtbot: QtBot, runner: TaskRunner) -> None:
    table, model = _table(qtbot, runner)
    _select(table, model, 0, 99)
    model.set_filters({"odd": True})      # asked: the rows shown are still the old count's
    selection = row_selection(table, model)
    assert selection is not None and selection.is_whole()
    assert dict(selection.filters) == {} and selection.total == 100
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=10_000)
    _select(table, model, 0, 49)
    after: Any = row_selection(table, model)
    assert dict(after.filters) == {"odd": True} and after.is_whole()
