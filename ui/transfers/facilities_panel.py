"""The facilities tab: every facility with the categories it takes and its beds (total, taken,
free, how full), refreshed live as admissions and discharges change the counters; a full
facility's row is red."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from controllers.runtime.context import AppContext
from controllers.transfers.rows import facility_rows
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.table_page import fit_columns, make_table
from ui.kit.widgets import vbox
from ui.transfers.board import RowHighlight


class FacilitiesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = facility_rows(context.database, context.user)
        self.model = LazyTableModel(rows, context.tasks, parent=self)
        self.table = make_table(self.model, context)
        # A full facility is the alarm here, not a high percentage: no coverage-coloured bar.
        full = RowHighlight(rows.column_index("beds_free"), lambda v: v == 0, self.table)
        self.table.setItemDelegate(full)
        self.table.setItemDelegateForColumn(rows.column_index("occupancy"), full)
        self.model.page_loaded.connect(self._fit_once)
        self._fitted = False
        self.setLayout(vbox(self.table, margins=0))

    def _fit_once(self, _page: int) -> None:
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table, self.model)

    def refresh(self) -> None:
        self.model.refresh()

    def is_loading(self) -> bool:
        return self.model.is_loading()
