"""Paging a list the way a view does, under every order a person can choose: the pages must agree
with reading the whole list at once."""
from __future__ import annotations

from controllers.browse import SortOrder
from models.communities.household_rows import GapRows
from models.db.row_source import Filters, Row, SqlRowSource


def orders_offered(source: SqlRowSource | GapRows) -> list[SortOrder]:
    """The list's default order and every column a person can sort by, both directions."""
    keys = [source.default_order.column]
    keys += [column.key for column in source.columns if column.sortable
             and column.key not in keys]
    return [SortOrder(key, descending) for key in keys for descending in (False, True)]


def walk(source: SqlRowSource | GapRows, filters: Filters, order: SortOrder, size: int,
         by_key: bool) -> list[Row]:
    """The pages a view fetches while a person pages down to the end."""
    rows: list[Row] = []
    while True:
        after = rows[-1] if by_key and rows else None
        page = source.page(filters, order, len(rows), size, after=after)
        rows += page
        if len(page) < size:
            return rows
