"""What a lazy list's selection means: every selected row, loaded or not.

QItemSelectionModel holds a selection as ranges of row numbers, however many rows they span:
Ctrl+A over 8,583 cases is one range, of which the list holds a few hundred rows. Reading the
selection row by row (`selectedRows()`) and asking the model for ids keeps only the rows held,
and an action on them would drop the rest without a word. Here the ranges are kept as ranges,
with the filters, order and count the rows were counted under (LazyTableModel.counted_query) and
the ids of the selected rows that are loaded; the controller has the database find the others
(models/db/row_selection.py) or refuse when the list has changed since.

With nothing selected the current row is the selection, as Enter acts on it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTableView

from models.selection import RowSelection
from ui.kit.lazy_table_model import LazyTableModel


def selected_row_numbers(table: QTableView) -> list[tuple[int, int]]:
    """The selected rows as (first, last) ranges, merged and in list order, read from the
    selection's ranges (never one index per row: a million selected rows are one range)."""
    selection = table.selectionModel().selection()
    spans = sorted((selection.at(i).top(), selection.at(i).bottom())
                   for i in range(selection.count()))
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    if not merged and table.currentIndex().isValid():
        row = table.currentIndex().row()
        merged.append((row, row))
    return merged


def row_selection(table: QTableView, model: LazyTableModel) -> RowSelection | None:
    """The table's selection for an action to act on whole; None when no row is chosen."""
    ranges = tuple(selected_row_numbers(table))
    if not ranges:
        return None
    seen: dict[int, int] = {}
    for page in model.cached_pages():
        first_held = page * model.page_size
        for first, last in ranges:
            for row in range(max(first, first_held), min(last, first_held + model.page_size - 1) + 1):
                ident = model.row_id(row)
                if ident is not None:
                    seen[row] = ident
    filters, order = model.counted_query
    return RowSelection(dict(filters), order, model.rowCount(), ranges, seen)


def loaded_ids(selection: RowSelection | None) -> list[int]:
    """The ids of the selected rows the list holds, in list order (what a one-record action,
    such as opening a case, takes the first of)."""
    if selection is None:
        return []
    return [selection.seen[row] for row in sorted(selection.seen)]
