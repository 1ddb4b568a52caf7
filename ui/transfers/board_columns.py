"""Where the Active board's columns stand and how wide they are: the figures a dispatcher scans
for come first and are never cut.

The source (models/transfers/rows.py) lists its columns in the order a trip happens; on screen
the order number, the patient and the status come first, then the minutes (in this step,
overdue, response, at the scene, driving, until dispatched), then the vehicle, the category and
the time of the order, and the destination last, taking what width is left. So at 1366 px, in
Chinese and in English, every minute figure is inside the viewport (tests/ui/transfers/
test_board_columns.py). Headers of the minute columns are short, with the whole meaning as the
header's tooltip (ui/transfers/board_model.py); a text too long for its cell is elided and shown
whole as the cell's tooltip (ui/kit/list_table.py).

Only the header's visual order moves: the model's columns, the columns the user hid, the export
and the row keeper all keep the source's logical order.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from ui.kit.lazy_table_model import LazyTableModel

KEY_FIGURES = ("in_step", "overdue", "response", "at_scene", "drive")
VISUAL_ORDER = ("number", "person", "status", *KEY_FIGURES, "to_dispatch", "plate", "category",
                "ordered_at", "facility")
PADDING = 18   # the cell's margins and, in a header, room for the sort indicator
# (narrowest, widest) in pixels: a column fits its header and its rows within these bounds.
BOUNDS = {
    "number": (110, 140), "person": (64, 100), "status": (80, 112),
    "in_step": (56, 78), "overdue": (56, 78), "response": (56, 78), "at_scene": (56, 78),
    "drive": (56, 78), "to_dispatch": (56, 90), "plate": (84, 110), "category": (90, 120),
    "ordered_at": (90, 110), "facility": (120, 260),
}


def column_keys(model: LazyTableModel) -> list[str]:
    return [column.key for column in model.source.columns]


def arrange(table: QTableView, model: LazyTableModel) -> None:
    """Put the sections in VISUAL_ORDER; the destination, last, stretches into what is left."""
    header = table.horizontalHeader()
    keys = column_keys(model)
    for place, key in enumerate(key for key in VISUAL_ORDER if key in keys):
        header.moveSection(header.visualIndex(keys.index(key)), place)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def fit(table: QTableView, model: LazyTableModel) -> None:
    """Each column as wide as its header and the rows shown need, within BOUNDS."""
    header = table.horizontalHeader()
    for index, key in enumerate(column_keys(model)):
        narrowest, widest = BOUNDS.get(key, (80, 200))
        wanted = max(table.sizeHintForColumn(index), header.sectionSizeHint(index)) + PADDING
        header.resizeSection(index, max(narrowest, min(wanted, widest)))


def right_edges(table: QTableView, model: LazyTableModel) -> dict[str, int]:
    """Where each column's section ends in the viewport, in pixels (what a test checks against
    the viewport's width)."""
    header = table.horizontalHeader()
    return {key: header.sectionViewportPosition(index) + header.sectionSize(index)
            for index, key in enumerate(column_keys(model))}
