"""The current row, kept by its record: a list's reset (a refresh, another workstation's write,
a new order, a save) must not lose the row the user was working on.

A lazy model resets whenever it counts again, and a reset clears the view's current index: Enter
then does nothing and Down starts again at the top. The keeper remembers the record (its id)
before the reset; the count that caused the reset also asked the row source where that record
stands now (LazyTableModel.anchor_id), so the same record is made current again at its new row.
When the record is gone (another workstation finished that door, a filter leaves it out), the
row at the same place becomes current: the next one. When the source cannot say where a record
stands, the keeper looks for it in the pages as they arrive.

`record_changed` says which record the current row shows, also when the row's page arrives after
the row became current (a Page Down into rows not loaded yet): a panel beside the list follows
it and never describes another row than the one Enter acts on.

A new search or filter is another list, though: it starts at its top (the first row current,
scrolled to it), wherever the user stood in the old one (`set_filters`). Only the same filters
counted again (a save, a refresh, another workstation's write) and a new order keep the record.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

from controllers.browse import Filters, FindsRows
from ui.kit.lazy_table_model import LazyTableModel

Flag = QItemSelectionModel.SelectionFlag
CURRENT_ROW = Flag.ClearAndSelect | Flag.Rows
ANOTHER_ROW = Flag.Select | Flag.Rows


class RowKeeper(QObject):
    """Keeps `table`'s current row (and its other selected rows) on their records."""

    record_changed = Signal(object)   # the current row's record id; None: no row, or not here yet

    def __init__(self, table: QTableView, model: LazyTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self.record: int | None = None    # the record the current row shows, when known
        self._finding: int | None = None  # the record to make current again after a reset
        self._row, self._column = -1, 0   # where the current row was before the reset
        self._scroll = False              # bring the row found into view
        self._selected: set[int] = set()  # other selected records, selected again as pages come
        self._moving = False              # the keeper itself moves the current row
        self._asking = False              # a count was asked where `_finding` stands now
        self._top = False                 # a new result: its first row, at the top
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        model.page_loaded.connect(self._page_arrived)
        table.selectionModel().currentRowChanged.connect(self._current_moved)

    def detach(self) -> None:
        """The table takes another model: this keeper stops listening."""
        self.model.modelAboutToBeReset.disconnect(self._before_reset)
        self.model.modelReset.disconnect(self._after_reset)
        self.model.page_loaded.disconnect(self._page_arrived)
        self.deleteLater()

    # -- what the list asks ----------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        """Count the list under `filters`: other filters than the ones shown (or the first
        count) start the new result at its top; the same ones again keep the current record."""
        wanted = {key: value for key, value in filters.items()
                  if value is not None and value != ""}
        if wanted != self.model.filters:
            self.start_at_top()
        self.model.set_filters(filters)

    def start_at_top(self) -> None:
        """After the next count the list is at its top, its first row current when a row was
        (a new result: the old one's row and scroll position mean nothing in it)."""
        self._top = True
        self._finding = None
        self._selected.clear()
        self.model.anchor_id = None   # the count need not look for where the old record is

    def keep_record(self, record_id: int) -> None:
        """Make `record_id` current after the next refresh (a record just created or saved),
        wherever the list's order puts it."""
        self._finding = record_id
        self._scroll = True
        self.model.anchor_id = record_id

    def record_below(self) -> int | None:
        """The record of the row below the current one when its page is here (asked for when
        it is not): where a work loop goes after a save, taken when the form opens."""
        current = self.table.currentIndex()
        if not current.isValid() or current.row() + 1 >= self.model.rowCount():
            return None
        row = current.row() + 1
        self.model.request_rows(row, row)
        return self.model.row_id(row)

    def advance(self, below: int | None = None) -> None:
        """After a save in a work loop: `below` — the record under the one saved, as the list
        stood when its form opened — becomes current, kept by its record through the refresh
        the save causes. By record, not by row: the save's own change often reaches the list
        first, and a row number counted from a list being read again lands one door too far
        (or on a row nobody can name). Without `below`, the row under the current one when
        both records are known; else the current row stays."""
        if below is None:
            below = self.record_below() if self.table.currentIndex().isValid() \
                and self.model.row_id(self.table.currentIndex().row()) is not None else None
            if below is None:
                return
        row = self.model.find_loaded(below)
        if row is not None:   # here now: a move as the user's Down would make it
            self.table.setCurrentIndex(self.model.index(row, self._visible_column(
                self.table.currentIndex())))
            self.table.scrollTo(self.table.currentIndex())
            return
        self.keep_record(below)   # its page is not here: the next count finds it
        self._set_record(below)

    # -- following the user -----------------------------------------------------------------
    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._moving:
            return
        self._finding = None
        self._selected.clear()
        self._set_record(self.model.row_id(current.row()) if current.isValid() else None)

    def _set_record(self, record_id: int | None) -> None:
        self.model.anchor_id = record_id if record_id is not None else self._finding
        if record_id != self.record:
            self.record = record_id
            self.record_changed.emit(record_id)

    # -- through a reset ----------------------------------------------------------------------
    def _before_reset(self) -> None:
        current = self.table.currentIndex()
        self._row = current.row() if current.isValid() else -1
        self._column = current.column() if current.isValid() else 0
        if self._top:
            return
        if self._finding is None:
            self._finding = self.record
        if current.isValid() and not self._scroll:
            shown = self.table.viewport().rect()
            self._scroll = shown.intersects(self.table.visualRect(current))
        selection = self.table.selectionModel()
        if self.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection:
            for index in selection.selectedRows():
                known = self.model.row_id(index.row())
                if known is not None and known != self._finding:
                    self._selected.add(known)

    def _after_reset(self) -> None:
        self._asking = False
        rows = self.model.rowCount()
        if self._top:
            self._show_top(rows)
            return
        if self._finding is None and self._row < 0:
            return
        if rows == 0:
            self._finding, self._scroll = None, False
            self._set_record(None)
            return
        asked = self._finding is not None and self.model.anchor_asked == self._finding \
            and self.model.anchor_id == self._finding
        located = self.model.anchor_row if asked else None
        ask_again = False
        if located is None and self._finding is not None \
                and isinstance(self.model.source, FindsRows):
            if asked:
                self._finding = None   # the source says it is gone: the row now in its place
            else:
                # The count ran for the record current before a key moved on (Down pressed
                # while the refresh read): its rows have shifted since, so the old row number
                # is not this record's place. Stand there for now and ask where it is.
                ask_again = True
        row = located if located is not None else min(max(self._row, 0), rows - 1)
        self._move_to(row)
        if self._scroll:
            self.table.scrollTo(self.table.currentIndex())
        self._scroll = False
        if self._finding is None or ask_again:
            self._set_record(None)   # a row whose record comes with its page
        if ask_again:
            self._asking = True
            self.model.refresh()     # about `_finding`: `_set_record` made it the anchor
        else:
            self.model.request_rows(row, row)

    def _show_top(self, rows: int) -> None:
        """A new result: at its top, its first row current if a row was current before."""
        self._top, self._finding, self._scroll = False, None, False
        if rows and self._row >= 0:
            self._move_to(0)
            self.model.request_rows(0, 0)
        self.table.scrollToTop()
        self._set_record(None)   # the first row's record comes with its page

    def _page_arrived(self, page: int) -> None:
        current = self.table.currentIndex()
        first = page * self.model.page_size
        if current.isValid() and first <= current.row() < first + self.model.page_size:
            here = self.model.row_id(current.row())
            if self._finding is not None and here != self._finding:
                elsewhere = self.model.find_loaded(self._finding)
                if elsewhere is not None:
                    self._move_to(elsewhere)
                    here = self._finding
                elif self._asking or self.model.is_counting():
                    return   # the count under way says where it is
            self._finding = None
            self._set_record(here)
        if self._selected:
            self._select_again(first)

    def _select_again(self, first: int) -> None:
        selection = self.table.selectionModel()
        for row in range(first, min(first + self.model.page_size, self.model.rowCount())):
            record = self.model.row_id(row)
            if record in self._selected:
                self._selected.discard(record)
                selection.select(self.model.index(row, 0), ANOTHER_ROW)

    def _move_to(self, row: int) -> None:
        self._moving = True
        try:
            index = self.model.index(row, self._visible_column(None))
            self.table.selectionModel().setCurrentIndex(index, CURRENT_ROW)
        finally:
            self._moving = False

    def _visible_column(self, current: QModelIndex | None) -> int:
        """The column the current index stood in, or the first one shown."""
        column = current.column() if current is not None and current.isValid() else self._column
        header = self.table.horizontalHeader()
        if 0 <= column < self.model.columnCount() and not header.isSectionHidden(column):
            return column
        return next((c for c in range(self.model.columnCount())
                     if not header.isSectionHidden(c)), 0)
