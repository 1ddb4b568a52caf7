"""What every dashboard chart shares: the light and the wall's dark palette, day and count axes,
hover text with exact values, and saving itself as a PNG.

The charts are read, not explored: mouse zoom and pyqtgraph's own menu are off, so a stray click
on the wall screen cannot leave the commander looking at an empty corner of a plot.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import QWidget

from ui.dashboard.curve import DAY_S, CountAxis, DayAxis, timestamp
from ui.kit.appearance import interface_font

__all__ = ["DAY_S", "ChartBase", "Palette", "timestamp"]


@dataclass(frozen=True)
class Palette:
    background: str
    axis: str
    grid_alpha: float
    text: str
    series: tuple[str, ...]
    accent: str
    muted: str


LIGHT = Palette("#ffffff", "#5b6b7d", 0.15, "#1e2a38",
                ("#2f6fba", "#2f8f5b", "#d35400", "#8e44ad", "#16a085"), "#c0392b", "#b8c4d0")
# The wall: light strokes on near-black, thicker lines, nothing thinner than 2 px.
DARK = Palette("#0f1722", "#9fb0c3", 0.12, "#e8eef5",
               ("#5dade2", "#58d68d", "#f5b041", "#bb8fce", "#48c9b0"), "#ff6b6b", "#3b4a5c")

CATEGORY_COLOURS = {"confirmed": ("#c0392b", "#ff6b6b"), "suspected": ("#d35400", "#f39c12"),
                    "fever": ("#b7950b", "#f7dc6f"), "close_contact": ("#2e6da4", "#5dade2")}


def category_colour(category: str, dark: bool) -> QColor:
    light, wall = CATEGORY_COLOURS.get(category, ("#7b8a9a", "#9fb0c3"))
    return QColor(wall if dark else light)


class ChartBase(pg.PlotWidget):
    """A plot with the house axes; subclasses draw in `redraw()` and say what is under the mouse
    in `describe(x, y)`."""

    days_on_x = True
    horizontal = False  # bars lying down: names on the left axis, counts along the bottom

    def __init__(self, parent: QWidget | None = None) -> None:
        axes: dict[str, pg.AxisItem] = {"left": CountAxis(orientation="left")}
        if self.horizontal:
            axes = {"left": pg.AxisItem(orientation="left"),
                    "bottom": CountAxis(orientation="bottom")}
        elif self.days_on_x:
            axes["bottom"] = DayAxis(orientation="bottom")
        super().__init__(parent, background=LIGHT.background, axisItems=axes)
        self.dark = False
        self.hover_text = ""
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.legend: pg.LegendItem | None = None
        self.scene().sigMouseMoved.connect(self._hover)
        self.setMinimumHeight(200)
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
            # Nine charts and a row of tiles share one 1080-line screen on the wall.
            self.setMinimumHeight(140 if dark else 200)
            self.apply_palette()
            self.getPlotItem().clear()
            if self.legend is not None:
                self.legend.clear()
            self.build()
            self.redraw()

    def point_size(self) -> int:
        return 14 if self.dark else 9

    def apply_palette(self) -> None:
        colours = self.palette_now
        self.setBackground(colours.background)
        plot = self.getPlotItem()
        plot.showGrid(x=False, y=True, alpha=colours.grid_alpha)
        font = QFont(interface_font())
        font.setPointSize(self.point_size())
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.axis))
            axis.setTextPen(pg.mkPen(colours.axis))
            axis.setStyle(tickFont=font)
        bottom = plot.getAxis("bottom")
        if isinstance(bottom, DayAxis):
            # pyqtgraph drops labels once they fill 40 % of an axis; the day axis already
            # spaces its ticks for its labels, so let them fill it.
            bottom.setStyle(textFillLimits=[(0, 0.95), (2, 0.9), (4, 0.85), (6, 0.8)])
            bottom.label_width = 100 if self.dark else 60
        plot.getAxis("left").setWidth(self.left_axis_width())
        plot.getAxis("bottom").setHeight(44 if self.dark else 28)

    def left_axis_width(self) -> int:
        if self.horizontal:
            return 190 if self.dark else 130
        return 90 if self.dark else 60

    def add_legend(self) -> pg.LegendItem:
        plot = self.getPlotItem()
        if self.legend is None:
            self.legend = plot.addLegend(offset=(6, 2))
        # Two to a row: four category names do not fit across a third of the screen.
        self.legend.setColumnCount(2)
        patch = QColor(self.palette_now.background)
        patch.setAlpha(200)
        self.legend.setBrush(pg.mkBrush(patch))  # legible where it lies over bars
        self.legend.setLabelTextColor(self.palette_now.text)
        self.legend.setLabelTextSize(f"{self.point_size()}pt")
        return self.legend

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

    def export_png(self, path: Path) -> bool:
        """The chart as it is on screen, at its on-screen size."""
        image: QPixmap = self.grab()
        return image.save(str(path), "PNG")


def line_label_options(colour: str, position: float, anchor: tuple[int, int],
                       background: str) -> dict[str, object]:
    """A marker line's label on a patch of the plot's background: legible over bars."""
    fill = QColor(background)
    fill.setAlpha(210)
    return {"position": position, "color": colour, "anchors": [anchor, anchor],
            "fill": pg.mkBrush(fill)}


def nearest_day(x: float, days: list[float]) -> int | None:
    """Index of the day whose timestamp is within half a day of `x`."""
    for index, value in enumerate(days):
        if abs(value - x) <= DAY_S / 2:
            return index
    return None
