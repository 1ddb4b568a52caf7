"""What every list view shares: a title, a count, a filter bar and a lazy table.

Keys every list answers the same way: Ctrl+F goes to its search box; Down or Enter there goes
into the list (Enter: to the first row found, and opens it when it is the only one: an ID's last
digits and Enter open the person or the case); Enter on a row opens it. The table keeps its
current row through refreshes (ui/kit/list_table.py), remembers the columns each user hid, and
says so when nothing matches. A new search or filter shows the top of its result; a save or
another workstation's write keeps the current record."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLineEdit, QPushButton, QTableView, QWidget

from controllers.browse import Kind, RowSource
from controllers.runtime.context import AppContext
from ui.kit.cell_delegate import CellDelegate
from ui.kit.export_list import export_button, export_table
from ui.kit.formatting import count
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.list_table import ListTable
from ui.kit.live import FollowsChanges
from ui.kit.percent_bar import PercentBarDelegate
from ui.kit.widgets import hbox, label, shortcut, vbox

ROW_HEIGHT = 34
SEARCH_DELAY_MS = 300
COLUMN_WIDTHS = {Kind.TEXT: 160, Kind.WRITTEN: 160, Kind.COUNT: 90, Kind.PERCENT: 200, Kind.DATETIME: 120,
                 Kind.MINUTES: 90, Kind.AREA_KIND: 100, Kind.CATEGORY: 120,
                 Kind.CASE_STATUS: 110, Kind.TEAM_KIND: 120, Kind.TRANSFER_STATUS: 110}
WIDEST_COLUMN = 320


def fit_columns(table: QTableView, model: LazyTableModel) -> None:
    """Widen columns to the header and the rows now visible, within sensible bounds."""
    header = table.horizontalHeader()
    for index, column in enumerate(model.source.columns):
        wanted = max(table.sizeHintForColumn(index), header.sectionSizeHint(index)) + 16
        header.resizeSection(index, max(COLUMN_WIDTHS.get(column.kind, 150),
                                        min(wanted, WIDEST_COLUMN)))


def make_table(model: LazyTableModel, context: AppContext | None = None) -> ListTable:
    """A table the staff can scan: whole-row selection, zebra rows, header sort on real columns.
    Its cells are painted by CellDelegate (one call into the model per cell) and a jump waits a
    moment for its rows (ListTable): a million-row list jumps to its end in well under 50 ms.
    With `context`, the columns the signed-in user hides stay hidden next time."""
    table = ListTable()
    table.setModel(model)
    if context is not None:
        table.remember_columns(context.settings, context.user.username, type(model.source).__name__)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setItemDelegate(CellDelegate(table))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for index, column in enumerate(model.source.columns):
        header.resizeSection(index, COLUMN_WIDTHS.get(column.kind, 150))
        if column.kind is Kind.PERCENT:
            table.setItemDelegateForColumn(index, PercentBarDelegate(table))
    header.setStretchLastSection(False)
    section, direction = model.sort_section()
    header.setSortIndicator(section, direction)
    table.setSortingEnabled(True)

    def keep_indicator_on_the_real_order(_section: int, _order: Qt.SortOrder) -> None:
        # Clicking a column the source cannot sort leaves the order as it was: say so.
        real_section, real_direction = model.sort_section()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (real_section, real_direction):
            header.blockSignals(True)
            header.setSortIndicator(real_section, real_direction)
            header.blockSignals(False)

    header.sortIndicatorChanged.connect(keep_indicator_on_the_real_order)
    return table


class TablePage(FollowsChanges, QWidget):
    """A list view: subclasses add their filters to `filter_bar` and describe the count."""

    activated = Signal()

    def __init__(self, context: AppContext, source: RowSource, title: str,
                 search_placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.model = LazyTableModel(source, context.tasks, parent=self)
        self.table = make_table(self.model, context)
        self.title = label(title, "pageTitle")
        self.subtitle = label("", "pageSubtitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)   # the hint says Ctrl+F: keep it readable
        self.search.setMaximumWidth(280)
        self.search.setVisible(bool(search_placeholder))
        self.refresh_button = QPushButton(QCoreApplication.translate("TablePage", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        # What the list shows, as a file: for the roles that may take data out.
        self.export_button = export_button(context, self.export_shown)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.installEventFilter(self)
        self._first_row_wanted = False
        self._open_single = False
        self._opener: Callable[[QModelIndex], None] | None = None
        if search_placeholder:
            find = shortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search,
                            Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.activatedAmbiguously.connect(self._focus_innermost_search)
        self.filter_bar = hbox(self.search)
        # Subclasses insert their rows into `page_box` (title, filters, table, from the top).
        self.page_box = vbox(
            hbox(vbox(self.title, self.subtitle, spacing=2), 1, self.export_button,
                 self.refresh_button),
            hbox(self.filter_bar, 1),
            self.table, margins=24, spacing=14)
        self.setLayout(self.page_box)
        self.model.counted.connect(self._show_count)
        self.model.counted.connect(self._first_row_if_wanted)
        self.model.counted.connect(lambda _number: self.loading_finished())
        self.model.page_loaded.connect(lambda _page: self.loading_finished())
        self.model.page_loaded.connect(self._fit_columns_once)
        self._activated_once = False
        self._columns_fitted = False

    def open_rows_with(self, opener: Callable[[QModelIndex], None]) -> None:
        """A double-click, Enter or Return on a row (or Open in its menu) calls `opener` with
        the row's index."""
        self.table.doubleClicked.connect(opener)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.table, lambda: opener(self.table.currentIndex()),
                     Qt.ShortcutContext.WidgetShortcut)
        self.table.row_menu.add(QCoreApplication.translate("TablePage", "Open"),
                                lambda: opener(self.table.currentIndex()), "Return")
        self.opens_single_match(opener)

    def opens_single_match(self, opener: Callable[[QModelIndex], None]) -> None:
        """Enter in the search box opens the row found when it is the only one."""
        self._opener = opener
        self.table.record_changed.connect(self._open_single_when_known)

    # -- the search box ---------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected to be typed over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_innermost_search(self) -> None:
        """Ctrl+F where lists nest (the vehicles tab inside the teams view): the search box of
        the list the keyboard is in."""
        widget = QApplication.focusWidget()
        while widget is not None and not (isinstance(widget, TablePage)
                                          and widget.search.isVisibleTo(widget)):
            widget = widget.parentWidget()
        (widget if isinstance(widget, TablePage) else self).focus_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and not event.modifiers():
            if event.key() == Qt.Key.Key_Down:
                self.enter_list(first=False)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter_list(first=True)
                return True
        return super().eventFilter(watched, event)

    def enter_list(self, *, first: bool) -> None:
        """From the search box into the list: the search typed is applied now if it is still
        waiting, and the first row found becomes current (Enter), or the row that was (Down)."""
        searching = self._search_timer.isActive()
        if searching:
            self._search_timer.stop()
            self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._open_single = first and self._opener is not None
        if searching or self.model.is_counting():
            self._first_row_wanted = first or not self.table.currentIndex().isValid()
        elif first or not self.table.currentIndex().isValid():
            self._go_to_first_row()
            self._open_single_when_known(self.table.current_record())

    def _first_row_if_wanted(self, _number: int) -> None:
        if self._first_row_wanted:
            self._first_row_wanted = False
            self._go_to_first_row()
            self._open_single_when_known(self.table.current_record())

    def _open_single_when_known(self, record: object) -> None:
        """The only row found, once its record is here: opened (Enter in the search box)."""
        if not self._open_single or record is None or self._first_row_wanted:
            return
        self._open_single = False
        if self.model.rowCount() == 1 and self._opener is not None:
            self._opener(self.table.currentIndex())

    def _go_to_first_row(self) -> None:
        if self.model.rowCount() != 1:
            self._open_single = False   # only the one row found is opened at once
        if self.model.rowCount() > 0:
            header = self.table.horizontalHeader()
            column = next((c for c in range(header.count()) if not header.isSectionHidden(c)), 0)
            self.table.setCurrentIndex(self.model.index(0, column))
            self.table.scrollToTop()

    def filters(self) -> dict[str, object]:
        """The filters the bar shows now; subclasses add theirs to the search text."""
        return {}

    def apply_filters(self) -> None:
        """Count under the filters shown. Every list comes here, for a new search and for a
        refresh alike: new filters start the result at its top, the same ones keep the current
        record (ui/kit/current_row.py)."""
        if self.table.keeper is not None:
            self.table.keeper.set_filters(self.filters())
        else:
            self.model.set_filters(self.filters())

    def export_shown(self) -> None:
        """Export… : the rows under the filters shown, the columns shown, as a file."""
        export_table(self, self.context, self.table, self.title.text())

    def refresh(self) -> None:
        self.apply_filters()

    def activate(self) -> None:
        """Shown by the navigation: load on first show, later the data stays where it was."""
        if not self._activated_once:
            self._activated_once = True
            self._stale = False
            self.refresh()
        else:
            self.refresh_if_stale()
        self.activated.emit()

    def is_loading(self) -> bool:
        return self.model.is_loading()

    def count_text(self, number: int) -> str:
        return QCoreApplication.translate("TablePage", "Total: %1", "rows").replace(
            "%1", count(number))

    def _fit_columns_once(self, _page: int) -> None:
        # Once, on the first rows: later the user's own column widths are left alone.
        if not self._columns_fitted:
            self._columns_fitted = True
            fit_columns(self.table, self.model)

    def _show_count(self, number: int) -> None:
        self.subtitle.setText(self.count_text(number))
