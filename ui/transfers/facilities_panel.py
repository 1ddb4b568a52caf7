"""The facilities tab: every facility in use with the categories it takes and its beds (total,
taken, free, how full), refreshed live as admissions and discharges change the counters; a full
facility's row is red. "Show retired" brings back the facilities that take nobody any more (a
closed field hospital may still hold patients until they are discharged)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from controllers.runtime.context import AppContext
from controllers.transfers.rows import facility_rows
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.table_page import fit_columns, make_table
from ui.kit.widgets import hbox, vbox
from ui.transfers.board import RowHighlight

translate = QCoreApplication.translate


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
        self.show_retired = QCheckBox(translate("FacilitiesPanel", "Show retired"))
        self.show_retired.toggled.connect(
            lambda on: self.model.set_filters({"with_retired": True} if on else {}))
        self.setLayout(vbox(hbox(1, self.show_retired), self.table, margins=0, spacing=6))

    def _fit_once(self, _page: int) -> None:
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table, self.model)

    def refresh(self) -> None:
        self.model.refresh()

    def is_loading(self) -> bool:
        return self.model.is_loading()
