"""A fetched page as the table paints it: the rows, plus each painted cell's text worked out
once for the life of the page.

Formatting a value (a date in the locale, a translated label) and laying its text out are the
costly part of painting a cell, and a screen of cells is painted again and again while it stays
put (the page arriving, selection moving, the window uncovered). The page keeps what it took so
the next paint draws it directly; when the page cache forgets the page, all of it goes too.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from controllers.browse import Row


class Cell:
    """One loaded cell: its display text and alignment, whether it carries a category dot, and
    `drawn`, where the cell delegate keeps the text it prepared for the cell's current size."""

    __slots__ = ("alignment", "dotted", "drawn", "text")
    alignment: int

    def __init__(self, text: str, alignment: Qt.AlignmentFlag, dotted: bool) -> None:
        self.text = text
        self.alignment = alignment.value  # a plain int: QPainter.drawText takes it as is
        self.dotted = dotted
        self.drawn: Any = None


class Page(list[Row]):
    """A page of rows (a plain list to everything that reads rows) and the cells painted so far,
    keyed by (row within the page, column)."""

    __slots__ = ("cells",)

    def __init__(self, rows: list[Row]) -> None:
        super().__init__(rows)
        self.cells: dict[tuple[int, int], Cell] = {}
