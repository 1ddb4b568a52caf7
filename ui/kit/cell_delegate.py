"""The list views' cell painter: a loaded cell's text drawn with one call into the model.

Qt's own delegate cost about 120 µs a cell, 20 ms for a screen of 160 cells: seven calls from
C++ into Python for the roles (font, alignment, colours, check state, decoration, text), the
style's option set-up, and the text elided again on every paint. This delegate makes one call
per cell (`LazyTableModel.cell`, whose text is formatted once per page), elides the text once
per cell width (kept in the page's `Cell.drawn`) and draws it where QCommonStyle puts it, in
the same font and colour: the pixels are the same (tests/ui/kit/test_cell_delegate.py compares).

Every cell whose look the style owns — selected, focused, hovered, a cell with a category dot —
goes through Qt's delegate as before. A row whose page has not arrived paints nothing over the
row background the view has already drawn, which is what Qt's delegate showed there too.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.kit.lazy_table_model import LazyTableModel

State = QStyle.StateFlag
# States whose look the style owns (highlight, focus frame, hover): painted by Qt's delegate.
# Plain ints: flag arithmetic on Qt's Python enums costs microseconds a cell.
STYLED_STATES = (State.State_Selected | State.State_HasFocus | State.State_MouseOver).value
ENABLED, ACTIVE = State.State_Enabled.value, State.State_Active.value
NORMAL, INACTIVE = QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive
DISABLED, TEXT = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
COLOR_STATES = ENABLED | ACTIVE
LOOK_CHANGES = frozenset({QEvent.Type.StyleChange, QEvent.Type.PaletteChange,
                          QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange})


class CellDelegate(QStyledItemDelegate):
    """Paints the plain cells of a LazyTableModel itself; hands every other cell to Qt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style: QStyle | None = None
        self._style_number = 0
        self._insets = (0, 0, 0, 0)
        self._colors: dict[int, QColor] = {}
        self._right_to_left = False
        self._metrics: tuple[QFont, QFontMetrics] | None = None
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in LOOK_CHANGES:   # the padding, colours or direction may differ now
            self._style = None
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, LazyTableModel):
            super().paint(painter, option, index)
            return
        cell = model.cell(index.row(), index.column())
        if self._style is None:
            self._learn_look(option)
        state = option.state.value
        if state & STYLED_STATES or self._right_to_left or (cell is not None and cell.dotted):
            super().paint(painter, option, index)
            return
        if cell is None or not cell.text:
            return   # a row on its way or an empty cell: the row background is all there is
        rect = option.rect
        font = option.font
        shown = cell.drawn
        if (shown is None or shown[0] != rect.width() or shown[1] != self._style_number
                or shown[2] != font):
            shown = cell.drawn = self._elide(cell.text, option, font)
        left, top, right, bottom = self._insets
        painter.setFont(font)
        painter.setPen(self._colors[state & COLOR_STATES])
        painter.drawText(rect.adjusted(left, top, -right, -bottom), cell.alignment, shown[3])

    def _elide(self, text: str, option: QStyleOptionViewItem,
               font: QFont) -> tuple[int, int, QFont, str]:
        """The text as it fits the cell now, with what it was worked out for."""
        left, _top, right, _bottom = self._insets
        width = option.rect.width()
        if self._metrics is None or self._metrics[0] != font:
            self._metrics = (QFont(font), QFontMetrics(font))
        metrics = self._metrics[1]
        room = width - left - right
        shown = text if metrics.horizontalAdvance(text) <= room \
            else metrics.elidedText(text, option.textElideMode, room)
        return (width, self._style_number, self._metrics[0], shown)

    def _learn_look(self, option: QStyleOptionViewItem) -> None:
        """What every plain cell shares, asked of the style once and again only when the view's
        style, palette or direction changes: how far inside the cell the style puts text (item
        padding under a style sheet, the focus frame's margin) and the text colour in each
        state (QCommonStyle's choice: disabled, inactive window, active window)."""
        self._colors = {}
        for enabled in (0, ENABLED):
            for active in (0, ACTIVE):
                group = (NORMAL if active else INACTIVE) if enabled else DISABLED
                self._colors[enabled | active] = option.palette.color(group, TEXT)
        self._right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        probe = QStyleOptionViewItem(option)
        probe.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        probe.text = "x"
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        outer = option.rect
        self._insets = (box.left() - outer.left() + margin, box.top() - outer.top(),
                        outer.right() - box.right() + margin, outer.bottom() - box.bottom())
        self._style = style
        self._style_number += 1
