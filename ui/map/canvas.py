"""The map's canvas: pan with the mouse (or the arrow keys), zoom with the wheel (or + and -),
0 fits the district; a click on a community, facility or vehicle says which (`picked`); the
legend and the scale bar are drawn over it in screen pixels, sized to the screen (the wall's
1080 lines get larger type than a laptop's)."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from controllers.browse.vocabulary import CATEGORIES
from models.map.spots import Place
from ui.kit.labels import category
from ui.kit.palette import category_look
from ui.map import texts
from ui.map.layers import (
    COMMUNITY,
    COVERAGE_COLOURS,
    COVERAGE_STEPS,
    FACILITY,
    FACILITY_COLOUR,
    IDENT,
    KIND,
    NO_REGISTER,
    PLACE_LOOKS,
    STATION_COLOUR,
    VEHICLE,
    MapLayers,
)
from ui.map.tiles import TileLayer

translate = QCoreApplication.translate
ZOOM_STEP = 1.25
CLICK_SLOP = 4          # pixels the mouse may move between press and release for a click
MIN_SCALE, MAX_SCALE = 0.002, 2.0   # pixels per metre: the whole province to a street


class MapCanvas(QGraphicsView):
    picked = Signal(str, int)     # kind (community, facility, vehicle), its id

    def __init__(self, parent: QWidget | None = None) -> None:
        self.map_scene = QGraphicsScene()
        super().__init__(self.map_scene, parent)
        self.layers = MapLayers(self.map_scene)
        self.setObjectName("mapCanvas")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        # Every item sets its own pen and brush: the painter's state need not be saved around each.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.dark = False
        self.fitted = False
        self._pressed_at: QPoint | None = None
        self.tiles: TileLayer | None = None     # an optional folder of tiles underneath
        self.setBackgroundBrush(QBrush(QColor("#fbfaf7")))

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.setBackgroundBrush(QBrush(QColor("#0b121b" if dark else "#fbfaf7")))
        self.layers.set_dark(dark)

    # -- zoom and pan -----------------------------------------------------------------------
    def fit(self) -> None:
        rect = self.layers.content_rect()
        if rect.isEmpty():
            return
        margin = max(rect.width(), rect.height()) * 0.04
        # Room around the district, as much each way: panning may go past its edge, never
        # endlessly (a scene rect the items' would follow every marker that moves).
        room = 2 * max(rect.width(), rect.height())
        self.map_scene.setSceneRect(rect.adjusted(-room, -room, room, room))
        shown = rect.adjusted(-margin, -margin, margin, margin)
        self.fitInView(shown, Qt.AspectRatioMode.KeepAspectRatio)
        # Then again with the legend's width kept free on the left: it covers nothing at first.
        if self.pixels_per_metre() > 0:
            legend = (self.legend_width() + 24) / self.pixels_per_metre()
            self.fitInView(shown.adjusted(-legend, 0, 0, 0), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True
        self.layers.set_scale(self.pixels_per_metre())
        self.show_tiles()

    def show_tiles(self) -> None:
        """The tiles under what is on screen now (a pan, a zoom, a resize)."""
        if self.tiles is not None and self.layers.projection is not None:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            self.tiles.show(self.layers.projection, shown, self.pixels_per_metre())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.show_tiles()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_tiles()

    def legend_width(self) -> int:
        font = QFont(self.font())
        font.setPixelSize(self.type_size())
        font.setBold(True)
        metrics = QFontMetrics(font)
        size = self.type_size()
        return max(metrics.horizontalAdvance(words) for _s, _c, words in self._legend_rows()) \
            + size * 3

    def pixels_per_metre(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        scale = self.pixels_per_metre()
        factor = min(max(factor, MIN_SCALE / scale), MAX_SCALE / scale)
        self.scale(factor, factor)
        self.layers.set_scale(self.pixels_per_metre())
        self.show_tiles()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # -- clicks -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        at = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None \
                or (at - pressed).manhattanLength() > CLICK_SLOP:
            return
        picked = self.item_at(at)
        if picked is not None:
            self.picked.emit(*picked)

    def item_at(self, at: QPoint) -> tuple[str, int] | None:
        """The topmost community, facility or vehicle under `at` (viewport pixels)."""
        for item in self.items(at):
            kind = item.data(KIND)
            if kind in (COMMUNITY, FACILITY, VEHICLE) and item.isVisible():
                return str(kind), int(item.data(IDENT))
        return None

    def tip_at(self, at: QPoint) -> str:
        """The hover text at `at` (viewport pixels): the topmost drawn item's that has one."""
        for item in self.items(at):
            if item.isVisible():
                text = self.layers.tip(item)
                if text:
                    return text
        return ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- legend and scale bar ---------------------------------------------------------------
    def type_size(self) -> int:
        """The legend's type: the wall's is never under its 26 px (resources/wall.qss)."""
        if self.dark:
            return max(26, round(self.viewport().height() / 40))
        return max(12, round(self.viewport().height() / 64))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.type_size()
        font = QFont(self.font())
        font.setPixelSize(size)
        painter.setFont(font)
        self._draw_legend(painter, size)
        self._draw_scale(painter, size)
        painter.restore()

    def _legend_rows(self) -> list[tuple[str, str, str]]:
        """(shape, colour, words) from top to bottom."""
        edges = ("0", *(f"{round(step * 100)}" for step in COVERAGE_STEPS), "100")
        rows: list[tuple[str, str, str]] = [("title", "", translate("MapView", "Households with an outcome"))]
        for index, colour in enumerate(COVERAGE_COLOURS):
            rows.append(("swatch", colour, f"{edges[index]}–{edges[index + 1]}%"))
        rows.append(("swatch", NO_REGISTER, translate("MapView", "no households registered")))
        rows.append(("triangle", STATION_COLOUR, translate("MapView", "Police station")))
        rows.append(("square", FACILITY_COLOUR, translate("MapView", "Facility: beds free / total")))
        if self.layers.vehicles_shown:
            for place in (Place.STATION, Place.TO_SCENE, Place.SCENE, Place.TO_FACILITY):
                colour, shape = PLACE_LOOKS[place]
                rows.append((shape, colour, translate("MapView", "Vehicle %1").replace(
                    "%1", texts.place_text(place))))
        shown = [c for c in CATEGORIES if c in self.layers.shown_categories]
        if shown:
            rows.append(("title", "", translate("MapView", "Open cases (density)")))
            rows.extend(("circle", category_look(c).colour, category(c)) for c in shown)
        return rows

    def _draw_legend(self, painter: QPainter, size: int) -> None:
        rows = self._legend_rows()
        line = round(size * 1.45)
        metrics = painter.fontMetrics()
        width = max(metrics.horizontalAdvance(words) for _s, _c, words in rows) + size * 3
        box = QRectF(12, self.viewport().height() - 12 - line * len(rows) - size,
                     width, line * len(rows) + size)
        text_colour = QColor("#f2f2f2" if self.dark else "#1f1f1f")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(21, 33, 49, 225) if self.dark else QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 6, 6)
        for index, (shape, colour, words) in enumerate(rows):
            top = box.top() + size / 2 + index * line
            mark = QRectF(box.left() + size * 0.6, top + (line - size) / 2, size, size)
            painter.setPen(QPen(QColor("#4d4d4d"), 1))
            painter.setBrush(QColor(colour) if colour else Qt.BrushStyle.NoBrush)
            if shape == "swatch":
                painter.drawRect(mark)
            elif shape == "circle":
                painter.drawEllipse(mark)
            elif shape == "square":
                painter.drawRect(mark.adjusted(2, 2, -2, -2))
            elif shape == "triangle":
                painter.drawPolygon([QPointF(mark.center().x(), mark.top()), mark.bottomRight(),
                                     mark.bottomLeft()])
            elif shape == "diamond":
                c = mark.center()
                painter.drawPolygon([QPointF(c.x(), mark.top()), QPointF(mark.right(), c.y()),
                                     QPointF(c.x(), mark.bottom()), QPointF(mark.left(), c.y())])
            painter.setPen(text_colour)
            left = box.left() + (size * 0.6 if shape == "title" else size * 2.1)
            font = painter.font()
            font.setBold(shape == "title")
            painter.setFont(font)
            painter.drawText(QRectF(left, top, box.width(), line),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), words)

    def _draw_scale(self, painter: QPainter, size: int) -> None:
        per_metre = self.pixels_per_metre()
        if per_metre <= 0:
            return
        target = self.viewport().width() / 6 / per_metre
        power = 10 ** math.floor(math.log10(target))
        metres = max(step * power for step in (1, 2, 5) if step * power <= target)
        length = metres * per_metre
        right = self.viewport().width() - 24
        bottom = self.viewport().height() - 20
        colour = QColor("#f2f2f2" if self.dark else "#1f1f1f")
        painter.setPen(QPen(colour, 3))
        painter.drawLine(QPointF(right - length, bottom), QPointF(right, bottom))
        for x in (right - length, right):
            painter.drawLine(QPointF(x, bottom - size / 2), QPointF(x, bottom))
        painter.drawText(QRectF(right - length, bottom - size * 2, length, size * 1.5),
                         int(Qt.AlignmentFlag.AlignCenter), texts.distance_text(metres))
