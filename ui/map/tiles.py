"""An optional folder of map tiles drawn under the map's layers, offline: Z/X/Y.png in the usual
Web Mercator ("slippy map") scheme, as a GIS program or a tile downloader exports them.

At each zoom the layer picks the folder's zoom level nearest the screen's scale (never finer than
the folder has), shows the tiles covering the view (at most MAX_TILES) and drops the others;
each tile is placed by its two corners in the map's own projection (a local equirectangular one:
across a tile the two agree to well under a pixel). Tiles read are kept (MAX_KEPT) so panning
back reads no file again. No folder, or a folder that is not there: nothing is drawn.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from ui.map.layers import METRES_PER_DEGREE, Projection

EQUATOR_METRES_PER_PIXEL = 156_543.03392   # a 256-pixel tile's pixel at zoom 0, at the equator
MAX_TILES = 64
MAX_KEPT = 512
TILE_Z = -10.0          # under every layer
Tile = tuple[int, int, int]


def tile_of(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    """The tile coordinates (fractional) of a point at `zoom`."""
    n = 2 ** zoom
    lat = max(min(lat, 85.0511), -85.0511)
    x = (lon + 180.0) / 360.0 * n
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return x, y


def corner_of(x: int, y: int, zoom: int) -> tuple[float, float]:
    """The lon, lat of a tile's north-west corner."""
    n = 2 ** zoom
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    return lon, lat


class TileLayer:
    def __init__(self, scene: QGraphicsScene, folder: str) -> None:
        self.scene = scene
        self.folder = Path(folder).expanduser() if folder else None
        self.zooms = self._zooms()
        self.items: dict[Tile, QGraphicsPixmapItem] = {}
        self.kept: dict[Tile, QPixmap | None] = {}

    def _zooms(self) -> list[int]:
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(int(child.name) for child in self.folder.iterdir()
                      if child.is_dir() and child.name.isdigit() and int(child.name) <= 22)

    @property
    def present(self) -> bool:
        return bool(self.zooms)

    def zoom_for(self, pixels_per_metre: float, latitude: float) -> int:
        """The folder's level whose pixel is nearest the screen's (coarser when none is)."""
        wanted = math.log2(EQUATOR_METRES_PER_PIXEL * math.cos(math.radians(latitude))
                           * pixels_per_metre)
        finer = [z for z in self.zooms if z <= math.ceil(wanted - 0.5)]
        return finer[-1] if finer else self.zooms[0]

    def show(self, projection: Projection, visible: QRectF, pixels_per_metre: float) -> None:
        """The tiles covering `visible` (scene metres) at the scale shown."""
        if not self.zooms or pixels_per_metre <= 0 or visible.isEmpty():
            return
        zoom = self.zoom_for(pixels_per_metre, projection.lat0)

        def lon_lat(point: QPointF) -> tuple[float, float]:
            return (projection.lon0 + point.x() / projection.kx,
                    projection.lat0 - point.y() / METRES_PER_DEGREE)

        west, north = tile_of(*lon_lat(visible.topLeft()), zoom)
        east, south = tile_of(*lon_lat(visible.bottomRight()), zoom)
        wanted = [(zoom, x, y) for x in range(math.floor(west), math.floor(east) + 1)
                  for y in range(math.floor(north), math.floor(south) + 1)][:MAX_TILES]
        for key in set(self.items) - set(wanted):
            self.scene.removeItem(self.items.pop(key))
        for key in wanted:
            if key not in self.items:
                pixmap = self._pixmap(key)
                if pixmap is not None:
                    self.items[key] = self._place(key, pixmap, projection)

    def _pixmap(self, key: Tile) -> QPixmap | None:
        if key not in self.kept:
            if len(self.kept) >= MAX_KEPT:
                self.kept.pop(next(iter(self.kept)))
            assert self.folder is not None
            zoom, x, y = key
            path = self.folder / str(zoom) / str(x) / f"{y}.png"
            pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
            self.kept[key] = None if pixmap.isNull() else pixmap
        return self.kept[key]

    def _place(self, key: Tile, pixmap: QPixmap, projection: Projection) -> QGraphicsPixmapItem:
        zoom, x, y = key
        north_west = projection.point(*corner_of(x, y, zoom))
        south_east = projection.point(*corner_of(x + 1, y + 1, zoom))
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setPos(north_west)
        item.setTransform(QTransform.fromScale((south_east.x() - north_west.x()) / pixmap.width(),
                                               (south_east.y() - north_west.y()) / pixmap.height()))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setZValue(TILE_Z)
        self.scene.addItem(item)
        return item
