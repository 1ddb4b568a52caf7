"""Small read-only tables of a detail window (a case's history, a person's visits): filled from
rows of text, each row optionally carrying the id of what it shows, which Enter or a double-click
opens (a contact's case, a household member)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.kit.widgets import shortcut

ID_ROLE = Qt.ItemDataRole.UserRole


def table(headers: Sequence[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAlternatingRowColors(True)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setStretchLastSection(True)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]],
         ids: Sequence[int | None] | None = None) -> None:
    """Put `rows` in the table, each cell's text also its tooltip; `ids[n]` goes with row n."""
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0 and ids is not None and ids[r] is not None:
                item.setData(ID_ROLE, ids[r])
            widget.setItem(r, c, item)


def current_id(widget: QTableWidget) -> int | None:
    """The id of the current row, if it carries one."""
    item = widget.item(widget.currentRow(), 0) if widget.currentRow() >= 0 else None
    value = item.data(ID_ROLE) if item is not None else None
    return int(value) if value is not None else None


def open_rows(widget: QTableWidget, opener: Callable[[int], None]) -> None:
    """Enter, Return or a double-click on a row opens what its id names."""
    def open_current() -> None:
        chosen = current_id(widget)
        if chosen is not None:
            opener(chosen)

    widget.doubleClicked.connect(lambda _index: open_current())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut(key, widget, open_current, Qt.ShortcutContext.WidgetShortcut)
