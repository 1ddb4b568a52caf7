"""A chart panel as a picture to paste into a report: its title, legend and chart, axes and all.

Grabbing the plot alone lost everything that said what it shows (the title, the legend, since
they moved out of the plot); grabbing the whole panel took the PNG button too. The parts are
drawn where they sit in the panel, on the chart's own background, at twice the screen's
resolution so that lines and type stay sharp on paper.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QGraphicsView, QWidget

SCALE = 2.0
PADDING = 12


def part_rect(panel: QWidget, part: QWidget) -> QRect:
    """Where `part` lies in `panel`'s coordinates (it may sit in a row inside the panel)."""
    return QRect(part.mapTo(panel, QPoint(0, 0)), part.size())


def panel_picture(panel: QWidget, parts: Sequence[QWidget], background: str,
                  scale: float = SCALE) -> QImage:
    """`parts` drawn as laid out in `panel`, cropped to them with a margin; a hidden part (no
    legend, no note) is left out."""
    shown = [part for part in parts if part.isVisibleTo(panel) and not part.size().isEmpty()]
    area = QRect()
    for part in shown:
        area = area.united(part_rect(panel, part))
    width, height = area.width() + 2 * PADDING, area.height() + 2 * PADDING
    image = QImage(round(width * scale), round(height * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        origin = QPoint(PADDING, PADDING) - area.topLeft()
        for part in shown:
            place = part_rect(panel, part).translated(origin)
            if isinstance(part, QGraphicsView):
                # The plot as a scene, drawn anew at the picture's scale: vectors, not pixels.
                part.render(painter, QRectF(place), QRect(QPoint(0, 0), part.size()))
            else:
                QWidget.render(part, painter, place.topLeft(), QRegion(),
                               QWidget.RenderFlag.DrawChildren)
    finally:
        painter.end()
    return image
