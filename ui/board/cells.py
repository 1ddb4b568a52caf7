"""The board's two worked-out columns: how long each case has waited (from its category's start,
at every paint, so the column moves on while the board stays put) and what holds it, in words.

Waits are measured at the board's moment (models/board/shares.py `BoardShares.as_of`): now on a
live campaign, the evening of the last recorded day when an older database is looked at, so a
demo from February 2020 does not say every case has waited six years."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models.board.rules import Hold
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.formatting import duration
from ui.kit.lazy_table_model import VALUE_ROLE

translate = QCoreApplication.translate
TICK_MS = 60_000          # the board repaints the waits once a minute
LONG_WAIT_HOURS = 24      # a day not where the category says: painted as overdue
OVERDUE_BACKGROUND = QColor("#f9d6d5")
OVERDUE_TEXT = QColor("#9b1c1c")

HOLD_WORDS: dict[str, str] = {
    Hold.PERSUADING: QT_TRANSLATE_NOOP("BoardHolds", "Refused: being persuaded"),
    Hold.UNDER_WAY: QT_TRANSLATE_NOOP("BoardHolds", "Trip under way"),
    Hold.AWAITING_VEHICLE: QT_TRANSLATE_NOOP("BoardHolds", "Awaiting a vehicle"),
    Hold.NO_BED: QT_TRANSLATE_NOOP("BoardHolds", "No bed of the right kind"),
    Hold.AWAITING_DISPATCH: QT_TRANSLATE_NOOP("BoardHolds", "Awaiting dispatch"),
    Hold.NOTHING: QT_TRANSLATE_NOOP("BoardHolds", "Nothing recorded"),
}


NOT_YET_PERSUADED = QT_TRANSLATE_NOOP("BoardHolds", "Refused: no persuasion visit yet")


def hold_text(code: object, visits: object = None) -> str:
    """The words for a hold code (and a refusal's persuasion visits: none yet is said, as the
    next step is then someone's visit); an unknown code (a newer workstation's) reads as stored."""
    if code == Hold.PERSUADING and visits == 0:
        return translate("BoardHolds", NOT_YET_PERSUADED)
    source = HOLD_WORDS.get(str(code))
    return translate("BoardHolds", source) if source else str(code or "")


class WaitingDelegate(QStyledItemDelegate):
    """Paints a start as the time since it, as of `clock()`; past a day, in the overdue colours."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        since = index.data(VALUE_ROLE)
        if not isinstance(since, datetime):
            return
        waited = self.clock() - since
        option.text = duration(waited)
        if waited.total_seconds() >= LONG_WAIT_HOURS * 3600:
            option.backgroundBrush = QBrush(OVERDUE_BACKGROUND)
            option.palette.setColor(option.palette.ColorRole.Text, OVERDUE_TEXT)


class HoldDelegate(QStyledItemDelegate):
    """Paints a hold code as its words; `visits_column` holds a refusal's persuasion visits."""

    def __init__(self, visits_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits_column = visits_column

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        visits = index.sibling(index.row(), self.visits_column).data(VALUE_ROLE)
        option.text = hold_text(index.data(VALUE_ROLE), visits)
