"""The situation map driven as the command center uses it: communities shaded by coverage, the
hover text, a click through to the community's window or a vehicle's order, and a change at
another workstation drawn without anyone pressing F5 — on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsEllipseItem, QGraphicsPathItem, QGraphicsPixmapItem
from pytestqt.qtbot import QtBot

from controllers.map.boundaries import import_boundaries
from controllers.runtime.context import AppContext
from controllers.runtime.settings import MAP_TILES
from tests.support.factories import signed_in
from tests.support.map_scene import MapScene, admit_to_facility, collection, feature, make_map_scene, square
from tests.support.second_workstation import second_workstation, url_of
from ui.communities.detail import CommunityDetail
from ui.communities.view import CommunitiesView
from ui.map.facility_window import FacilityWindow
from ui.map.layers import COVERAGE_COLOURS, FACILITY, NO_REGISTER
from ui.map.tiles import tile_of
from ui.map.view import MapView, MapWindows


class Opened:
    def __init__(self) -> None:
        self.communities: list[int] = []
        self.orders: list[int] = []

    def windows(self) -> MapWindows:
        return MapWindows(self.communities.append, self.orders.append)


def _scene(context: AppContext) -> MapScene:
    scene = make_map_scene(context.database)
    # 永清社区 gets its outline; 球场社区 stays a point with its ring.
    outcome = import_boundaries(context.database, signed_in("commander"),
                                collection(feature({"code": "C1"}, square(114.287, 30.597, 0.006))),
                                "b.geojson")
    assert not outcome.refused
    return scene


def _map(qtbot: QtBot, context: AppContext, windows: MapWindows) -> MapView:
    view = MapView(context, windows)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.figures is not None and not view.is_loading(), timeout=10_000)
    return view


def _on_screen(view: MapView, item: object) -> QPoint:
    assert isinstance(item, QGraphicsPathItem | QGraphicsEllipseItem)
    return view.canvas.mapFromScene(item.sceneBoundingRect().center())


def test_communities_are_shaded_by_coverage_with_their_figures_on_hover(
        qtbot: QtBot, context: AppContext) -> None:
    scene = _scene(context)
    view = _map(qtbot, context, Opened().windows())
    outlined = view.canvas.layers.communities[scene.first]
    ring = view.canvas.layers.communities[scene.second]
    assert isinstance(outlined, QGraphicsPathItem) and isinstance(ring, QGraphicsEllipseItem)
    assert outlined.brush().color() == QColor(COVERAGE_COLOURS[2])     # 4 of 10: 40–60%
    assert ring.pen().color() == QColor(NO_REGISTER).darker(130)       # no register
    tip = view.canvas.tip_at(_on_screen(view, outlined))
    assert tip.startswith("永清社区\nHouseholds with an outcome: 4 of 10 (40.0%)")
    assert "Confirmed 3 · Fever 1" in tip
    assert "No outline imported" in view.canvas.tip_at(_on_screen(view, ring))
    assert view.note.text() == "1 communities without an outline"


def test_a_click_opens_the_community_and_a_vehicle_its_order(qtbot: QtBot,
                                                             context: AppContext) -> None:
    scene = _scene(context)
    opened = Opened()
    view = _map(qtbot, context, opened.windows())
    canvas = view.canvas
    community = canvas.layers.communities[scene.first]
    # A corner of the outline, clear of the markers and circles drawn over its middle.
    corner = canvas.mapFromScene(community.sceneBoundingRect().topLeft()) + QPoint(6, 6)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert opened.communities == [scene.first]
    vehicle = next(item for item in canvas.layers.markers.values()
                   if item.data(1) == scene.orders["scene"])
    at = canvas.mapFromScene(vehicle.scenePos()) + QPoint(round(vehicle.transform().dx()),
                                                          round(vehicle.transform().dy()))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened.orders == [scene.orders["scene"]]
    assert canvas.tip_at(at) == "鄂A·10002\nOn scene\nat the scene\nClick to open its transfer order"


def test_a_click_opens_the_community_window(qtbot: QtBot, context: AppContext) -> None:
    """Wired as the shell wires it: the community list's own window comes up."""
    scene = _scene(context)
    communities = CommunitiesView(context)
    qtbot.addWidget(communities)
    view = _map(qtbot, context, MapWindows(communities.open_community, lambda _order: None))
    community = view.canvas.layers.communities[scene.first]
    corner = view.canvas.mapFromScene(community.sceneBoundingRect().topLeft()) + QPoint(6, 6)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    qtbot.waitUntil(lambda: any(w.community_id == scene.first and w.isVisible()
                                for w in communities.open_windows), timeout=10_000)
    window = communities.open_windows[0]
    assert isinstance(window, CommunityDetail)
    window.close()


def test_a_drag_pans_and_is_no_click(qtbot: QtBot, context: AppContext) -> None:
    _scene(context)
    opened = Opened()
    view = _map(qtbot, context, opened.windows())
    canvas = view.canvas
    before = canvas.mapToScene(canvas.viewport().rect().center())
    start = canvas.viewport().rect().center()
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):   # a move with the button held (QTest's moves hold none)
        at = QPointF(start + QPoint(20 * step, 0))
        QApplication.sendEvent(canvas.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, at, canvas.viewport().mapToGlobal(at),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    after = canvas.mapToScene(canvas.viewport().rect().center())
    assert after.x() < before.x() and opened.communities == []
    scale = canvas.pixels_per_metre()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.pixels_per_metre() > scale


def test_a_change_at_another_workstation_is_drawn(qtbot: QtBot, context: AppContext) -> None:
    _scene(context)
    view = _map(qtbot, context, Opened().windows())
    assert len(view.canvas.layers.communities) == 2
    context.feed.changed.connect(view.on_change)   # as the main window connects its views
    context.feed.start()
    qtbot.waitUntil(lambda: context.feed.state.value == "live", timeout=10_000)
    second_workstation(url_of(context.database), "place", "live")   # a station and a community
    qtbot.waitUntil(lambda: len(view.canvas.layers.communities) == 3, timeout=5_000)
    assert view.figures is not None and len(view.figures.stations) == 2


def test_a_click_on_a_facility_opens_its_window(qtbot: QtBot, context: AppContext) -> None:
    """Its kind, beds, the transfers heading to it (Enter opens one) and who is admitted."""
    scene = _scene(context)
    admit_to_facility(context.database, scene)
    opened = Opened()
    view = _map(qtbot, context, opened.windows())
    canvas = view.canvas
    marker = canvas.layers.markers[(FACILITY, scene.facility)]
    at = canvas.mapFromScene(marker.scenePos())
    assert "Click to open the facility" in canvas.tip_at(at)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened.communities == [] and opened.orders == []
    (window,) = view.facility_windows
    assert isinstance(window, FacilityWindow) and window.facility_id == scene.facility
    qtbot.waitUntil(lambda: window.card is not None and not window.is_loading(), timeout=10_000)
    assert window.heading.text().startswith("金银潭医院")
    assert "Beds free: 7 of 10" in window.facts.text()
    assert "Takes: Confirmed、Suspected ·" in window.facts.text()
    assert window.incoming_title.text() == "Transfers heading here: 3"
    assert window.incoming.rowCount() == 3 and window.admitted.rowCount() == 1
    assert window.admitted.item(0, 0).text() == "住院乙"
    window.incoming.setCurrentCell(0, 0)
    qtbot.keyClick(window.incoming, Qt.Key.Key_Return)
    assert opened.orders == [min(scene.orders.values())]
    # A second click raises the same window.
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view.facility_windows == [window]
    window.close()


def test_open_cases_are_a_density_image_per_category(qtbot: QtBot, context: AppContext) -> None:
    """Dense at the community with cases, fading over a few hundred metres, nothing beyond; a
    category without open cases draws nothing; a click on the density opens the community."""
    scene = _scene(context)
    opened = Opened()
    view = _map(qtbot, context, opened.windows())
    layers = view.canvas.layers
    confirmed = layers.cases["confirmed"]
    assert isinstance(confirmed, QGraphicsPixmapItem) and confirmed.isVisible()
    assert layers.projection is not None
    image = confirmed.pixmap().toImage()

    def alpha(lon: float, lat: float) -> int:
        at = confirmed.mapFromScene(layers.projection.point(lon, lat)).toPoint()   # type: ignore[union-attr]
        return image.pixelColor(at).alpha() if image.rect().contains(at) else 0

    assert alpha(114.29, 30.60) > 150                   # 永清社区: its 3 confirmed cases
    assert 0 < alpha(114.295, 30.60) < alpha(114.29, 30.60) / 2   # 球场社区, 480 m east
    assert alpha(114.31, 30.60) == 0                    # 2 km away
    assert layers.cases["suspected"].pixmap().toImage().pixelColor(0, 0).alpha() == 0
    assert not layers.cases["fever"].isVisible()
    view.layer_boxes["fever"].setChecked(True)
    assert layers.cases["fever"].isVisible()
    assert alpha(114.2885, 30.6015) > 0     # inside the outline, clear of the markers
    on_density = view.canvas.mapFromScene(layers.projection.point(114.2885, 30.6015))
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=on_density)
    assert opened.communities == [scene.first]


def test_a_folder_of_tiles_is_drawn_underneath_and_none_is_ignored(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    """Z/X/Y.png tiles under the communities (whose shading lets them through), placed where
    their corners are; no such folder: no tiles, the map as always."""
    scene = _scene(context)
    zoom = 14
    x, y = (int(v) for v in tile_of(114.29, 30.60, zoom))
    for dx in (-2, -1, 0, 1, 2):
        for dy in (-2, -1, 0, 1, 2):
            folder = tmp_path / "tiles" / str(zoom) / str(x + dx)
            folder.mkdir(parents=True, exist_ok=True)
            image = QImage(256, 256, QImage.Format.Format_RGB32)
            image.fill(QColor("#ff0000"))
            image.save(str(folder / f"{y + dy}.png"))
    context.settings.set(MAP_TILES, str(tmp_path / "tiles"))
    view = _map(qtbot, context, Opened().windows())
    tiles = view.canvas.tiles
    assert tiles is not None and tiles.items
    assert {key[0] for key in tiles.items} == {zoom}     # the only level the folder has
    layers = view.canvas.layers
    assert layers.projection is not None
    community = layers.projection.point(114.29, 30.60)
    under = [item for key, item in tiles.items.items() if key[1:] == (x, y)]
    assert under and under[0].sceneBoundingRect().contains(community)
    assert all(item.zValue() < 0 for item in tiles.items.values())
    outline = layers.communities[scene.first]
    assert isinstance(outline, QGraphicsPathItem) and outline.brush().color().alpha() < 255
    view.close()
    context.settings.set(MAP_TILES, str(tmp_path / "nowhere"))
    plain = _map(qtbot, context, Opened().windows())
    assert plain.canvas.tiles is None
    outline = plain.canvas.layers.communities[scene.first]
    assert isinstance(outline, QGraphicsPathItem) and outline.brush().color().alpha() == 255


def test_situation_then_its_map_tab_then_a_click_opens_the_community(
        qtbot: QtBot, context: AppContext) -> None:
    """Through the window as a dispatcher goes: 态势 in the navigation, the 态势图 tab, a click
    on a community — its window (the community list's own) comes up."""
    from ui.shell.main_window import MainWindow
    scene = _scene(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    navigation = window.navigation
    situation = next(row for row in range(navigation.count())
                     if navigation.item(row).text() == "Situation")
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(navigation.item(situation)).center())
    bar = window.situation.tabs.tabBar()
    assert [bar.tabText(index) for index in range(bar.count())] == ["Overview", "Situation map"]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    view = window.views["map"]
    assert isinstance(view, MapView) and view.isVisible()
    qtbot.waitUntil(lambda: view.figures is not None and not view.is_loading(), timeout=10_000)
    community = view.canvas.layers.communities[scene.first]
    corner = view.canvas.mapFromScene(community.sceneBoundingRect().topLeft()) + QPoint(6, 6)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    communities = window.views["communities"]
    assert isinstance(communities, CommunitiesView)
    qtbot.waitUntil(lambda: any(w.community_id == scene.first and w.isVisible()
                                for w in communities.open_windows), timeout=10_000)
    assert window.current_view_id() == "map"      # the map stays in front behind the window
    for opened in communities.open_windows:
        opened.close()
