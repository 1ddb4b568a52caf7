"""A selection's rows as ids: loaded rows are taken as seen, the rest found in the list's own
order, and a selection larger than one action changes is refused before any query."""
from __future__ import annotations

import pytest

from models.cases.rows import CaseRows
from models.db.database import Database
from models.db.row_selection import selected_ids
from models.db.row_source import SortOrder
from models.selection import RowSelection, SelectionRefusal, SelectionRefused
from tests.support.case_lists import open_cases


def test_ranges_in_list_order_and_loaded_rows_as_seen(database: Database) -> None:
    open_cases(database, 25)
    source, order = CaseRows(database), SortOrder("person", descending=True)
    shown = [row[0] for row in source.page({}, order, 0, 100)]
    selection = RowSelection.of_rows({}, order, 25, [24, 0, 7, 8, 9, 0])
    assert selection.ranges == ((0, 0), (7, 9), (24, 24)) and selection.size == 5
    with database.sessions() as session:
        assert selected_ids(session, source, selection) == [shown[r] for r in (0, 7, 8, 9, 24)]
        # Every selected row loaded: its ids are the ones the person saw, no query needed.
        seen = RowSelection.of_rows({}, order, 25, [1, 2], {1: 111, 2: 222})
        assert selected_ids(session, source, seen) == [111, 222]


def test_more_than_one_action_changes_is_refused(database: Database) -> None:
    open_cases(database, 6)
    selection = RowSelection.of_rows({}, CaseRows.default_order, 6, range(6))
    with database.sessions() as session, pytest.raises(SelectionRefused) as refused:
        selected_ids(session, CaseRows(database), selection, limit=5)
    assert refused.value.code is SelectionRefusal.TOO_MANY
    assert dict(refused.value.params) == {"limit": 5, "selected": 6}
