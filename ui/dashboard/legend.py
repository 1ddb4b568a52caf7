"""A chart's legend as ordinary widgets beside the plot, never over it.

pyqtgraph's legend floats inside the plot and covered bars and lines whenever the figures grew
towards it. This one lives in the panel: in the title row when it fits there, otherwise in a band
of its own under the title; a saved picture carries it with the title (ui/dashboard/picture.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.kit.palette import Mark
from ui.kit.widgets import label


@dataclass(frozen=True)
class LegendEntry:
    """One key and the look of what it names: a box (bars, with their fill), a line (a curve,
    with its dash and symbol) or a rule (a marker such as the median, with its dash)."""
    text: str
    mark: Mark

    @property
    def colour(self) -> str:
        return self.mark.colour


def symbol_path(symbol: str, centre: QPointF, radius: float) -> QPainterPath:
    """pyqtgraph's point symbols the legend uses: circle, triangle, square, diamond."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if symbol == "o":
        path.addEllipse(centre, radius, radius)
    elif symbol == "s":
        path.addRect(QRectF(x - radius * 0.85, y - radius * 0.85, radius * 1.7, radius * 1.7))
    else:
        corners = {"t": [(0, 1), (-1, -1), (1, -1)],     # pyqtgraph's "t" points down
                   "d": [(0, -1), (1, 0), (0, 1), (-1, 0)]}.get(symbol, [(-1, -1), (1, 1)])
        path.moveTo(x + corners[0][0] * radius, y + corners[0][1] * radius)
        for dx, dy in corners[1:]:
            path.lineTo(x + dx * radius, y + dy * radius)
        path.closeSubpath()
    return path


class Swatch(QWidget):
    """One entry drawn as the chart draws it, so the key still matches in grey: the box's fill,
    the line's dash and symbol."""

    def __init__(self, entry: LegendEntry, size: int) -> None:
        super().__init__()
        self.entry = entry
        # A line half as long again as it is high: room for its symbol and a dash either side,
        # and still narrow enough for the wall's legend column (ui/dashboard/panels.py SIDE_SHARE).
        self.setFixedSize(QSize(round(size * 1.5) if entry.mark.shape != "box" else size, size))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.draw(painter)
        finally:
            painter.end()  # PySide6 6.7 crashed later on a painter left to the collector here

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mark = self.entry.mark
        colour = QColor(mark.colour)
        side = self.height()
        if mark.shape == "box":
            inset = side * 0.15
            box = QRectF(inset, inset, side - 2 * inset, side - 2 * inset)
            painter.fillRect(box, QBrush(colour, mark.fill))
            if mark.fill != Qt.BrushStyle.SolidPattern:
                painter.setPen(QPen(colour, max(1.5, side / 10)))
                painter.drawRect(box)
            return
        pen = QPen(colour, max(2.0, side / 8), mark.dash)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        middle = side / 2
        painter.drawLine(QPointF(0, middle), QPointF(self.width(), middle))
        if mark.symbol:
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            painter.drawPath(symbol_path(mark.symbol, QPointF(self.width() / 2, middle),
                                         side * 0.32))


class ChartLegend(QWidget):
    """The keys in one line, or in as many lines as a narrow band needs (`reflow`);
    `set_entries` rebuilds only when they change, so a live refresh of the same figures does
    not relayout the panel."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chartLegend")
        self.entries: tuple[LegendEntry, ...] = ()
        self.text_px = 12
        self.colour = "#1e2a38"
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(2)
        self.keys: list[QWidget] = []       # one swatch and its words each
        self.labels: list[QLabel] = []
        self.breaks: tuple[int, ...] | None = None
        self.width_for: int | None = None
        self.setVisible(False)

    def set_style(self, text_px: int, colour: str) -> None:
        if (text_px, colour) != (self.text_px, self.colour):
            self.text_px, self.colour = text_px, colour
            self._rebuild()

    def set_entries(self, entries: list[LegendEntry] | tuple[LegendEntry, ...]) -> bool:
        """True when the keys changed (the panel then checks where the legend fits)."""
        entries = tuple(entries)
        if entries == self.entries:
            return False
        self.entries = entries
        self._rebuild()
        return True

    def gap(self) -> int:
        return max(12, round(self.text_px * 0.6))

    def one_line_width(self) -> int:
        widths = [key.sizeHint().width() for key in self.keys]
        return sum(widths) + self.gap() * max(len(widths) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest key: the band reflows the keys into lines, so the legend
        never holds a panel wider than the screen gives it."""
        hint = super().minimumSizeHint()
        widest = max((key.sizeHint().width() for key in self.keys), default=0)
        return QSize(widest, hint.height())

    def reflow(self, width: int | None) -> None:
        """Lay the keys out in lines no wider than `width` (None: one line)."""
        self.width_for = width
        breaks: list[int] = []
        used = 0
        for index, key in enumerate(self.keys):
            wide = key.sizeHint().width()
            if index and width is not None and used + self.gap() + wide > width:
                breaks.append(index)
                used = wide
            else:
                used += (self.gap() if index else 0) + wide
        if tuple(breaks) == self.breaks:
            return
        self.breaks = tuple(breaks)
        while self.lines.count():
            item = self.lines.takeAt(0)
            line = item.layout() if item is not None else None
            if line is not None:
                while line.count():
                    line.takeAt(0)
                line.deleteLater()
        starts = [0, *breaks, len(self.keys)]
        for first, after in pairwise(starts):
            line = QHBoxLayout()
            line.setSpacing(self.gap())
            for key in self.keys[first:after]:
                line.addWidget(key)
            line.addStretch(1)
            self.lines.addLayout(line)
        self.updateGeometry()

    def _rebuild(self) -> None:
        for key in self.keys:
            key.deleteLater()
        self.keys, self.labels = [], []
        for entry in self.entries:
            text = label(entry.text, "legendText")
            # Its own sheet: the wall's and the desk's sheets say nothing of legends.
            text.setStyleSheet(f"color: {self.colour}; font-size: {self.text_px}px;")
            key = QWidget()
            row = QHBoxLayout(key)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(max(4, self.text_px // 4))
            # 14 px at least: at 10 a square symbol read as a dot and a hatch as a grey box.
            row.addWidget(Swatch(entry, max(14, round(self.text_px * 0.75))))
            row.addWidget(text)
            self.keys.append(key)
            self.labels.append(text)
        self.breaks = None
        self.reflow(self.width_for)
        self.setVisible(bool(self.entries))

    def texts(self) -> list[str]:
        return [entry.text for entry in self.entries]
