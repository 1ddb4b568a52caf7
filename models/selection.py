"""A list's selection as the list means it, not as far as its pages happen to be loaded.

A list of 8,583 cases holds a few hundred rows at a time (ui/kit/lazy_table_model.py). Ctrl+A
selects all 8,583, a Shift+click can span rows never fetched: acting on the rows held would
silently drop the rest. So a selection travels as what it is — the filters and the order the
list was counted under, the count it showed, and the row numbers chosen — and the database turns
it into ids (models/db/row_selection.py) inside the action's own transaction. Rows the list had
loaded travel with their ids: the action checks they still stand where the person saw them.

Plain data, no SQL: the ui builds it (ui/kit/selection.py) and the controllers resolve it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.errors import CanvassError, Refusal

if TYPE_CHECKING:
    from models.db.row_source import SortOrder

# The most records one action on a selection changes. Each case of a bulk move is checked and
# written with its history and audit row (8,583 cases in 12 s on SQLite, on the task runner with
# the form saying so): 20,000 is well over the open cases of a district at its peak, and stays
# under half a minute.
MOST_SELECTED = 20_000


class SelectionRefusal(Refusal):
    """Why an action on a selection did nothing."""
    CHANGED = "selection_changed"      # the list changed since the rows were selected
    TOO_MANY = "selection_too_many"    # limit, selected: one action changes at most `limit`


class SelectionRefused(CanvassError):
    """The selection no longer names the records the person chose, or names too many: nothing
    was changed."""


@dataclass(frozen=True)
class RowSelection:
    """Rows `ranges` (first, last: inclusive row numbers, in list order, disjoint) of the list
    under `filters` in `order`, which counted `total` rows. `seen` maps the row numbers of the
    selected rows the list had loaded to their record ids."""

    filters: Mapping[str, Any]
    order: SortOrder
    total: int
    ranges: tuple[tuple[int, int], ...]
    seen: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def of_rows(cls, filters: Mapping[str, Any], order: SortOrder, total: int,
                rows: Sequence[int], seen: Mapping[int, int] | None = None) -> RowSelection:
        """The selection of `rows` (any order, repeats allowed) as ranges."""
        ranges: list[tuple[int, int]] = []
        for row in sorted(set(rows)):
            if ranges and ranges[-1][1] == row - 1:
                ranges[-1] = (ranges[-1][0], row)
            else:
                ranges.append((row, row))
        return cls(dict(filters), order, total, tuple(ranges), dict(seen or {}))

    @property
    def size(self) -> int:
        """How many rows are selected: what the person sees selected."""
        return sum(last - first + 1 for first, last in self.ranges)

    def is_whole(self) -> bool:
        """Every row of the list: the filters themselves are the selection."""
        return self.ranges == ((0, self.total - 1),) and self.total > 0

    def loaded_ids(self) -> list[int] | None:
        """The ids in list order when every selected row was loaded (then they are exactly the
        records the person saw selected); None when some were not."""
        if len(self.seen) < self.size:
            return None
        ids = [self.seen.get(row) for first, last in self.ranges for row in range(first, last + 1)]
        return None if any(ident is None for ident in ids) else [int(i) for i in ids if i is not None]


def changed(detail: str) -> SelectionRefused:
    return SelectionRefused(f"The list changed since the rows were selected: {detail}",
                            SelectionRefusal.CHANGED)


def too_many(selected: int, limit: int = MOST_SELECTED) -> SelectionRefused:
    return SelectionRefused(f"{selected} rows selected; one action changes at most {limit}",
                            SelectionRefusal.TOO_MANY, limit=limit, selected=selected)
