"""A selection's records, found by the database: the rows a person selected in a list, as ids.

One statement numbers the list's rows under its filters in the very ORDER BY its pages are read
in (sort value, then id, each database placing NULLs as its pages do: row_source.py
`_page_ids`), keeps the selected row numbers, and carries the list's count beside them. The
count and the rows the list had loaded (`RowSelection.seen`) say whether the list is still the
one the person selected in: another workstation's new or closed case since the selection shifts
every row after it, and then the action refuses rather than act on other records than those
chosen. A selection all of whose rows were loaded needs no statement: its ids are the ones seen.

It runs in the action's own session, so the records found are the records changed, all or none.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.db.row_source import SqlRowSource
from models.selection import MOST_SELECTED, RowSelection, changed, too_many


def selected_ids(session: Session, source: SqlRowSource, selection: RowSelection,
                 limit: int = MOST_SELECTED) -> list[int]:
    """The ids of the selected rows, in list order; SelectionRefused when the selection holds
    more than `limit` rows or the list changed under it."""
    if selection.size > limit:
        raise too_many(selection.size, limit)
    known = selection.loaded_ids()
    if known is not None:
        return known
    source.check_filters(selection.filters)
    found = session.execute(_numbered(source, selection)).all()
    total = int(found[0][2]) if found else None
    if total is None or total != selection.total:
        raise changed(f"{selection.total} rows then, {total or 0} now")
    positions = {int(position): int(ident) for ident, position, _total in found}
    if len(positions) != selection.size:
        raise changed(f"{selection.size} rows selected, {len(positions)} found")
    moved = [row for row, ident in selection.seen.items() if positions.get(row) != ident]
    if moved:
        raise changed(f"row {moved[0] + 1} shows another record now")
    return [positions[row] for row in sorted(positions)]


def _numbered(source: SqlRowSource, selection: RowSelection) -> Any:
    """SELECT id, position, total over the list's filtered rows, the selected positions only.

    A window's row_number over the pages' own ORDER BY gives every row the number the list
    shows it at, and count(*) over the same rows the list's count, in the statement that reads
    the ids: nothing can slip between a count and a read."""
    expressions = source.sort_expressions()
    order = selection.order if selection.order.column in expressions else source.default_order
    sort, ident = expressions[order.column], source.id_column()
    ordering = (sort.desc(), ident.desc()) if order.descending else (sort.asc(), ident.asc())
    walked = source.filtered_ids(selection.filters, order)
    numbered = walked.add_columns(
        (func.row_number().over(order_by=ordering) - 1).label("position"),
        func.count().over().label("total")).subquery("numbered")
    first_column = next(iter(numbered.c))
    position = numbered.c.position
    chosen = or_(*(position.between(first, last) for first, last in selection.ranges))
    return select(first_column, position, numbered.c.total).where(chosen).order_by(position)
