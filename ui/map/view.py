"""态势图: the situation map — communities shaded by household coverage, facilities with their
free beds, stations, vehicles where their trip puts them, open cases per category.

The figures load on the task runner (controllers/map/figures.py) and the map follows the change
feed like every other view; what a click opens belongs to other screens, handed in by the shell
(`MapWindows`): screens meet only through the shell, so this room imports no other ui feature.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QCheckBox, QPushButton, QSizePolicy, QWidget

from controllers.browse.vocabulary import CATEGORIES
from controllers.map.figures import map_figures
from controllers.runtime.context import AppContext
from controllers.runtime.settings import MAP_TILES
from controllers.runtime.tasks import TaskControl
from models.map.spots import MapCache, MapFigures
from ui.kit.labels import category
from ui.kit.live import FollowsChanges, keep_while_open
from ui.kit.widgets import hbox, label, vbox
from ui.map.canvas import MapCanvas
from ui.map.facility_window import FacilityWindow
from ui.map.layers import COMMUNITY, FACILITY, SHOWN_AT_FIRST, VEHICLE
from ui.map.tiles import TileLayer

translate = QCoreApplication.translate
TILED_FILL_ALPHA = 150


@dataclass(frozen=True)
class MapWindows:
    """What a click on the map opens that belongs to other screens: the community's window, a
    transfer order's window (a facility's window is the map's own: ui/map/facility_window.py)."""
    open_community: Callable[[int], object]
    open_order: Callable[[int], object]


class MapView(FollowsChanges, QWidget):
    view_id = "map"
    live_tables = frozenset({"community", "community_boundary", "community_day_tally", "visit",
                             "screening_result", "household", "facility", "police_station",
                             "vehicle", "transfer_order", "person_case"})

    def __init__(self, context: AppContext, windows: MapWindows) -> None:
        super().__init__()
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)   # the wall's dark
        self.context = context
        self.windows = windows
        self.cache = MapCache()
        self.facility_windows: list[FacilityWindow] = []   # open now, one per facility
        self.figures: MapFigures | None = None
        self._loading = False
        self._generation = 0
        self._activated = False
        self.canvas = MapCanvas(self)
        self.canvas.picked.connect(self.open_picked)
        tiles = TileLayer(self.canvas.map_scene, context.settings.get(MAP_TILES))
        if tiles.present:   # the communities' shading lets the tiles show through
            self.canvas.tiles = tiles
            self.canvas.layers.fill_alpha = TILED_FILL_ALPHA
        self.title = label(translate("MapView", "Situation map"), "pageTitle")
        self.note = label("", "chartNote")
        self.layer_boxes: dict[str, QCheckBox] = {}
        toggles: list[QWidget] = []
        for value in CATEGORIES:
            box = QCheckBox(category(value))
            box.setChecked(value in SHOWN_AT_FIRST)
            box.toggled.connect(lambda shown, key=value: self._show_category(key, shown))
            self.canvas.layers.show_category(value, box.isChecked())
            self.layer_boxes[value] = box
            toggles.append(box)
        vehicles = QCheckBox(translate("MapView", "Vehicles"))
        vehicles.setChecked(True)
        vehicles.toggled.connect(self._show_vehicles)
        self.layer_boxes["vehicles"] = vehicles
        fit = QPushButton(translate("MapView", "Whole district"))
        fit.setToolTip(translate("MapView", "0; zoom with the wheel or + and −, drag to pan"))
        fit.clicked.connect(self.canvas.fit)
        refresh = QPushButton(translate("MapView", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.buttons = [fit, refresh]
        self.layers_label = label(translate("MapView", "Open cases:"))
        self.header = vbox(hbox(self.title, self.note, 1, fit, refresh),
                           hbox(self.layers_label, *toggles, vehicles, 1), spacing=4)
        # The header gives way on a narrow window (it is clipped, the map is not): the window's
        # smallest size stays the other views' (800×520).
        top = QWidget()
        top.setObjectName("page")
        top.setLayout(self.header)
        top.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setLayout(vbox(top, self.canvas, margins=16, spacing=8))

    # -- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()
        else:
            self.refresh_if_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._activated:
            self.refresh_if_stale()

    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        self._generation += 1
        generation, cache = self._generation, self.cache
        database, user = self.context.database, self.context.user
        self._loading = True

        def work(_control: TaskControl) -> MapFigures:
            return map_figures(database, user=user, cache=cache)

        def done(result: Any) -> None:
            if generation == self._generation and isinstance(result, MapFigures):
                self.show_figures(result)

        def finished() -> None:
            if generation == self._generation:
                self._loading = False
                self.loading_finished()

        self.context.tasks.submit("situation map", work, succeeded=done, finished=finished,
                                  owner=self)

    def show_figures(self, figures: MapFigures) -> None:
        self.figures = figures
        self.canvas.layers.show(figures, CATEGORIES)
        if not self.canvas.fitted:
            self.canvas.fit()
        else:
            self.canvas.show_tiles()
        missing = sum(not spot.outlined for spot in figures.communities)
        self.note.setText(translate("MapView", "%1 communities without an outline").replace(
            "%1", str(missing)) if missing else "")
        self.canvas.viewport().update()

    # -- layers and clicks -------------------------------------------------------------------
    def _show_category(self, key: str, shown: bool) -> None:
        self.canvas.layers.show_category(key, shown)
        self.canvas.viewport().update()

    def _show_vehicles(self, shown: bool) -> None:
        self.canvas.layers.show_vehicles(shown)
        self.canvas.viewport().update()

    def open_picked(self, kind: str, ident: int) -> None:
        """A community opens its window, a facility its own, a vehicle on a trip its order (a
        vehicle at its station, id < 0, opens nothing: its hover text says it all)."""
        if kind == COMMUNITY:
            self.windows.open_community(ident)
        elif kind == VEHICLE and ident > 0:
            self.windows.open_order(ident)
        elif kind == FACILITY:
            self.open_facility(ident)

    def open_facility(self, facility_id: int) -> FacilityWindow:
        """The facility's window (raised again if already open)."""
        for window in self.facility_windows:
            if window.facility_id == facility_id and window.isVisible():
                if QGuiApplication.platformName() not in ("offscreen", "minimal"):
                    window.raise_()   # (those have no stacking order, and say so)
                window.activateWindow()
                return window
        window = FacilityWindow(self.context, facility_id, self.windows.open_order, self)
        keep_while_open(self.facility_windows, window)
        window.show()
        return window

    def set_dark(self, dark: bool) -> None:
        """The wall's look: dark, larger legend, no buttons nor layer boxes (a kiosk)."""
        self.canvas.set_dark(dark)
        for widget in [*self.buttons, *self.layer_boxes.values(), self.layers_label]:
            widget.setVisible(not dark)
        self.canvas.viewport().update()
