"""The orders selected on a transfers list, every one of them: the Active board's or the
history's selection (models/selection.py RowSelection: ranges of rows under the list's filters
and order) turned into order ids by the database (models/db/row_selection.py), for printing
their sheets. The lazy lists hold a few pages; Ctrl+A over a day's 1,026 orders must print
1,026 sheets, or none and say why: never the rows that happened to be loaded.

A batch of sheets is bounded (MOST_SHEETS): beyond it the selection is refused with the
selection's own sentence (ui/kit/refusals/selection.py) before a sheet is read.
"""
from __future__ import annotations

from enum import Enum

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.db.row_selection import selected_ids
from models.db.row_source import SqlRowSource
from models.selection import RowSelection, SelectionRefused, too_many
from models.transfers.rows import ActiveTransferRows, TransferRows

__all__ = ["MOST_SHEETS", "RowSelection", "SelectionRefused", "TransferList", "check_size",
           "selected_orders"]

# The most sheets one print of a selection makes. A busy district day is 1,026 sheets (issue
# 25): 1,500 prints a whole day selected in the history and refuses a week, which is printed
# day by day ("Today's sheets…"). The sheets are painted one after another on the UI thread
# (ui/kit/sheet_printing.py; 100 sheets to one PDF take 1.7 s, README), so the bound also keeps
# one batch under half a minute.
MOST_SHEETS = 1_500


class TransferList(Enum):
    """Which of the view's lists the selection was made in (their rows differ)."""
    ACTIVE = "active"     # the Active board: trips under way, oldest first
    HISTORY = "history"   # every order, newest first, under the history's filters


def _rows(database: Database, shown: TransferList) -> SqlRowSource:
    return ActiveTransferRows(database) if shown is TransferList.ACTIVE else TransferRows(database)


def check_size(selection: RowSelection) -> None:
    """SelectionRefused (too many) when one print of `selection` would exceed MOST_SHEETS:
    said at once, on the UI thread, before anything is read."""
    if selection.size > MOST_SHEETS:
        raise too_many(selection.size, MOST_SHEETS)


@action(Permission.VIEW)
def selected_orders(database: Database, user: SignedInUser, selection: RowSelection,
                    shown: TransferList) -> list[int]:
    """The ids of the orders selected on list `shown`, in list order, loaded there or not.
    SelectionRefused when they are more than MOST_SHEETS, or when the list changed since the
    rows were selected (another workstation's dispatch shifts every row after it)."""
    check_size(selection)
    with read_session(database) as session:
        return selected_ids(session, _rows(database, shown), selection, MOST_SHEETS)
