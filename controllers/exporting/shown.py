"""Exporting a list as it stands on screen: the use case behind every list's "Export…".

The list hands over what it shows — the row source a controller gave it (already masked for
the user's role), its filters and order, and the columns shown with their headings and a
function that words each stored value as the screen does. The rows are read from the source a
page at a time, as the list itself reads them (by key where the order allows, so the millionth
person costs what the first does), and written as they come: memory stays bounded whatever the
list's length. The export is audited under the user's name. In a CSV, the columns whose keys
name codes (resident IDs, phones, buildings, units, doors, codes: the keys the row sources
declare) stay text in a spreadsheet, and no text is run as a formula
(models/exporting/csv_cells.py).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from controllers.exporting.audit import audit_export
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.db.row_source import Filters, RowSource, SortOrder
from models.exporting.files import Cell, ExportCancelled, write_rows
from models.importing.xlsx import Share

log = logging.getLogger("canvass.exporting")

# Share: a value the file shows as a percentage (a list's coverage), for the screen's words.
__all__ = ["Cell", "ExportCancelled", "Share", "ShownColumn", "export_shown_list", "shown_rows"]

PAGE = 1000
# Row-source column keys whose values are codes a spreadsheet must not read as numbers: an ID
# loses its last digits as one, a door or a code its leading zeros.
CODE_KEYS = frozenset({"resident_id", "phone", "building", "unit", "door", "code"})


@dataclass(frozen=True)
class ShownColumn:
    """A column as the list shows it: the source's column key, the heading on screen, and what
    the file holds for a stored value (a word, a number, a date)."""
    key: str
    heading: str
    cell: Callable[[Any], Cell]

    @property
    def kept_as_text(self) -> bool:
        """Whether a CSV keeps the column text (an ID, a phone, a door), by the source's key."""
        return self.key in CODE_KEYS


def shown_rows(source: RowSource, filters: Filters, order: SortOrder,
               columns: Sequence[ShownColumn], page_size: int = PAGE) -> Iterator[list[Cell]]:
    """The list's rows in its order, as cells, read a page at a time."""
    keys = [column.key for column in source.columns]
    positions = [keys.index(column.key) + 1 for column in columns]   # row[0] is the id
    offset, after = 0, None
    while True:
        page = source.page(filters, order, offset, page_size, after)
        for row in page:
            yield [column.cell(row[position]) for column, position in zip(columns, positions)]
        if len(page) < page_size:
            return
        offset, after = offset + len(page), page[-1]


@action(Permission.EXPORT_DATA)
def export_shown_list(database: Database, user: SignedInUser, name: str, title: str,
                      source: RowSource, filters: Mapping[str, Any], order: SortOrder,
                      columns: Sequence[ShownColumn], path: Path | str,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> int:
    """Write the list `name` (its `title` names the sheet) to `path`, .xlsx or .csv by its
    suffix; returns the rows written. `progress(done, total)` as it goes."""
    if not columns:
        raise ValueError("an export needs at least one column")
    total = source.count(filters)

    def reported(done: int) -> None:
        if progress is not None:
            progress(done, max(total, done))

    count = write_rows(path, title, [column.heading for column in columns],
                       shown_rows(source, filters, order, columns), reported, cancelled,
                       [index for index, column in enumerate(columns) if column.kept_as_text])
    audit_export(database, user, name[:32], Path(path), count, filters)
    log.info("exported %s rows of %s to %s", count, name, path)
    return count
