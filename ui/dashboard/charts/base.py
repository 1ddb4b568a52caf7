"""What every dashboard chart shares: the light and the wall's dark palette, day and count axes
sized for their type, hover text with exact values, and the keys its panel shows as a legend.

The charts are read, not explored: mouse zoom and pyqtgraph's own menu are off, so a stray click
on the wall screen cannot leave the commander looking at an empty corner of a plot. Nothing is
drawn over the data but the data: legends live in the panel (ui/dashboard/legend.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QWidget

from ui.dashboard.curve import DAY_S, CountAxis, DayAxis, timestamp
from ui.dashboard.legend import LegendEntry
from ui.kit.appearance import interface_font
from ui.kit.formatting import count, day
from ui.kit.palette import (
    BLUE,
    BLUISH_GREEN,
    ORANGE,
    REDDISH_PURPLE,
    SKY_BLUE,
    VERMILLION,
    Hollow,
    Mark,
)

__all__ = ["DAY_S", "DESK_TEXT_PX", "WALL_TEXT_PX", "ChartBase", "LegendEntry", "Mark", "Palette",
           "timestamp"]

# The wall is read from five metres: its smallest type has a cap height of 18 px or more
# (26 px of the interface font); the desk keeps the house's 12 px.
WALL_TEXT_PX = 26
DESK_TEXT_PX = 12


@dataclass(frozen=True)
class Palette:
    """A chart's colours: the series and the alarm (`accent`) are Okabe-Ito's (ui/kit/palette.py);
    `track` outlines the hollow part of a bar (what is left: beds free, households not reached)."""
    background: str
    axis: str
    grid_alpha: float
    text: str
    series: tuple[str, ...]
    accent: str
    muted: str
    track: str


LIGHT = Palette("#ffffff", "#5b6b7d", 0.15, "#1e2a38",
                (BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE), VERMILLION, "#b8c4d0",
                "#8796a7")
# The wall: light strokes on near-black, thicker lines, nothing thinner than 2 px. Okabe-Ito's
# blue is too dark on it for the bars, so they take its sky blue.
DARK = Palette("#0f1722", "#9fb0c3", 0.12, "#e8eef5",
               (SKY_BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE), VERMILLION, "#3b4a5c",
               "#7d8fa5")


def line_pen(mark: Mark, width: float) -> QPen:
    """A curve's or a rule's pen: its colour and its dash, never only its colour."""
    pen = QPen(QColor(mark.colour), width, mark.dash)
    pen.setCosmetic(True)  # as pyqtgraph's own: the width in pixels, whatever the axes' scale
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def box_brush(mark: Mark) -> QBrush:
    return QBrush(QColor(mark.colour), mark.fill)


def box_pen(mark: Mark, dark: bool) -> QPen:
    """A solid bar needs no edge; a hatched or hollow one is outlined in its colour, so its part
    of a stacked bar has a border however its pattern falls."""
    if mark.fill == Qt.BrushStyle.SolidPattern:
        return QPen(Qt.PenStyle.NoPen)
    return line_pen(mark, 2 if dark else 1.5 if mark.fill == Hollow else 1)


class ChartBase(pg.PlotWidget):
    """A plot with the house axes; subclasses draw in `redraw()`, say what is under the mouse
    in `describe(x, y)` and what their colours mean in `legend_entries()`."""

    days_on_x = True
    horizontal = False  # bars lying down: names on the left axis (ui/dashboard/charts/rows.py)
    described = Signal()  # the legend or the panel's title has new words (not new figures)

    def __init__(self, parent: QWidget | None = None) -> None:
        axes: dict[str, pg.AxisItem] = {"left": CountAxis(orientation="left")}
        if self.horizontal:
            axes = {"left": pg.AxisItem(orientation="left"),
                    "bottom": CountAxis(orientation="bottom")}
        elif self.days_on_x:
            axes["bottom"] = DayAxis(orientation="bottom")
        # No menus: the ViewBox's own (a tree of widgets per chart) is never made at all.
        super().__init__(parent, background=LIGHT.background, axisItems=axes, enableMenu=False)
        self.dark = False
        self.hover_text = ""
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.scene().sigMouseMoved.connect(self._hover)
        self.setMinimumHeight(120)
        self.apply_palette()
        self.build()

    @property
    def palette_now(self) -> Palette:
        return DARK if self.dark else LIGHT

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self.apply_palette()
            self.getPlotItem().clear()
            self.build()
            self.redraw()

    def text_px(self) -> int:
        return WALL_TEXT_PX if self.dark else DESK_TEXT_PX

    def text_font(self) -> QFont:
        """The one size every word in the chart is written in: ticks, axis titles, labels."""
        font = QFont(interface_font())
        font.setPixelSize(self.text_px())
        return font

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.text_font())

    def apply_palette(self) -> None:
        colours = self.palette_now
        self.setBackground(colours.background)
        plot = self.getPlotItem()
        plot.showGrid(x=False, y=not self.horizontal, alpha=colours.grid_alpha)
        font = self.text_font()
        for name in ("bottom", "left", "right"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.axis))
            axis.setTextPen(pg.mkPen(colours.axis))
            axis.setStyle(tickFont=font, tickTextOffset=max(4, self.text_px() // 3))
            axis.label.setFont(font)
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            if isinstance(axis, CountAxis):
                # The wall packs its few lines; the desk's counts breathe.
                axis.gap_px = self.metrics().height() * (1.5 if self.dark else 2.0)
                axis.setStyle(textFillLimits=[(0, 1.01)])  # spaced already: draw them all
        bottom = plot.getAxis("bottom")
        if isinstance(bottom, DayAxis):
            # pyqtgraph drops labels once they fill 40 % of an axis; the day axis already
            # spaces its ticks for its labels, so let them fill it.
            bottom.setStyle(textFillLimits=[(0, 0.95), (2, 0.9), (4, 0.85), (6, 0.8)])
            bottom.label_width = round(self.metrics().horizontalAdvance(
                day(date(2020, 12, 28))) + self.text_px())
        self.size_axes()

    def size_axes(self, top: float = 0.0) -> None:
        """Room for the tick labels and axis titles in the current type: the widest count up
        to `top` on the left, one line (and a title line) at the bottom."""
        plot = self.getPlotItem()
        metrics = self.metrics()
        line = metrics.height()
        bottom = plot.getAxis("bottom")
        titled = bool(bottom.labelText)
        bottom.setHeight(round(line + 10 + (line + 2 if titled else 0)))
        if not self.horizontal:
            left = plot.getAxis("left")
            widest = max(metrics.horizontalAdvance(count(round(top))),
                         metrics.horizontalAdvance("0,000"))
            left.setWidth(round(widest + 14 + (line + 2 if left.labelText else 0)))

    def axis_title(self, name: str, text: str) -> None:
        """An axis title in the chart's type and colour (pyqtgraph's own is 9 pt)."""
        axis = self.getPlotItem().getAxis(name)
        axis.label.setFont(self.text_font())
        axis.setLabel(text, color=self.palette_now.axis)

    def legend_entries(self) -> list[LegendEntry]:
        """What the colours mean, for the panel's legend; none for a chart of one colour."""
        return []

    def symbol_size(self) -> int:
        return 9 if self.dark else 7

    def add_curve(self, mark: Mark, width: float) -> pg.PlotDataItem:
        """A curve in `mark`'s colour, dash and symbol on every point."""
        colour = QColor(mark.colour)
        return self.getPlotItem().plot(
            [], [], pen=line_pen(mark, width), symbol=mark.symbol, symbolSize=self.symbol_size(),
            symbolBrush=colour, symbolPen=pg.mkPen(colour))

    def add_bars(self, mark: Mark, **options: object) -> pg.BarGraphItem:
        """Bars in `mark`'s colour and fill, added to the plot."""
        item = pg.BarGraphItem(brush=box_brush(mark), pen=box_pen(mark, self.dark), **options)
        self.getPlotItem().addItem(item)
        return item

    def add_rule(self, mark: Mark, angle: int = 90) -> pg.InfiniteLine:
        """A marker line across the plot (a median, an average) in `mark`'s colour and dash."""
        item = pg.InfiniteLine(pos=0, angle=angle, pen=line_pen(mark, 3 if self.dark else 2))
        self.getPlotItem().addItem(item)
        return item

    def panel_title(self) -> str | None:
        """A title saying what the chart shows now, when that differs from the panel's own."""
        return None

    def short_panel_title(self) -> str | None:
        """`panel_title` in fewer words, for the wall's title row beside the legend."""
        return None

    def build(self) -> None:
        """Make the plot's items in the current palette; `redraw` only gives them new data.
        Updating items in place is what keeps a refresh of nine charts well under 100 ms of
        the event loop (making them anew took 200 ms)."""

    def redraw(self) -> None:
        """Give the items the last figures."""

    def describe(self, x: float, y: float) -> str | None:
        return None

    def _hover(self, position: QPointF) -> None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(position):
            return
        point = plot.vb.mapSceneToView(position)
        text = self.describe(point.x(), point.y()) or ""
        self.hover_text = text
        # Qt shows the widget's tooltip where the mouse rests, and moves it with the text.
        self.setToolTip(text)


def nearest_day(x: float, days: list[float]) -> int | None:
    """Index of the day whose timestamp is within half a day of `x`."""
    for index, value in enumerate(days):
        if abs(value - x) <= DAY_S / 2:
            return index
    return None
