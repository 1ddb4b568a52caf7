"""The colours Canvass marks things with, and what besides colour tells them apart.

One man in twelve does not see red and green apart, and a chart photocopied for the morning
meeting or shown on a worn wall projector loses its hue altogether. So every colour here is one
of Okabe and Ito's eight, chosen to stay distinct in the common colour blindnesses, and no two
colours that share a chart are closer in lightness than MIN_LIGHTNESS_GAP (CIE L*): the four
categories keep their order from dark to light in grey (close contact, confirmed, fever,
suspected). Colour still is not enough to name a series: each also has its own dash and symbol
(curves) or fill (bars), so a chart printed in grey reads the same as on the screen.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

# Okabe & Ito, "Color Universal Design" (2008): the eight colours and their names.
BLACK = "#000000"
ORANGE = "#e69f00"
SKY_BLUE = "#56b4e9"
BLUISH_GREEN = "#009e73"
YELLOW = "#f0e442"
BLUE = "#0072b2"
VERMILLION = "#d55e00"
REDDISH_PURPLE = "#cc79a7"
OKABE_ITO = (BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE)

# The closest two colours of one chart may come in lightness (0-100): vermillion and reddish
# purple, the confirmed and the fever lines, are 6.8 apart; dash and symbol tell them apart too.
MIN_LIGHTNESS_GAP = 6.5

Solid, Dash, Dot, DashDot = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
                             Qt.PenStyle.DashDotLine)
# Fills a stacked bar's parts differ by in grey: solid, diagonal lines, level lines, half-tone.
Filled, Hatched, Lined, HalfTone, Hollow = (
    Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class Mark:
    """How one series is drawn. `shape` is "box" (a bar), "line" (a curve through the days) or
    "rule" (a marker line across the plot: a median, an average). A line has a `dash` and a
    pyqtgraph `symbol` on its points; a box a `fill` (solid, hatched, or hollow: an outline)."""
    colour: str
    shape: str = "box"
    dash: Qt.PenStyle = Solid
    symbol: str | None = None
    fill: Qt.BrushStyle = Filled

    def look(self) -> tuple[str, Qt.PenStyle, str | None, Qt.BrushStyle]:
        """Everything but the colour: what is left of the mark in grey."""
        return self.shape, self.dash, self.symbol, self.fill

    def recoloured(self, colour: str) -> Mark:
        return Mark(colour, self.shape, self.dash, self.symbol, self.fill)


@dataclass(frozen=True)
class CategoryLook:
    """A category's colour (the same on the desk and the wall), its curve's dash and symbol,
    and its part of a stacked bar's fill."""
    colour: str
    dash: Qt.PenStyle
    symbol: str
    fill: Qt.BrushStyle

    def line(self) -> Mark:
        return Mark(self.colour, "line", self.dash, self.symbol)

    def box(self) -> Mark:
        return Mark(self.colour, "box", fill=self.fill)


CATEGORY_LOOKS = {
    "confirmed": CategoryLook(VERMILLION, Solid, "o", Filled),
    "suspected": CategoryLook(ORANGE, Dash, "t", Hatched),
    "fever": CategoryLook(REDDISH_PURPLE, Dot, "s", Lined),
    "close_contact": CategoryLook(BLUE, DashDot, "d", HalfTone),
}
UNKNOWN_CATEGORY = CategoryLook("#7b8a9a", Solid, "x", Filled)


def category_look(category: str) -> CategoryLook:
    return CATEGORY_LOOKS.get(category, UNKNOWN_CATEGORY)


def lightness(colour: str | QColor) -> float:
    """CIE L* (0 black - 100 white) of an sRGB colour: how light it prints in grey."""
    qcolor = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    y = (0.2126 * linear(qcolor.redF()) + 0.7152 * linear(qcolor.greenF())
         + 0.0722 * linear(qcolor.blueF()))
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27
