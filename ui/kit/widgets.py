"""Small widget and layout helpers, so each view reads as what it shows rather than as plumbing."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPaintEvent, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.kit.qt_time import qdate

Item = QWidget | QLayout | int | None  # an int is a stretch; None is skipped
Box = TypeVar("Box", bound=QBoxLayout)


def _fill(layout: Box, items: tuple[Item, ...], margins: int, spacing: int) -> Box:
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
    return _fill(QHBoxLayout(), items, margins, spacing)


def vbox(*items: Item, margins: int = 0, spacing: int = 8) -> QVBoxLayout:
    return _fill(QVBoxLayout(), items, margins, spacing)


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


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str, on: QWidget,
             slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    """A key on `on` that calls `slot`: what QShortcut(keys, on, activated=slot) does, which
    PySide's stubs do not type. A standard key binds every sequence the platform gives it (as
    QShortcut(standard_key, …) does); wrap it in QKeySequence for the first one only.

    A key meant for a widget (WidgetShortcut, WidgetWithChildrenShortcut) acts only while the
    widget's window is the active one: Qt matches such a key against the widget that last had the
    keyboard, so an Enter typed into a dialog just opened, before the window system has given the
    dialog the keyboard, would otherwise open the list's row behind it."""
    key = QShortcut(on)
    if isinstance(keys, QKeySequence.StandardKey):
        key.setKeys(keys)
    else:
        key.setKey(QKeySequence(keys))
    key.setContext(context)
    if context in (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut):
        key.activated.connect(lambda: on.isActiveWindow() and slot())
    else:
        key.activated.connect(slot)
    return key


def filled_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item a fill put at (row, column). Qt answers None for an empty cell; here that is a
    programming error (the cell was never filled), raised at once rather than as an AttributeError
    on None."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at row {row}, column {column}")
    return item


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


def day_edit(day: date) -> QDateEdit:
    """A day to choose, typed as 2020-02-20 or picked from a calendar."""
    edit = QDateEdit(qdate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does, the default: Enter) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
