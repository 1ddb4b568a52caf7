"""The case board's time in status: how long each case has sat in its status ("6 h"), worked
out from the status's start at every paint so it moves on while the board stays put, and painted
overdue past its status's limit (models/cases/timing.py). The column sorts by the start itself
(status_since, indexed): the longest wait first when ascending."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from models.cases.timing import overdue_by, time_in_status
from ui.kit.formatting import duration, moment
from ui.kit.labels import case_status
from ui.kit.lazy_table_model import VALUE_ROLE

translate = QCoreApplication.translate
OVERDUE_BACKGROUND = QColor("#f9d6d5")
OVERDUE_TEXT = QColor("#9b1c1c")
TICK_MS = 60_000          # the board repaints the column once a minute


class TimeInStatusDelegate(QStyledItemDelegate):
    """Paints the status_since column as a duration; `status_column` holds the status whose
    limit applies. `clock` is the workstation's now (a test gives its own)."""

    def __init__(self, status_column: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.status_column = status_column
        self.clock = clock

    def facts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, datetime] | None:
        since = index.data(VALUE_ROLE)
        status = index.sibling(index.row(), self.status_column).data(VALUE_ROLE)
        return (str(status), since) if isinstance(since, datetime) and status else None

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        facts = self.facts(index)
        if facts is None:
            return
        status, since = facts
        now = self.clock()
        option.text = duration(time_in_status(since, now))
        if overdue_by(status, since, now) is not None:
            option.backgroundBrush = QBrush(OVERDUE_BACKGROUND)
            option.palette.setColor(option.palette.ColorRole.Text, OVERDUE_TEXT)
            font = QFont(option.font)
            font.setBold(True)
            option.font = font

    def text_for(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """What the tooltip says: the status and how long, since when, and how far overdue."""
        facts = self.facts(index)
        if facts is None:
            return ""
        status, since = facts
        now = self.clock()
        text = translate("CaseBoard", "%1 for %2, since %3").replace("%1", case_status(status)) \
            .replace("%2", duration(time_in_status(since, now))).replace("%3", moment(since))
        over = overdue_by(status, since, now)
        if over is not None:
            text += translate("CaseBoard", " (overdue by %1)").replace("%1", duration(over))
        return text

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        text = self.text_for(index)
        if not text:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), text, view)
        return True
