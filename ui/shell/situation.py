"""态势: one entry of the navigation, two tabs — the dashboard (态势总览) and the situation map
(态势图) — as issue 23 words it ("the map, a tab of 态势").

The container is cheap and made with the window; each tab's view is made the first time its tab
is shown (or anything asks the shelf for it: the wall, a screenshot), so opening 态势 on its
dashboard loads neither the map's module nor its figures. Ctrl+Tab / Ctrl+Shift+Tab and
Ctrl+PgDown / Ctrl+PgUp turn the tabs while 态势 is in front (the window's keys, so they work
whichever widget of the tab has the focus, or none; asleep on the wall like every desk key).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

SITUATION = "situation"   # the navigation entry's id; its tabs are the views below
TABS = ("dashboard", "map")
TAB_KEYS = {1: ("Ctrl+Tab", "Ctrl+PgDown"), -1: ("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp")}


class TabPlace(QWidget):
    """A tab's page: empty until its view is made, then the view alone, edge to edge."""

    def __init__(self, view_id: str) -> None:
        super().__init__()
        self.view_id = view_id
        self.view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def hold(self, view: QWidget) -> None:
        self.view = view
        layout = self.layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()   # now, not at the layout's next pass: it is the tab shown


class SituationView(QWidget):
    """The 态势 entry: `wanted(view_id)` is emitted when a tab whose view is not made yet is
    shown (the window makes it and hands it back through `hold`); `tab_changed(view_id)` when
    the tab in front changes."""

    wanted = Signal(str)
    tab_changed = Signal(str)

    def __init__(self, titles: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_id = SITUATION
        self.tabs = QTabWidget()
        self.tabs.setObjectName("situationTabs")
        self.tabs.tabBar().setObjectName("situationTabs")   # the wall hides it (wall_mode.py)
        self.tabs.setDocumentMode(True)                      # no frame around the views
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.places: dict[str, TabPlace] = {}
        for view_id in TABS:
            place = TabPlace(view_id)
            self.places[view_id] = place
            self.tabs.addTab(place, titles(view_id))
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for step, keys in TAB_KEYS.items():
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(lambda step=step: self.turn(step))

    def current_tab(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)]

    def show_tab(self, view_id: str) -> None:
        """Bring `view_id`'s tab forward (its view is wanted if not made yet)."""
        index = TABS.index(view_id)
        if self.tabs.currentIndex() == index:
            self._want(view_id)
        else:
            self.tabs.setCurrentIndex(index)

    def turn(self, step: int) -> None:
        if self.isVisible():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def hold(self, view_id: str, view: QWidget) -> None:
        self.places[view_id].hold(view)

    def _want(self, view_id: str) -> None:
        if self.places[view_id].view is None:
            self.wanted.emit(view_id)

    def _on_tab(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self._want(TABS[index])
            self.tab_changed.emit(TABS[index])
