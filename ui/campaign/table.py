"""The campaign's communities as a Qt item model: a thin adapter over the rows the controller
read (a campaign covers at most the district's 200 communities: all of them are in hand, and
sorting is the view's own). The laggards are marked in the text colour and a column of their
own, not by colour alone."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from controllers.campaign.actions import CommunityProgress
from models.translatable import QT_TRANSLATE_NOOP
from ui.campaign.texts import status_text
from ui.kit.formatting import count
from ui.kit.palette import VERMILLION

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _order(row: CommunityProgress) -> str:
    return row.order.status if row.order is not None else ""


COLUMNS: tuple[tuple[str, Callable[[CommunityProgress], Any]], ...] = (
    (QT_TRANSLATE_NOOP("Campaign", "Community"), lambda row: row.name),
    (QT_TRANSLATE_NOOP("Campaign", "Station"), lambda row: row.station),
    (QT_TRANSLATE_NOOP("Campaign", "Open doors"), lambda row: row.open_now),
    (QT_TRANSLATE_NOOP("Campaign", "Target today"), lambda row: row.target_today),
    (QT_TRANSLATE_NOOP("Campaign", "Done today"), lambda row: row.done_today),
    (QT_TRANSLATE_NOOP("Campaign", "Done to date"), lambda row: row.done_to_date),
    (QT_TRANSLATE_NOOP("Campaign", "Planned to date"), lambda row: row.planned_to_date),
    (QT_TRANSLATE_NOOP("Campaign", "Gap"), lambda row: row.gap),
    (QT_TRANSLATE_NOOP("Campaign", "Behind"), lambda row: row.behind),
    (QT_TRANSLATE_NOOP("Campaign", "Not screened"), lambda row: row.persons_open),
    (QT_TRANSLATE_NOOP("Campaign", "Supervision order"), _order),
)
BEHIND = 8


class CommunityProgressModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CommunityProgress] = []

    def set_rows(self, rows: list[CommunityProgress]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate("Campaign", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        value = COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == BEHIND:
                return translate("Campaign", "Behind") if value else ""
            if index.column() == len(COLUMNS) - 1:
                return status_text(value) if value else ""
            return count(value) if isinstance(value, int) else str(value)
        if role == SORT_ROLE:
            return int(value) if isinstance(value, bool) else value
        if role == Qt.ItemDataRole.ForegroundRole and row.behind:
            return QColor(VERMILLION)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int) \
                and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.community_id
        return None
