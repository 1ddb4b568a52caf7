"""The orders selected on the Active board or in the history, found by the database from the
selection's ranges under the list's filters and order, for printing their sheets: exactly the
rows selected, loaded or not; refused when the list changed under the selection or the
selection is larger than one batch of sheets. On both databases."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from controllers.transfers.selection import MOST_SHEETS, TransferList, selected_orders
from models.db.database import Database
from models.db.row_source import SortOrder
from models.schema import TransferOrder
from models.selection import RowSelection, SelectionRefusal, SelectionRefused
from models.transfers.rows import ActiveTransferRows, TransferRows
from tests.support.factories import signed_in
from tests.support.transfer_lists import orders_under_way

VIEWER = signed_in("viewer", "zhao")


def test_history_ranges_under_its_order_are_exactly_their_orders(database: Database) -> None:
    orders = orders_under_way(database, 30)
    newest_first = list(reversed(orders.ids))
    order = TransferRows.default_order
    rows = [0, 1, 2, 7, 8, 20, 29]
    # Only row 7 was loaded in the list: the others are found by the database.
    selection = RowSelection.of_rows({}, order, 30, rows, {7: newest_first[7]})
    assert selection.loaded_ids() is None
    assert selected_orders(database, VIEWER, selection, TransferList.HISTORY) == \
        [newest_first[row] for row in rows]


def test_a_filtered_history_sorted_by_number_keeps_its_filter(database: Database) -> None:
    orders = orders_under_way(database, 24)
    with database.sessions.begin() as session:      # eight of them delivered
        session.execute(update(TransferOrder).where(TransferOrder.id.in_(orders.ids[::3]))
                        .values(status="delivered"))
    filters = {"status": "dispatched"}
    order = SortOrder("number", descending=True)
    shown = [row[0] for row in TransferRows(database).page(filters, order, 0, 100)]
    assert len(shown) == 16
    whole = RowSelection.of_rows(filters, order, 16, range(16))
    assert whole.is_whole()
    assert selected_orders(database, VIEWER, whole, TransferList.HISTORY) == shown


def test_the_active_board_selection_is_the_board_in_its_order(database: Database) -> None:
    orders = orders_under_way(database, 25)
    board = ActiveTransferRows(database)
    assert [row[0] for row in board.page({}, board.default_order, 0, 100)] == orders.ids
    selection = RowSelection.of_rows({}, board.default_order, 25, range(5, 25))
    assert selected_orders(database, VIEWER, selection, TransferList.ACTIVE) == orders.ids[5:]


def test_a_list_changed_under_the_selection_is_refused(database: Database) -> None:
    orders = orders_under_way(database, 12)
    board = ActiveTransferRows.default_order
    with database.sessions.begin() as session:      # another workstation cancels one
        session.execute(update(TransferOrder).where(TransferOrder.id == orders.ids[3])
                        .values(status="cancelled"))
    counted_then = RowSelection.of_rows({}, board, 12, range(12))
    with pytest.raises(SelectionRefused) as refused:
        selected_orders(database, VIEWER, counted_then, TransferList.ACTIVE)
    assert refused.value.code is SelectionRefusal.CHANGED
    # Same count in the history, but the row seen at the top shows another order now.
    seen_top = RowSelection.of_rows({}, TransferRows.default_order, 12, range(6),
                                    {0: orders.ids[0]})
    with pytest.raises(SelectionRefused):
        selected_orders(database, VIEWER, seen_top, TransferList.HISTORY)


def test_more_than_one_batch_of_sheets_is_refused_before_any_read(database: Database) -> None:
    too_many = RowSelection.of_rows({}, TransferRows.default_order, MOST_SHEETS + 5,
                                    range(MOST_SHEETS + 1))
    with pytest.raises(SelectionRefused) as refused:
        selected_orders(database, VIEWER, too_many, TransferList.HISTORY)
    assert refused.value.code is SelectionRefusal.TOO_MANY
    assert refused.value.params == {"limit": MOST_SHEETS, "selected": MOST_SHEETS + 1}
