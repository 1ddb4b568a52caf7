"""Small layout helpers, so each view reads as what it shows rather than as layout plumbing."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

Item = QWidget | QLayout | int | None  # an int is a stretch; None is skipped


def _fill(layout: QBoxLayout, items: tuple[Item, ...], margins: int, spacing: int) -> QBoxLayout:
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    for item in items:
        if item is None:
            continue
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def hbox(*items: Item, margins: int = 0, spacing: int = 8) -> QHBoxLayout:
    return _fill(QHBoxLayout(), items, margins, spacing)  # type: ignore[return-value]


def vbox(*items: Item, margins: int = 0, spacing: int = 8) -> QVBoxLayout:
    return _fill(QVBoxLayout(), items, margins, spacing)  # type: ignore[return-value]


def label(text: str, name: str = "", *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def named_label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    """A QLabel the style sheet finds by `name` ("formError", "pageTitle"): what
    QLabel(text, objectName=name, wordWrap=wrap) does, which PySide's stubs do not type."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def dot_icon(color: QColor, size: int = 12) -> QIcon:
    """A filled circle with a white rim: legible on a white chip and on a chip of its own colour."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


class ElidedLabel(QLabel):
    """A one-line label that gives up width gracefully ("/home/…/canvass.sqlite3") instead of
    forcing its whole text's width onto the window; the full text is in the tooltip."""

    def __init__(self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(text)
        self.mode = mode
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        text = self.fontMetrics().elidedText(self.text(), self.mode, area.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(area, int(self.alignment()), text)
        painter.end()
