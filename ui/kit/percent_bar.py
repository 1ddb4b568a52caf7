"""A coverage cell as a short bar with its figure: the lagging communities stand out unread."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.kit.lazy_table_model import VALUE_ROLE

TRACK = QColor("#e8edf3")
LOW, MIDDLE, HIGH = QColor("#d9822b"), QColor("#4a90e2"), QColor("#2f8f5b")
BAR_WIDTH, BAR_HEIGHT, GAP = 110, 8, 10


def bar_color(percent: float) -> QColor:
    return LOW if percent < 50 else MIDDLE if percent < 90 else HIGH


class PercentBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(VALUE_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        # The background and selection as any cell, then bar and text on top.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        percent = max(0.0, min(float(value), 100.0))
        rect: QRect = option.rect.adjusted(10, 0, -10, 0)
        width = min(BAR_WIDTH, max(rect.width() - 70, 20))
        top = rect.center().y() - BAR_HEIGHT // 2 + 1
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect.left(), top, width, BAR_HEIGHT, 4, 4)
        painter.setBrush(bar_color(percent))
        painter.drawRoundedRect(rect.left(), top, max(int(width * percent / 100), 0), BAR_HEIGHT, 4, 4)
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text_rect = QRect(rect.left() + width + GAP, rect.top(), rect.width() - width - GAP,
                          rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()
