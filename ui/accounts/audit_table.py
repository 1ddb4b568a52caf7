"""The audit log's table model: the lazy list every screen uses, whose action, record and
changes columns read in the interface language.

Those three columns hold stored values (an action code, a RecordName, FieldChanges), which the
list's generic formatter would show as Python reprs. Their text is worked out here once per
loaded row, into the page's cell cache the cell delegate paints from, and answered for
data() too (tooltips, the elided-text check, tests), so a row costs its words once.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from controllers.browse import Kind, Row
from ui.accounts.audit_words import action_text, change_lines, changes_text, record_text
from ui.kit.formatting import alignment
from ui.kit.lazy_table_model import DISPLAY_ROLE, TOOLTIP_ROLE, VALUE_ROLE, LazyTableModel
from ui.kit.table_cells import Cell

ACTION, RECORD, CHANGES = 2, 3, 4   # the source's columns (row[0] is the entry's id)
WORDED = frozenset({ACTION, RECORD, CHANGES})
LEFT = alignment(Kind.TEXT)


def cell_text(row: Row, column: int) -> str:
    """The words of one of the worded columns of a loaded row."""
    _ident, _at, _username, action, record, changes = row
    if column == ACTION:
        return action_text(action)
    if column == RECORD:
        return record_text(record)
    return changes_text(action, record.table, changes)


def detail_lines(row: Row) -> list[str]:
    """Every changed field of an entry, one a line, for the pane under the table."""
    _ident, _at, _username, action, record, changes = row
    return change_lines(action, record.table, changes)


class AuditTableModel(LazyTableModel):
    def loaded_row(self, row_number: int) -> Row | None:
        """The row's stored values once its page is here; None before."""
        rows = self.cache.peek(row_number // self.page_size)
        offset = row_number % self.page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    def cell(self, row_number: int, column: int) -> Cell | None:
        if column in WORDED:
            rows = self.cache.peek(row_number // self.page_size)
            offset = row_number % self.page_size
            if rows is not None and offset < len(rows) and (offset, column) not in rows.cells:
                rows.cells[offset, column] = Cell(cell_text(rows[offset], column), LEFT, False)
        return super().cell(row_number, column)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE) and index.isValid() \
                and index.column() in WORDED:
            if super().data(index, VALUE_ROLE) is None:   # asks for the page if it is missing
                return None
            row = self.loaded_row(index.row())
            if row is None:
                return None
            if role == TOOLTIP_ROLE:
                return "\n".join(detail_lines(row)) if index.column() == CHANGES else None
            return cell_text(row, index.column())
        return super().data(index, role)
