"""A table model over a row source: it learns the count first, then fetches only the pages the
view paints, off the UI thread, and keeps at most `cache_pages` of them.

Rows not yet fetched read as empty cells for the moment it takes their page to arrive; the
scroll bar is right from the start because the count came first. A count also finds where the
view's current record (`anchor_id`) stands now, so a refresh, a live update or a new order keeps
the row the user was on (ui/kit/list_table.py). When the user drags through a
long list, only the most recent page requests are kept, so a fling across a million rows does not
queue thousands of queries behind the page the user stopped on.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from controllers.browse import Filters, FindsRows, Kind, Row, RowSource, SortOrder
from controllers.runtime.tasks import TaskControl, TaskRunner
from ui.kit.formatting import alignment, display
from ui.kit.labels import CATEGORY_COLORS
from ui.kit.page_cache import PageCache
from ui.kit.table_cells import Cell, Page
from ui.kit.widgets import dot_icon

log = logging.getLogger("canvass.ui.table")

ID_ROLE = Qt.ItemDataRole.UserRole + 1      # the row's id (first element of the row tuple)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2   # the cell's stored value, unformatted
KEY_ROLE = Qt.ItemDataRole.UserRole + 3     # a header section's column key (its source's name)
MAX_IN_FLIGHT = 2
# Looked up once: a table paints every visible cell in seven roles, and attribute lookups on
# Qt's enums cost more than the rest of `data` (a full screen of cells is over a thousand calls).
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
ANSWERED_ROLES = frozenset({DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, ALIGNMENT_ROLE,
                            int(ID_ROLE), int(VALUE_ROLE)})
RETRY_AFTER_S = 5.0

AnyIndex = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    counted = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(self, source: RowSource, runner: TaskRunner, *, page_size: int = 100,
                 cache_pages: int = 6, parent: Any = None) -> None:
        super().__init__(parent)
        if cache_pages < 3:
            raise ValueError("keep at least three pages: the visible ones and one either side")
        self.source = source
        self.runner = runner
        self.page_size = page_size
        self.cache: PageCache[Page] = PageCache(cache_pages)
        self.filters: dict[str, Any] = {}
        self.order: SortOrder = source.default_order
        self._rows = 0
        self._generation = 0
        self._counting = False
        self._in_flight: set[tuple[int, int]] = set()
        self._wanted: deque[int] = deque()
        self._failed_at: dict[int, float] = {}
        self._dots: dict[str, QIcon] = {}
        self._counted_once = False
        # The record the view's current row shows, and where the latest count found it (None:
        # not found, or the source cannot say): set by the view, read when the model resets.
        self.anchor_id: int | None = None
        self.anchor_row: int | None = None
        # The record the latest count was asked about (None: none): when the view moved on
        # while it ran, its answer says nothing about the record now current.
        self.anchor_asked: int | None = None
        # The filters and order the rows shown were counted under (`filters` and `order` are
        # the next count's as soon as it is asked): what a selection of these rows means.
        self.counted_query: tuple[Mapping[str, Any], SortOrder] = ({}, self.order)
        self._asked_query: tuple[Mapping[str, Any], SortOrder] = ({}, self.order)

    # -- the query ------------------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        self.filters = {key: value for key, value in filters.items()
                        if value is not None and value != ""}
        self.refresh()

    def refresh(self) -> None:
        """Count again under the current filters and order, and find where the anchor record
        stands now; the rows shown stay until then."""
        self._generation += 1
        generation, filters, source = self._generation, dict(self.filters), self.source
        order, anchor = self.order, self.anchor_id
        self._counting = True
        self._asked_query = (filters, order)

        def work(_control: TaskControl) -> tuple[int, int, int | None]:
            number = source.count(filters)
            found = None
            if anchor is not None and isinstance(source, FindsRows):
                found = source.position(filters, order, anchor)
            return number, anchor if anchor is not None else -1, found

        self.runner.submit(f"count {type(source).__name__}", work,
                           succeeded=lambda number: self._on_counted(generation, number),
                           failed=lambda error: self._on_failed(generation, None, error),
                           owner=self)

    def is_loading(self) -> bool:
        return self._counting or bool(self._in_flight) or bool(self._wanted)

    def is_counting(self) -> bool:
        """A count is on its way: the rows shown are about to be replaced."""
        return self._counting

    def has_counted(self) -> bool:
        """Whether a count has answered yet (an empty list before that is not "no rows")."""
        return self._counted_once

    def find_loaded(self, record_id: int) -> int | None:
        """The row of `record_id` among the pages held, if it is there."""
        for page in self.cache.pages():
            rows = self.cache.peek(page)
            for offset, row in enumerate(rows or ()):
                if row[0] == record_id:
                    return page * self.page_size + offset
        return None

    def cell(self, row_number: int, column: int) -> Cell | None:
        """A loaded cell as the cell delegate paints it: one call per cell where Qt's own
        delegate makes seven data() calls. None while the row's page is on its way (the page is
        asked for, as data() does) and for rows that went away since the count."""
        page = row_number // self.page_size
        rows = self.cache.get(page) if row_number < self._rows else None
        if rows is None:
            if row_number < self._rows:
                self._want(page)
            return None
        offset = row_number - page * self.page_size
        found = rows.cells.get((offset, column))
        if found is None and offset < len(rows):
            kind = self.source.columns[column].kind
            value = rows[offset][column + 1]
            found = rows.cells[offset, column] = Cell(
                display(kind, value), alignment(kind),
                kind is Kind.CATEGORY and value in CATEGORY_COLORS)
        return found

    def request_rows(self, first: int, last: int) -> bool:
        """Asks now for the pages holding rows first..last (the rows a view has just scrolled
        to) instead of when a paint finds them missing; True when all of them are held."""
        if self._counting or self._rows == 0:
            return True
        last = min(last, self._rows - 1)
        missing = [page for page in range(max(first, 0) // self.page_size,
                                          last // self.page_size + 1) if page not in self.cache]
        for page in missing:
            self._want(page)
        return not missing

    def row_id(self, row: int) -> int | None:
        rows = self.cache.peek(row // self.page_size)
        offset = row % self.page_size
        return int(rows[offset][0]) if rows is not None and offset < len(rows) else None

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.source.columns)

    # No flags(): QAbstractTableModel's own answer (enabled, selectable, no children; nothing for
    # an invalid index) is the one wanted, and the view asks it for every cell it paints.

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == KEY_ROLE and orientation == Qt.Orientation.Horizontal:
            return self.source.columns[section].key if 0 <= section < len(self.source.columns) \
                else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.source.columns):
                return QCoreApplication.translate("Column", self.source.columns[section].title)
            return None
        return section + 1

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row_number = index.row()
        if row_number >= self._rows:
            return None
        column = self.source.columns[index.column()]
        if role == ALIGNMENT_ROLE:
            return alignment(column.kind)
        page = row_number // self.page_size
        rows = self.cache.get(page)
        if rows is None:
            self._want(page)
            return None
        offset = row_number - page * self.page_size
        if offset >= len(rows):  # rows went away since the count: shown empty until refreshed
            return None
        row = rows[offset]
        if role == ID_ROLE:
            return row[0]
        value = row[index.column() + 1]
        if role == VALUE_ROLE:
            return value
        if role == DECORATION_ROLE:
            if column.kind is Kind.CATEGORY and value in CATEGORY_COLORS:
                return self._dot(value)
            return None
        text = display(column.kind, value)
        if role == TOOLTIP_ROLE:
            return text if len(text) > 24 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.source.columns) or not self.source.columns[column].sortable:
            return
        wanted = SortOrder(self.source.columns[column].key,
                           descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def sort_section(self) -> tuple[int, Qt.SortOrder]:
        """The header section and direction of the current order, for the header's indicator."""
        keys = [column.key for column in self.source.columns]
        section = keys.index(self.order.column) if self.order.column in keys else -1
        direction = Qt.SortOrder.DescendingOrder if self.order.descending else Qt.SortOrder.AscendingOrder
        return section, direction

    def _dot(self, category: str) -> QIcon:
        if category not in self._dots:
            self._dots[category] = dot_icon(CATEGORY_COLORS[category])
        return self._dots[category]

    # -- fetching pages ---------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if (self._generation, page) in self._in_flight or self._counting:
            return
        failed = self._failed_at.get(page)
        if failed is not None and time.monotonic() - failed < RETRY_AFTER_S:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        while len(self._wanted) > self.cache.capacity:
            self._wanted.popleft()
        self._pump()

    def _pump(self) -> None:
        while self._wanted and len(self._in_flight) < MAX_IN_FLIGHT:
            page = self._wanted.pop()  # the most recent request first: where the user is now
            if page not in self.cache:
                self._fetch(page)

    def _fetch(self, page: int) -> None:
        generation = self._generation
        offset = page * self.page_size
        previous = self.cache.peek(page - 1) if page > 0 else None
        after = previous[-1] if previous is not None and len(previous) == self.page_size else None
        source, filters, order, limit = self.source, dict(self.filters), self.order, self.page_size
        self._in_flight.add((generation, page))

        def work(_control: TaskControl) -> list[Row]:
            return source.page(filters, order, offset, limit, after)

        self.runner.submit(f"page {page} of {type(source).__name__}", work,
                           succeeded=lambda rows: self._on_page(generation, page, rows),
                           failed=lambda error: self._on_failed(generation, page, error),
                           owner=self)

    def _on_counted(self, generation: int, answer: tuple[int, int, int | None]) -> None:
        if generation != self._generation:
            return
        number, anchor, found = answer
        self.beginResetModel()
        self._rows = int(number)
        self._counted_once = True
        self.counted_query = self._asked_query
        # Only an answer about the record still wanted counts (the view may have moved on).
        self.anchor_row = found if anchor == self.anchor_id and found is not None \
            and found < self._rows else None
        self.anchor_asked = anchor if anchor != -1 else None
        self.cache.clear()
        self._wanted.clear()
        self._failed_at.clear()
        self._counting = False
        self.endResetModel()
        self.counted.emit(self._rows)

    def _on_page(self, generation: int, page: int, rows: object) -> None:
        self._in_flight.discard((generation, page))
        if generation == self._generation and isinstance(rows, list):
            self.cache.put(page, Page(rows))
            self._failed_at.pop(page, None)
            first = page * self.page_size
            last = min(first + len(rows), self._rows) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))
            self.page_loaded.emit(page)
        self._pump()

    def _on_failed(self, generation: int, page: int | None, error: object) -> None:
        if page is None:
            if generation == self._generation:
                self._counting = False
        else:
            self._in_flight.discard((generation, page))
            self._failed_at[page] = time.monotonic()
        if generation == self._generation:
            log.warning("loading %s failed: %s", type(self.source).__name__, error)
            self.load_failed.emit(str(error))
        self._pump()

    def cached_pages(self) -> list[int]:
        return self.cache.pages()

    def query(self) -> tuple[Mapping[str, Any], SortOrder]:
        return dict(self.filters), self.order
