"""Printing the sheets of every order selected on a transfers list, loaded there or not.

The Active board and the history are lazy lists holding a few pages: Ctrl+A over a day's
orders selects rows the list never fetched, and reading the selection row by row printed only
the rows held, without a word (issue 25). Here the selection travels as the list means it
(ui/kit/selection.py: ranges, filters, order, count), the database finds its orders
(controllers/transfers/selection.py) on the task runner, and their sheets are read in the same
background call. The dialog is the usual print dialog (ui/kit/sheet_printing.py), opened at
once so that Ctrl+P, Enter prints as before; only its reading of the sheets is this one.

Refused, it prints nothing and says why in the dialog: the list changed since the rows were
selected, or the selection is larger than one batch prints (MOST_SHEETS, said before the
dialog opens).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTableView, QWidget

from controllers.paper.transfer_sheet import sheets_of_transfers
from controllers.runtime.context import AppContext
from controllers.transfers.selection import RowSelection, TransferList, selected_orders
from models.errors import CanvassError
from ui.kit.background import load_in_background
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.refusals.selection import selection_error_text
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.selection import row_selection
from ui.kit.sheet_printing import PrintSheetsDialog, Say, SheetsAndPapers, with_papers


@dataclass(frozen=True)
class ChosenOrders:
    """The orders selected on list `shown` of the transfers view: every selected row."""

    selection: RowSelection
    shown: TransferList

    @classmethod
    def of(cls, table: QTableView, model: LazyTableModel, shown: TransferList
           ) -> ChosenOrders | None:
        """The table's selection (its current row when none is selected); None when no row
        is chosen."""
        selection = row_selection(table, model)
        return None if selection is None else cls(selection, shown)

    @property
    def size(self) -> int:
        return self.selection.size


class SelectedSheetsDialog(PrintSheetsDialog):
    """PrintSheetsDialog for `chosen`: the orders are found, then their sheets read, in one
    call on the task runner as the dialog opens."""

    def __init__(self, context: AppContext, chosen: ChosenOrders, heading: str, say: Say,
                 parent: QWidget | None = None) -> None:
        self.chosen = chosen
        super().__init__(context, [], heading, say, parent)

    def _load(self) -> None:
        """Replaces the dialog's reading of given ids (its one place that reads sheets)."""
        database, user, chosen = self.context.database, self.context.user, self.chosen

        def read() -> SheetsAndPapers:
            ids = selected_orders(database, user, chosen.selection, chosen.shown)
            return with_papers(database, user, sheets_of_transfers(database, user, ids))

        load_in_background(self.context.tasks, self, "selected transfer sheets", read,
                           loaded=self._loaded, refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        """A selection's refusal in its own sentence; a sheet's as the dialog says it."""
        self._print_when_loaded = False
        self.show_message(selection_error_text(error) or sheets_error_text(error))
