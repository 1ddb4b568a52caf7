"""转运: transfer orders, newest first, with where each one stands and how fast the team came."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse import TransferRows
from controllers.browse.row_source import Kind
from controllers.browse.vocabulary import TRANSFER_STATUSES
from controllers.context import AppContext
from ui.views.filters import ValueFilter
from ui.formatting import count
from ui.views.table_page import TablePage

translate = QCoreApplication.translate


class TransfersView(TablePage):
    live_tables = frozenset({"transfer_order", "facility", "person_case", "person"})
    view_id = "transfers"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, TransferRows(context.database),
                         translate("TransfersView", "Transfers"),
                         translate("TransfersView", "Order number starts with…"))
        self.status = ValueFilter(Kind.TRANSFER_STATUS, TRANSFER_STATUSES,
                                  translate("TransfersView", "All statuses"))
        self.status.on_change(self.apply_filters)
        self.filter_bar.addWidget(self.status)

    def filters(self) -> dict[str, object]:
        return {"number": self.search.text().strip(), "status": self.status.value()}

    def count_text(self, number: int) -> str:
        return translate("TransfersView", "Total: %1", "transfers").replace("%1", count(number))
