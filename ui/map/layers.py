"""The map's drawn layers on one QGraphicsScene, in metres east and south of the district's
middle (a local equirectangular projection: longitude scaled by cos(latitude), exact enough
across a district's 30 km).

Outlines become QPainterPath items once, when the outlines change; a refresh only recolours
them and moves the markers, so panning and zooming never rebuild anything. Markers (stations,
facilities, vehicles) keep their size in pixels at every zoom; the open-case density is an
image in metres, so it stays over its communities as the map zooms.
"""
from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from models.map.geometry import MultiPolygon
from models.map.spots import CommunitySpot, MapFigures, Place
from ui.kit.palette import BLACK, BLUE, BLUISH_GREEN, ORANGE, SKY_BLUE, VERMILLION, category_look
from ui.map import texts

METRES_PER_DEGREE = 6_371_008.8 * math.pi / 180
KIND, IDENT, VEHICLE_ID = 0, 1, 2   # QGraphicsItem.data keys: what an item is, its record
COMMUNITY, FACILITY, STATION, VEHICLE, CASES = ("community", "facility", "station", "vehicle",
                                                "cases")
# Households with an outcome, light (few) to dark (all): one hue, so it reads in grey too.
COVERAGE_STEPS = (0.2, 0.4, 0.6, 0.8)
COVERAGE_COLOURS = ("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d")
NO_REGISTER = "#d9d9d9"
RING_METRES = 350.0
PLACE_LOOKS = {   # colour and marker: told apart in grey by shape
    Place.STATION: ("#7b8a9a", "circle"),
    Place.TO_SCENE: (ORANGE, "triangle"),
    Place.SCENE: (VERMILLION, "diamond"),
    Place.TO_FACILITY: (SKY_BLUE, "square"),
}
FACILITY_COLOUR, STATION_COLOUR = BLUISH_GREEN, BLACK
# The open-case density: each community's cases spread as a Gaussian of DENSITY_SIGMA metres
# around its point, drawn on a raster of DENSITY_METRES_PER_PIXEL (twice that, or four times,
# over an area that would take more than DENSITY_MOST_PIXELS: a city's five districts, where a
# Gaussian of σ 250 m is still three pixels wide and as smooth); the busiest community of
# the category reaches DENSITY_PEAK (of 255) alone, one case DENSITY_FLOOR of that (seen on the
# darkest coverage), the others between by the square root; neighbours' densities add up.
DENSITY_SIGMA = 250.0
DENSITY_METRES_PER_PIXEL = 40.0
DENSITY_MOST_PIXELS = 2_000_000
DENSITY_PEAK = 170
DENSITY_FLOOR = 0.35
DENSITY_STOPS = 12
SHOWN_AT_FIRST = ("confirmed", "suspected")   # the categories whose density a map opens with


def density_image(spots: list[tuple[QPointF, int]],
                  colour: QColor) -> tuple[QImage, QPointF, float]:
    """The category's density as an image in `colour` (its alpha the density), the scene
    position of its top-left corner and the metres of one of its pixels (DENSITY_METRES_PER_PIXEL
    or a power of two times it, to keep within DENSITY_MOST_PIXELS). Drawn by
    Qt: one Gaussian sprite stamped a community at its opacity, added up
    (CompositionMode_Plus) on an alpha-only image (a quarter of the bytes of a coloured one),
    whose bytes then become the colour's through a table of 256 alphas."""
    if not spots:
        empty = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        empty.fill(Qt.GlobalColor.transparent)
        return empty, QPointF(), DENSITY_METRES_PER_PIXEL
    reach = 3 * DENSITY_SIGMA
    left = min(p.x() for p, _ in spots) - reach
    top = min(p.y() for p, _ in spots) - reach
    right = max(p.x() for p, _ in spots) + reach
    bottom = max(p.y() for p, _ in spots) + reach
    scale = DENSITY_METRES_PER_PIXEL
    while (right - left) * (bottom - top) > DENSITY_MOST_PIXELS * scale * scale:
        scale *= 2
    image = QImage(max(1, math.ceil((right - left) / scale)),
                   max(1, math.ceil((bottom - top) / scale)), QImage.Format.Format_Alpha8)
    image.fill(0)
    sprite = _sprite(scale)
    half = sprite.width() / 2
    busiest = max(number for _, number in spots)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    for point, number in spots:
        painter.setOpacity(DENSITY_PEAK / 255 * (DENSITY_FLOOR + (1 - DENSITY_FLOOR)
                                                 * math.sqrt(number / busiest)))
        painter.drawImage(QPointF((point.x() - left) / scale - half,
                                  (point.y() - top) / scale - half), sprite)
    painter.end()
    # The summed alpha becomes the category's colour, at that alpha: the same bytes read as
    # indexes into (colour, alpha 0 … 255).
    image.reinterpretAsFormat(QImage.Format.Format_Indexed8)
    rgb = colour.rgb() & 0xFFFFFF
    image.setColorTable([alpha << 24 | rgb for alpha in range(256)])
    return (image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), QPointF(left, top),
            scale)


_SPRITES: dict[float, QImage] = {}


def _sprite(scale: float) -> QImage:
    """A Gaussian of DENSITY_SIGMA as an alpha-only image, out to three sigmas, at full
    strength in its middle (made once a pixel size, on the UI thread like every drawing)."""
    kept = _SPRITES.get(scale)
    if kept is not None:
        return kept
    radius = 3 * DENSITY_SIGMA / scale
    size = 2 * math.ceil(radius) + 1
    sprite = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    sprite.fill(Qt.GlobalColor.transparent)
    middle = size / 2
    gradient = QRadialGradient(QPointF(middle, middle), radius)
    for step in range(DENSITY_STOPS + 1):
        at = step / DENSITY_STOPS     # 0 … 3 sigma
        gradient.setColorAt(at, QColor(255, 255, 255, round(255 * math.exp(-4.5 * at * at))))
    painter = QPainter(sprite)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(QPointF(middle, middle), radius, radius)
    painter.end()
    sprite = sprite.convertToFormat(QImage.Format.Format_Alpha8)   # only its alpha is stamped
    _SPRITES[scale] = sprite
    return sprite


def coverage_colour(share: float | None) -> str:
    if share is None:
        return NO_REGISTER
    return COVERAGE_COLOURS[sum(share >= step for step in COVERAGE_STEPS)]


class Projection:
    """lon/lat ↔ scene metres around (lon0, lat0)."""

    def __init__(self, lon0: float, lat0: float) -> None:
        self.lon0, self.lat0 = lon0, lat0
        self.kx = math.cos(math.radians(lat0)) * METRES_PER_DEGREE

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.lon0) * self.kx, -(lat - self.lat0) * METRES_PER_DEGREE)

    @classmethod
    def around(cls, spots: Iterable[CommunitySpot]) -> Projection:
        places = [(s.longitude, s.latitude) for s in spots]
        if not places:
            return cls(114.3, 30.6)
        return cls(sum(p[0] for p in places) / len(places), sum(p[1] for p in places) / len(places))


def outline_path(shape: MultiPolygon, projection: Projection) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)   # holes stay holes
    for polygon in shape:
        for ring in polygon:
            path.addPolygon(QPolygonF([projection.point(x, y) for x, y in ring]))
            path.closeSubpath()
    return path


_LOOKS: dict[tuple[str, float, str, str], tuple[QPen, QBrush, QRectF | QPolygonF]] = {}


def marker(shape: str, size: float, colour: str, outline: str = "#ffffff") -> QGraphicsItem:
    """A marker `size` pixels across, whatever the zoom. The pen, brush and outline are made
    once a look and shared (a city's map has a thousand markers)."""
    look = _LOOKS.get((shape, size, colour, outline))
    if look is None:
        half = size / 2
        pen = QPen(QColor(outline), 1.5)
        pen.setCosmetic(True)
        points = ([QPointF(0, -half), QPointF(half, half), QPointF(-half, half)]
                  if shape == "triangle" else
                  [QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])
        look = _LOOKS[(shape, size, colour, outline)] = (
            pen, QBrush(QColor(colour)),
            QRectF(-half, -half, size, size) if shape in ("circle", "square") else QPolygonF(points))
    pen, brush, outline_shape = look
    item: QGraphicsEllipseItem | QGraphicsRectItem | QGraphicsPolygonItem
    if isinstance(outline_shape, QPolygonF):
        item = QGraphicsPolygonItem(outline_shape)
    elif shape == "circle":
        item = QGraphicsEllipseItem(outline_shape)
    else:
        item = QGraphicsRectItem(outline_shape)
    item.setBrush(brush)
    item.setPen(pen)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    return item


class MapLayers:
    """Every item of the map, kept between refreshes: a refresh recolours and moves them, and
    makes or drops only what came or went (a community, a vehicle, a community's open cases of
    a category). Hover texts are written when asked for (`tip`), not for every item on every
    refresh."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.projection: Projection | None = None
        self.outlines_stamp: tuple[int, int, int] | None = None
        self.communities: dict[int, QGraphicsItem] = {}
        self.markers: dict[tuple[str, int], QGraphicsItem] = {}   # stations, facilities, vehicles
        self.cases: dict[str, QGraphicsPixmapItem] = {}   # by category
        self._stale_cases: set[str] = set()   # hidden, not drawn from the figures shown
        self.shown_categories: set[str] = set()
        self.vehicles_shown = True
        self.figures: MapFigures | None = None
        self.open_cases: dict[int, dict[str, int]] = {}
        self._font = QFont()
        self._font.setBold(True)
        self.dark = False
        self.fill_alpha = 255     # lowered when map tiles are drawn underneath
        self.pixels_per_metre = 1.0   # the view's zoom: the densities smoothed or not
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        """The facilities' bed figures light on the wall's dark, and in its larger type."""
        self.dark = dark
        self._font.setPixelSize(22 if dark else 12)
        for (kind, _ident), item in self.markers.items():
            if kind == FACILITY:
                for child in item.childItems():
                    if isinstance(child, QGraphicsSimpleTextItem):
                        self._style_beds(child)

    def _style_beds(self, beds: QGraphicsSimpleTextItem) -> None:
        beds.setFont(self._font)
        beds.setBrush(QBrush(QColor("#7fd1a8" if self.dark else "#1b4332")))
        beds.setPos(10, -self._font.pixelSize() * 0.7)

    # -- communities ------------------------------------------------------------------------
    def show(self, figures: MapFigures, categories: Iterable[str]) -> None:
        self.figures = figures
        if self.projection is None or figures.outlines_stamp != self.outlines_stamp \
                or set(self.communities) != {s.id for s in figures.communities}:
            self._build_communities(figures)
        self.open_cases = {}
        for community, category, number in figures.open_cases:
            self.open_cases.setdefault(community, {})[category] = number
        brushes: dict[str, QBrush] = {}    # one a coverage step, shared by its communities
        for spot in figures.communities:
            item = self.communities[spot.id]
            name = coverage_colour(spot.coverage)
            if isinstance(item, QGraphicsPathItem):
                brush = brushes.get(name)
                if brush is None:
                    fill = QColor(name)
                    fill.setAlpha(self.fill_alpha)
                    brush = brushes[name] = QBrush(fill)
                item.setBrush(brush)
            elif isinstance(item, QGraphicsEllipseItem):
                colour = QColor(name)
                pen = QPen(colour.darker(130), 6)
                pen.setCosmetic(True)
                item.setPen(pen)
                item.setBrush(QBrush(QColor(colour.red(), colour.green(), colour.blue(), 90)))
        self._show_cases(figures, list(categories))
        self._show_markers(figures)

    def _build_communities(self, figures: MapFigures) -> None:
        for old in self.communities.values():
            self.scene.removeItem(old)
        self.communities.clear()
        self.projection = self.projection or Projection.around(figures.communities)
        self.outlines_stamp = figures.outlines_stamp
        # Width 0: one pixel at every zoom (cosmetic) and a bounding rect that is the path's
        # own; a width of 1 has Qt stroke every outline to find its bounds.
        pen = QPen(QColor("#4d4d4d"), 0)
        for spot in figures.communities:
            shape = figures.outlines.get(spot.id)
            item: QGraphicsItem
            if shape:
                path = QGraphicsPathItem(outline_path(shape, self.projection))
                path.setPen(pen)
                item = path
            else:
                centre = self.projection.point(spot.longitude, spot.latitude)
                item = QGraphicsEllipseItem(QRectF(centre.x() - RING_METRES,
                                                   centre.y() - RING_METRES,
                                                   2 * RING_METRES, 2 * RING_METRES))
            item.setData(KIND, COMMUNITY)
            item.setData(IDENT, spot.id)
            self.scene.addItem(item)
            self.communities[spot.id] = item

    # -- open cases -------------------------------------------------------------------------
    def _show_cases(self, figures: MapFigures, categories: list[str]) -> None:
        """One image a category: its open cases as a smooth density around each community's
        point (a case is known by its community, not its door), remade on each refresh in a
        few milliseconds and scaled, never redrawn, as the map pans and zooms. They take no
        clicks nor hover: a click on the density goes to the community under it. A hidden
        category's image is drawn when it is shown (at the city's size each is a few
        megapixels: the first draw makes only those on screen)."""
        for order, category in enumerate(categories):
            if category not in self.cases:
                self.cases[category] = self._case_layer(category, order)
        self._stale_cases = set(categories)
        self._draw_cases(figures, [c for c in categories if c in self.shown_categories])

    def _draw_cases(self, figures: MapFigures, categories: list[str]) -> None:
        assert self.projection is not None
        if not categories:
            return
        where = {s.id: self.projection.point(s.longitude, s.latitude) for s in figures.communities}
        counts: dict[str, list[tuple[QPointF, int]]] = {category: [] for category in categories}
        for community, key, number in figures.open_cases:
            if key in counts and community in where and number > 0:
                counts[key].append((where[community], number))
        for category in categories:
            item = self.cases[category]
            image, corner, scale = density_image(counts[category],
                                                 QColor(category_look(category).colour))
            item.setPixmap(QPixmap.fromImage(image))
            item.setPos(corner)
            item.setScale(scale)
            item.setTransformationMode(self._case_mode(item))
            self._stale_cases.discard(category)

    def set_scale(self, pixels_per_metre: float) -> None:
        """The densities are smoothed when zoomed in past their pixels (a pixel of them over
        more than one of the screen's); zoomed out, a pixel of them is under one of the screen's
        and taking the nearest looks the same at a third of the cost (a city's two densities:
        12 → 4 ms of a frame)."""
        self.pixels_per_metre = pixels_per_metre
        for item in self.cases.values():
            item.setTransformationMode(self._case_mode(item))

    def _case_mode(self, item: QGraphicsPixmapItem) -> Qt.TransformationMode:
        return (Qt.TransformationMode.SmoothTransformation
                if self.pixels_per_metre * item.scale() > 1
                else Qt.TransformationMode.FastTransformation)

    def _case_layer(self, category: str, order: int) -> QGraphicsPixmapItem:
        item = QGraphicsPixmapItem()
        item.setScale(DENSITY_METRES_PER_PIXEL)
        item.setTransformationMode(self._case_mode(item))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        item.setZValue(2 + order / 10)
        item.setVisible(category in self.shown_categories)
        self.scene.addItem(item)
        return item

    def show_category(self, category: str, shown: bool) -> None:
        (self.shown_categories.add if shown else self.shown_categories.discard)(category)
        if category in self.cases:
            if shown and category in self._stale_cases and self.figures is not None:
                self._draw_cases(self.figures, [category])
            self.cases[category].setVisible(shown)

    # -- markers ----------------------------------------------------------------------------
    def _show_markers(self, figures: MapFigures) -> None:
        assert self.projection is not None
        present: set[tuple[str, int]] = set()
        for station in figures.stations:
            self._marker(present, STATION, station.id, "triangle", 16, STATION_COLOUR,
                         station.longitude, station.latitude)
        for facility in figures.facilities:
            item = self._marker(present, FACILITY, facility.id, "square", 16, FACILITY_COLOUR,
                                facility.longitude, facility.latitude)
            beds = next((child for child in item.childItems()
                         if isinstance(child, QGraphicsSimpleTextItem)), None)
            if beds is None:
                beds = QGraphicsSimpleTextItem(item)
                self._style_beds(beds)
            beds.setText(texts.beds_text(facility))
        crowd: dict[tuple[float, float, str], int] = {}
        for vehicle in figures.vehicles if self.vehicles_shown else ():
            colour, shape = PLACE_LOOKS[vehicle.place]
            spot = (round(vehicle.longitude, 5), round(vehicle.latitude, 5), vehicle.place)
            nth = crowd[spot] = crowd.get(spot, 0) + 1
            item = self._marker(present, f"{VEHICLE}:{vehicle.place}", vehicle.id, shape, 11,
                                colour, vehicle.longitude, vehicle.latitude,
                                outline=BLUE if vehicle.place == Place.STATION else "#ffffff")
            item.setData(KIND, VEHICLE)
            item.setData(IDENT, vehicle.transfer_id if vehicle.transfer_id is not None
                         else -vehicle.id)
            item.setData(VEHICLE_ID, vehicle.id)
            # Vehicles at one place fan out in rows of four under it, 12 px apart.
            item.setTransform(QTransform.fromTranslate(-18 + 12 * ((nth - 1) % 4),
                                                       16 + 12 * ((nth - 1) // 4)))
        for key in set(self.markers) - present:
            self.scene.removeItem(self.markers.pop(key))

    def _marker(self, present: set[tuple[str, int]], kind: str, ident: int, shape: str,
                size: float, colour: str, lon: float, lat: float,
                outline: str = "#ffffff") -> QGraphicsItem:
        assert self.projection is not None
        key = (kind, ident)
        present.add(key)
        item = self.markers.get(key)
        if item is None:
            item = self.markers[key] = marker(shape, size, colour, outline)
            item.setData(KIND, kind)
            item.setData(IDENT, ident)
            item.setZValue(3)
            self.scene.addItem(item)
        item.setPos(self.projection.point(lon, lat))
        return item

    def show_vehicles(self, shown: bool) -> None:
        self.vehicles_shown = shown
        if self.figures is not None:
            self._show_markers(self.figures)

    # -- hover texts ------------------------------------------------------------------------
    def tip(self, item: QGraphicsItem) -> str:
        """The hover text of `item`, from the figures it was drawn from ("" for none)."""
        figures, kind = self.figures, item.data(KIND)
        if figures is None or kind is None:
            return ""
        ident = int(item.data(IDENT))
        if kind == COMMUNITY:
            spot = next((s for s in figures.communities if s.id == ident), None)
            return "" if spot is None else texts.community_tip(spot, self.open_cases.get(ident, {}))
        if kind == FACILITY:
            found = next((f for f in figures.facilities if f.id == ident), None)
            return "" if found is None else texts.facility_tip(found)
        if kind == STATION:
            station = next((s for s in figures.stations if s.id == ident), None)
            return "" if station is None else texts.station_tip(station)
        if kind == VEHICLE:
            vehicle_id = int(item.data(VEHICLE_ID))
            vehicle = next((v for v in figures.vehicles if v.id == vehicle_id), None)
            return "" if vehicle is None else texts.vehicle_tip(vehicle)
        return ""

    def content_rect(self) -> QRectF:
        """The communities and every marker's place: what "whole district" shows."""
        rect = QRectF()
        for item in self.communities.values():
            rect = rect.united(item.sceneBoundingRect())
        if self.markers:
            places = [item.pos() for item in self.markers.values()]
            xs, ys = [p.x() for p in places], [p.y() for p in places]
            rect = rect.united(QRectF(QPointF(min(xs) - 1, min(ys) - 1),
                                      QPointF(max(xs) + 1, max(ys) + 1)))
        return rect
