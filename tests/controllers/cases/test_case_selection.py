"""A bulk move on the board's selection acts on every selected case, loaded on the board or not:
the database finds the selected rows' cases under the board's filters and order, or the move
refuses when the board changed under the selection. On both databases."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from controllers.cases.workflow import bulk_change_status, note_selected_cases
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.cases.rows import CaseRows
from models.db.database import Database
from models.db.row_source import SortOrder
from models.enums import CaseStatus, UserRole
from models.schema import Case
from models.selection import RowSelection, SelectionRefusal, SelectionRefused
from tests.support.case_lists import T0, open_cases

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
VIEWER = SignedInUser(None, "zhao", "赵", UserRole.VIEWER)
LATER = T0 + timedelta(hours=1)


def _statuses(database: Database) -> dict[int, str]:
    with database.sessions() as session:
        return {ident: str(status) for ident, status in session.execute(
            select(Case.id, Case.status))}


def _board(database: Database, filters: dict[str, object], order: SortOrder) -> list[int]:
    """The board's ids under `filters` in `order`, as its pages show them."""
    return [row[0] for row in CaseRows(database).page(filters, order, 0, 1_000)]


@pytest.mark.parametrize("order", [SortOrder("person"), SortOrder("status_since", True),
                                   SortOrder("community", True)])
def test_ranges_under_the_filters_and_order_move_exactly_their_cases(
        database: Database, order: SortOrder) -> None:
    _ids, place, _other = open_cases(database, 40, every_other_elsewhere=True)
    filters = {"community_id": place.community_id, "open_only": True}
    shown = _board(database, filters, order)
    assert len(shown) == 20
    rows = [2, 3, 4, 5, 10, 11, 12, 19]
    # Only row 2 was loaded on the board: the others are found by the database.
    selection = RowSelection.of_rows(filters, order, 20, rows, {2: shown[2]})
    assert selection.ranges == ((2, 5), (10, 12), (19, 19)) and selection.loaded_ids() is None
    moved = bulk_change_status(database, DISPATCHER, selection, "verified", "核实", LATER)
    assert moved == len(rows)
    statuses = _statuses(database)
    assert {i for i, s in statuses.items() if s == CaseStatus.VERIFIED} == {shown[r] for r in rows}


def test_a_whole_selection_is_the_filter_itself(database: Database) -> None:
    ids, _place, other = open_cases(database, 30, every_other_elsewhere=True)
    filters = {"community_id": other.community_id, "status": "identified", "open_only": True}
    order = CaseRows.default_order
    selection = RowSelection.of_rows(filters, order, 15, range(15))
    assert selection.is_whole()
    assert note_selected_cases(database, DISPATCHER, selection, "已通知家属", LATER) == 15
    assert bulk_change_status(database, DISPATCHER, selection, "awaiting_transfer", "待送治",
                              LATER) == 15
    statuses = _statuses(database)
    assert [statuses[i] for i in ids[1::2]] == ["awaiting_transfer"] * 15
    assert [statuses[i] for i in ids[0::2]] == ["identified"] * 15


def test_a_board_changed_under_the_selection_is_refused_and_nothing_moves(
        database: Database) -> None:
    open_cases(database, 12)
    order = CaseRows.default_order
    shown = _board(database, {"open_only": True}, order)
    # Counted 11 then: a case came in since (another workstation).
    stale = RowSelection.of_rows({"open_only": True}, order, 11, range(11))
    with pytest.raises(SelectionRefused) as refused:
        bulk_change_status(database, DISPATCHER, stale, "verified", "核实", LATER)
    assert refused.value.code is SelectionRefusal.CHANGED
    # Same count, but the row the person saw at the top is elsewhere now.
    moved_on = RowSelection.of_rows({"open_only": True}, order, 12, range(3, 9), {3: shown[0]})
    with pytest.raises(SelectionRefused):
        bulk_change_status(database, DISPATCHER, moved_on, "verified", "核实", LATER)
    # Rows past the end of the list as it is now.
    shrunk = RowSelection.of_rows({"open_only": True}, order, 12, [10, 11, 12, 13])
    with pytest.raises(SelectionRefused):
        bulk_change_status(database, DISPATCHER, shrunk, "verified", "核实", LATER)
    assert set(_statuses(database).values()) == {"identified"}


def test_a_selection_takes_the_right_to_move_cases(database: Database) -> None:
    open_cases(database, 3)
    selection = RowSelection.of_rows({}, CaseRows.default_order, 3, range(3))
    with pytest.raises(PermissionDenied):
        bulk_change_status(database, VIEWER, selection, "verified", "核实", LATER)
    assert set(_statuses(database).values()) == {"identified"}
