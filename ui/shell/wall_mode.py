"""Wall mode: the dashboard alone, full screen, dark, in type read from across the room.

`canvass --wall` starts in it and F11 enters it. The wall is a kiosk: Esc or F11 on it asks for a
commander's name and password before the desk comes back, and the window's other keys (Ctrl+1…
to the lists) sleep meanwhile, so a passer-by cannot browse patients behind it. Menus, the
navigation and the status bar are hidden; the tiles sit in one row and the charts three to a row. With `rotate_seconds`
the charts instead go round three at a time, each page larger, for a screen too small for nine.

The situation map (态势图) is the wall's other page: M on the wall turns to it and back, and with
`rotate_seconds` it comes round after the charts' pages.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QMainWindow, QTabBar, QWidget

from models.enums import UserRole
from resources import ROOT
from ui.accounts.sign_in_dialog import WallReleaseDialog
from ui.dashboard.preload import preload_charts
from ui.kit.widgets import label

if TYPE_CHECKING:   # made by the window when first wanted: their modules load then
    from ui.dashboard.view import DashboardView
    from ui.map.view import MapView

WALL_STYLE = ROOT / "wall.qss"
# The dashboard's own additions to the house style sheet, outside wall mode.
DESK_STYLE = ("QLabel#tileChange { color: #2f6fba; font-size: 12px; }"
              "QLabel#chartNote { color: #5b6b7d; font-size: 12px; }"
              "QPushButton#chartSave { padding: 2px 8px; font-size: 11px; }")
PANELS_PER_PAGE = 3


class WallMode(QObject):
    """`dashboard` and `map_view` are asked for when the wall first needs them (the window
    builds its views when first wanted: ui/shell/views.py)."""

    def __init__(self, window: QMainWindow, dashboard: Callable[[], DashboardView],
                 rotate_seconds: int = 0,
                 map_view: Callable[[], MapView] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._make_dashboard, self._make_map = dashboard, map_view
        self._dashboard: DashboardView | None = None
        self.on_map = False
        self.rotate_seconds = rotate_seconds
        self.active = False
        self.page = 0
        self._was_maximized = False
        self._asleep: list[QShortcut] = []   # the window's keys the wall turned off
        self.release: WallReleaseDialog | None = None
        self.clock = label("", "wallClock")
        self.clock.hide()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_F11), window)
        toggle.activated.connect(self.toggle)
        # Esc is only the wall's while it is up: on the desk it belongs to the views' own
        # widgets (clearing a search box, closing a popup).
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setEnabled(False)
        self.escape.activated.connect(self.ask_to_leave)
        # M turns the wall to the map and back (only while the wall is up).
        self.map_key = QShortcut(QKeySequence(Qt.Key.Key_M), window)
        self.map_key.setEnabled(False)
        self.map_key.activated.connect(lambda: self.show_map(not self.on_map))
        self._own: tuple[QShortcut, ...] = (toggle, self.escape, self.map_key)
        # The wall may be asked for at any moment (F11, --wall): its charts' modules are
        # imported on the task runner once the window is up, not on the UI thread then.
        context = getattr(window, "context", None)
        if context is not None:
            QTimer.singleShot(0, self, lambda: preload_charts(context.tasks, self))

    @property
    def dashboard(self) -> DashboardView:
        """The dashboard, made when the wall first needs it, with the wall's clock in its
        header and the desk's additions to its style."""
        if self._dashboard is None:
            dashboard = self._dashboard = self._make_dashboard()
            dashboard.header.insertWidget(1, self.clock)
            dashboard.setStyleSheet(DESK_STYLE)
            # The alert strip's Acknowledge key stays awake on the wall: a dispatcher at the
            # wall acknowledges there (a viewer has no such key: the strip made none for it).
            self._own = (*self._own, *dashboard.alerts.findChildren(QShortcut))
        return self._dashboard

    @property
    def map_view(self) -> MapView | None:
        return self._make_map() if self._make_map is not None else None

    def chrome(self) -> list[QWidget]:
        """What the wall hides: menus, navigation, status bar, the dashboard's buttons, and 态势's
        tabs (the wall turns between the dashboard and the map with M)."""
        widgets: list[QWidget] = [self.window.menuBar(), self.window.statusBar(),
                                  self.dashboard.report_button, self.dashboard.refresh_button]
        for found in (self.window.findChild(QFrame, "sidebar"),
                      self.window.findChild(QTabBar, "situationTabs")):
            if found is not None:
                widgets.append(found)
        return widgets

    def toggle(self) -> None:
        self.ask_to_leave() if self.active else self.enter()

    def ask_to_leave(self) -> None:
        """A commander's password, then the desk; anyone else stays on the wall."""
        if not self.active or self.release is not None:
            return
        context = self.dashboard.context
        user = context.user
        self.release = WallReleaseDialog(
            context.database, context.tasks, self.window,
            username=user.username if user.role == UserRole.COMMANDER and user.id else "")
        self.release.finished.connect(self._released)
        self.release.open()

    def _released(self) -> None:
        dialog, self.release = self.release, None
        if dialog is None:
            return
        dialog.deleteLater()
        self.window.activateWindow()  # the keys go back to the window, not to nowhere
        if dialog.user is not None:   # a commander's password was checked
            self.leave()

    def enter(self) -> None:
        if self.active:
            return
        dashboard = self.dashboard   # made first: its keys are the wall's own
        self.active = True
        self.escape.setEnabled(True)
        self.map_key.setEnabled(self._make_map is not None)
        self._asleep = [key for key in self.window.findChildren(QShortcut)
                        if key.isEnabled() and key not in self._own]
        for key in self._asleep:
            key.setEnabled(False)
        self._was_maximized = self.window.isMaximized()
        dashboard.set_dark(True)    # the charts hidden first, each restyled in a turn of its own
        show_view = getattr(self.window, "show_view", None)
        if show_view is not None:
            show_view("dashboard")
        for widget in self.chrome():
            widget.hide()
        dashboard.setStyleSheet(WALL_STYLE.read_text(encoding="utf-8"))
        dashboard.alerts.set_wall(True)
        for strip in dashboard.strips:
            strip.set_wall(True)
        self.fit_strips()
        dashboard.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wrap(False)
        self.page = 0
        self._show_time()           # the time at once, not a blank corner for the first second
        self.clock.show()
        self._lay_out()
        self.timer.start(1000)
        self.window.showFullScreen()

    def leave(self) -> None:
        if not self.active:
            return
        self.show_map(False)
        self.active = False
        self.escape.setEnabled(False)
        self.map_key.setEnabled(False)
        for key in self._asleep:
            key.setEnabled(True)
        self._asleep = []
        self.timer.stop()
        self.dashboard.set_dark(False)   # as on entering: the charts come back one a turn
        self.clock.hide()
        for widget in self.chrome():
            widget.show()
        self.dashboard.setStyleSheet(DESK_STYLE)
        self.dashboard.alerts.set_wall(False)
        for strip in self.dashboard.strips:
            strip.set_wall(False)
        self.fit_strips()
        self.dashboard.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._wrap(True)
        for panel in self.dashboard.panels.values():
            panel.show()
        self.dashboard.arrange(tiles_per_row=4, panels_per_row=3)
        if self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()

    def fit_strips(self) -> None:
        """On the wall a shown strip (a sweep campaign running) takes the headline sentence's
        line: the screen has no line to spare, and the sentence's two figures are on the tiles
        just below it. On the desk the headline stays."""
        shown = any(isinstance(strip, QWidget) and not strip.isHidden()
                    for strip in self.dashboard.strips)
        self.dashboard.headline.setVisible(not (self.active and shown))

    def _wrap(self, wrap: bool) -> None:
        """Wrapping labels make the scroll area size the page by its preferred height, not its
        minimum: on the wall the page must fit the screen, and one line is room enough."""
        self.dashboard.headline.setWordWrap(wrap)
        for panel in self.dashboard.panels.values():
            panel.note.setWordWrap(wrap)

    def show_map(self, shown: bool) -> None:
        """The map on the wall, dark and in the wall's type (or the dashboard again)."""
        map_view = self.map_view if shown != self.on_map and (self.active or not shown) \
            else None
        if map_view is None:
            return
        self.on_map = shown
        show_view = getattr(self.window, "show_view", None)
        if show_view is not None:
            show_view("map" if shown else "dashboard")
        map_view.set_dark(shown)
        map_view.setStyleSheet(WALL_STYLE.read_text(encoding="utf-8") if shown else "")

    def _lay_out(self) -> None:
        panels = list(self.dashboard.panels.values())
        if self.rotate_seconds <= 0:
            self.dashboard.arrange(tiles_per_row=len(self.dashboard.tiles), panels_per_row=3)
            return
        pages = max(1, -(-len(panels) // PANELS_PER_PAGE))
        if self._make_map is not None:
            on_map = self.page % (pages + 1) == pages
            self.show_map(on_map)
            if on_map:
                return
        shown = panels[self.page % pages * PANELS_PER_PAGE:][:PANELS_PER_PAGE]
        for panel in panels:
            panel.setVisible(panel in shown)
        self.dashboard.arrange(tiles_per_row=len(self.dashboard.tiles), panels_per_row=3,
                               panels=shown)

    def _show_time(self) -> QDateTime:
        now = QDateTime.currentDateTime()
        self.clock.setText(QLocale().toString(now, "yyyy-MM-dd HH:mm:ss"))
        return now

    def _tick(self) -> None:
        now = self._show_time()
        if self.rotate_seconds > 0 and now.toSecsSinceEpoch() % self.rotate_seconds == 0:
            self.page += 1
            self._lay_out()


def install_wall_mode(window: QMainWindow, dashboard: Callable[[], DashboardView],
                      rotate_seconds: int = 0,
                      map_view: Callable[[], MapView] | None = None) -> WallMode:
    """F11 and Esc on `window` (and M, to the map and back, when it has one); returns the mode
    so `--wall` can enter it at once. `leave()` is for the program itself; a person at the wall
    goes through `ask_to_leave()`."""
    return WallMode(window, dashboard, rotate_seconds, map_view)
