"""The Active board's rows: a lazy table whose minute tick never resets it.

The minutes each step took move every minute, but the trips on the board do not: a reset every
minute would clear the dispatcher's current row and selection for nothing (issue 19: Ctrl+End,
then the tick, then Ctrl+Return opened another patient's step). So the tick reads the pages it
holds again, in the background, and puts the new figures in place (dataChanged, nothing else).
Only when the rows themselves changed meanwhile (an order finished, another workstation's
dispatch that the change feed has not brought yet) does it count again, which the row keeper
(ui/kit/current_row.py) carries through by record id like any refresh.

`record_left(id)` says, after a reset, whether that count looked for the record and did not find
it on the board: the order was finished, cancelled and disinfected, or belongs to another
station now. The board then leaves no current row instead of the row that moved into its place:
a dispatcher's next Ctrl+Return must never land on a trip they did not choose.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from controllers.browse import Row
from controllers.runtime.tasks import TaskControl
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.table_cells import Page

translate = QCoreApplication.translate
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole

# Compact headers for the minute figures (the source's titles are long in English), with the
# whole meaning as the header's tooltip.
SHORT_TITLES = {
    "to_dispatch": QT_TRANSLATE_NOOP("ActiveBoard", "To dispatch"),
    "response": QT_TRANSLATE_NOOP("ActiveBoard", "Response"),
    "at_scene": QT_TRANSLATE_NOOP("ActiveBoard", "On scene"),
    "drive": QT_TRANSLATE_NOOP("ActiveBoard", "Driving"),
    "in_step": QT_TRANSLATE_NOOP("ActiveBoard", "In step"),
    "overdue": QT_TRANSLATE_NOOP("ActiveBoard", "Overdue"),
}
HINTS = {
    "to_dispatch": QT_TRANSLATE_NOOP("ActiveBoard", "Minutes from the order to the dispatch"),
    "response": QT_TRANSLATE_NOOP(
        "ActiveBoard", "Response time: minutes from the dispatch to the team on scene"),
    "at_scene": QT_TRANSLATE_NOOP("ActiveBoard",
                                  "Minutes at the scene, until the patient was picked up"),
    "drive": QT_TRANSLATE_NOOP("ActiveBoard", "Minutes driving, from the pick-up to the delivery"),
    "in_step": QT_TRANSLATE_NOOP("ActiveBoard", "Minutes in the current step, until now"),
    "overdue": QT_TRANSLATE_NOOP("ActiveBoard",
                                 "Minutes past the current step's limit (the row is red)"),
}


class BoardModel(LazyTableModel):
    """`ticked` after a tick put new minute figures in place (the overdue count follows it)."""

    ticked = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.asked_anchor: int | None = None   # the record the latest count looked for
        self._ticking = False

    def refresh(self) -> None:
        self.asked_anchor = self.anchor_id
        super().refresh()

    def record_left(self, record_id: int | None, asked: int | None) -> bool:
        """After a reset: the count that caused it looked for `record_id` (`asked`: the
        `asked_anchor` as the reset began; a refresh started during the reset asks anew) and
        did not find it on the board."""
        return record_id is not None and asked == record_id and self.anchor_row is None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.source.columns):
            key = self.source.columns[section].key
            if role == DISPLAY and key in SHORT_TITLES:
                return translate("ActiveBoard", SHORT_TITLES[key])
            if role == TOOLTIP:
                return translate("ActiveBoard", HINTS[key]) if key in HINTS \
                    else super().headerData(section, orientation, DISPLAY)
        return super().headerData(section, orientation, role)

    # -- the minute tick ------------------------------------------------------------------------
    def tick(self) -> None:
        """New minute figures for the rows held, read off the UI thread, put in place without a
        reset. Skipped while a count or a page is on its way: those bring fresh figures too."""
        if self._ticking or self.is_loading():
            return
        held = {page: [row[0] for row in rows] for page in self.cache.pages()
                if (rows := self.cache.peek(page)) is not None}
        if not held:
            return
        generation, size = self._generation, self.page_size
        source, filters, order = self.source, dict(self.filters), self.order

        def work(_control: TaskControl) -> dict[int, list[Row]]:
            return {page: source.page(filters, order, page * size, size) for page in held}

        self._ticking = True
        self.runner.submit("minute tick of the active board", work,
                           succeeded=lambda fresh: self._ticked(generation, held, fresh),
                           failed=lambda _error: self._tick_failed(), owner=self)

    def _tick_failed(self) -> None:
        self._ticking = False   # the runner logged it; the next minute tries again

    def _ticked(self, generation: int, held: dict[int, list[Any]],
                fresh: dict[int, list[Row]]) -> None:
        self._ticking = False
        if generation != self._generation:
            return   # a count came meanwhile: its pages are as fresh
        if any([row[0] for row in fresh.get(page, [])] != ids for page, ids in held.items()):
            self.refresh()   # the trips themselves changed: count again, the keeper keeps the row
            return
        last_column = self.columnCount() - 1
        for page, rows in fresh.items():
            if page not in self.cache:
                continue   # scrolled out of the cache meanwhile
            self.cache.put(page, Page(rows))
            first = page * self.page_size
            last = min(first + len(rows), self.rowCount()) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        self.ticked.emit()

    def is_ticking(self) -> bool:
        return self._ticking

