"""What the map does to draw a city's thousand outlines in its first 200 ms, seen as a user sees
it: neighbouring communities still told apart by hover and click, a hidden category's density
drawn from the latest figures the moment it is shown, a city-wide density on coarser pixels
that keep its colour and strength, smoothed only when zoomed in past them. No database: the
figures are made by hand."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from controllers.browse.vocabulary import CATEGORIES
from models.map.geometry import MultiPolygon
from models.map.spots import CommunitySpot, MapFigures
from ui.kit.palette import category_look
from ui.map.canvas import MapCanvas
from ui.map.layers import (
    COMMUNITY,
    COVERAGE_COLOURS,
    DENSITY_METRES_PER_PIXEL,
    DENSITY_MOST_PIXELS,
    DENSITY_PEAK,
    density_image,
)

LAT = 30.60
_PAGES: list[QWidget] = []    # kept while the test runs


def _square(lon: float, size: float = 0.004) -> MultiPolygon:
    ring = [(lon, LAT), (lon + size, LAT), (lon + size, LAT + size), (lon, LAT + size), (lon, LAT)]
    return [[ring]]


def _figures(open_cases: tuple[tuple[int, str, int], ...] = ()) -> MapFigures:
    """Two communities side by side, sharing an edge at longitude 114.291."""
    communities = (
        CommunitySpot(1, "东社区", 114.289, LAT + 0.002, 10, 1, True),    # 10%
        CommunitySpot(2, "西社区", 114.293, LAT + 0.002, 10, 9, True),    # 90%
    )
    return MapFigures(communities, (), (), (), open_cases,
                      {1: _square(114.287), 2: _square(114.291)}, (1, 1, 1))


def _canvas(qtbot: QtBot, figures: MapFigures, shown: tuple[str, ...] = ()) -> MapCanvas:
    page = QWidget()     # in a page, as the view holds it (a click's release goes up to it)
    qtbot.addWidget(page)
    _PAGES[:] = [page]
    canvas = MapCanvas(page)
    canvas.resize(900, 600)
    page.resize(900, 600)
    page.show()
    for category in shown:
        canvas.layers.show_category(category, True)
    canvas.layers.show(figures, CATEGORIES)
    canvas.fit()
    return canvas


def _on_screen(canvas: MapCanvas, lon: float, lat: float) -> QPoint:
    assert canvas.layers.projection is not None
    return canvas.mapFromScene(canvas.layers.projection.point(lon, lat))


def test_neighbours_are_told_apart_on_hover_and_click(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot, _figures())
    east = canvas.layers.communities[1]
    assert east.brush().color() == QColor(COVERAGE_COLOURS[0])     # type: ignore[attr-defined]
    edge = _on_screen(canvas, 114.291, LAT + 0.002)
    picked: list[tuple[str, int]] = []
    canvas.picked.connect(lambda kind, ident: picked.append((kind, ident)))
    for side, ident, name in ((-4, 1, "东社区"), (4, 2, "西社区")):
        at = edge + QPoint(side, 0)
        assert canvas.tip_at(at).startswith(name)
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert picked[-1] == (COMMUNITY, ident)
    # Zoomed out to the whole city and in to a street, still the right one.
    for key in (Qt.Key.Key_Minus,) * 6 + (Qt.Key.Key_0,) + (Qt.Key.Key_Plus,) * 6:
        qtbot.keyClick(canvas, key)
        edge = _on_screen(canvas, 114.291, LAT + 0.002)
        assert canvas.item_at(edge + QPoint(-2, 0)) == (COMMUNITY, 1)
        assert canvas.item_at(edge + QPoint(2, 0)) == (COMMUNITY, 2)


def test_a_hidden_category_is_drawn_from_the_latest_figures_when_shown(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot, _figures(((1, "fever", 3),)), shown=("confirmed",))
    fever = canvas.layers.cases["fever"]
    assert not fever.isVisible() and fever.pixmap().isNull()    # not made while hidden
    # A refresh moves the fever to the other community while the layer is hidden.
    canvas.layers.show(_figures(((2, "fever", 3),)), CATEGORIES)
    canvas.layers.show_category("fever", True)
    assert fever.isVisible()
    image = fever.pixmap().toImage()

    def alpha(lon: float) -> int:
        assert canvas.layers.projection is not None
        at = fever.mapFromScene(canvas.layers.projection.point(lon, LAT + 0.002)).toPoint()
        return image.pixelColor(at).alpha() if image.rect().contains(at) else 0

    assert alpha(114.293) > 150 and alpha(114.289) < alpha(114.293) / 2   # 400 m away


def test_a_city_wide_density_keeps_its_colour_on_coarser_pixels(qtbot: QtBot) -> None:
    colour = QColor(category_look("confirmed").colour)
    district = [(QPointF(x * 2_000.0, y * 2_000.0), 1) for x in range(10) for y in range(10)]
    image, _corner, scale = density_image(district, colour)
    assert scale == DENSITY_METRES_PER_PIXEL
    # Five districts' width: a hundred kilometres by sixty.
    city = [(QPointF(x * 10_000.0, y * 10_000.0), 1) for x in range(11) for y in range(7)]
    image, corner, scale = density_image(city, colour)
    assert scale > DENSITY_METRES_PER_PIXEL
    assert image.width() * image.height() <= DENSITY_MOST_PIXELS
    middle = image.pixelColor(((QPointF(50_000, 30_000) - corner) / scale).toPoint())
    assert (middle.red(), middle.green(), middle.blue()) == (colour.red(), colour.green(),
                                                            colour.blue())
    assert abs(middle.alpha() - DENSITY_PEAK) <= 2
    between = image.pixelColor(((QPointF(55_000, 35_000) - corner) / scale).toPoint())
    assert between.alpha() == 0


def test_the_density_is_smoothed_only_when_zoomed_in_past_its_pixels(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot, _figures(((1, "confirmed", 2),)), shown=("confirmed",))
    confirmed = canvas.layers.cases["confirmed"]
    assert canvas.pixels_per_metre() * confirmed.scale() > 1       # a district: zoomed in
    assert confirmed.transformationMode() == Qt.TransformationMode.SmoothTransformation
    while canvas.pixels_per_metre() * confirmed.scale() > 0.5:
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert confirmed.transformationMode() == Qt.TransformationMode.FastTransformation
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert confirmed.transformationMode() == Qt.TransformationMode.SmoothTransformation
