"""The command center's window: navigation on the left, one view at a time, a status bar.

Each view is built the first time it is shown or asked for (ui/shell/views.py), so the window
opens with one view built and its modules loaded, not nine; built views stay in a stack, so
going back to a list finds it where it was left.

The navigation lists entries, not views: 态势 is one entry holding two views as tabs, the
dashboard and the situation map (ui/shell/situation.py), each still built when its tab is first
shown. A view keeps its own id and its own key: Ctrl+5 is 态势 on the dashboard, Ctrl+8 态势 on
the map, and the other entries keep the numbers they had before the map became a tab (Ctrl+9
the campaign, Ctrl+0 辖区资料).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.settings import LAST_VIEW, WINDOW_GEOMETRY
from models.accounts.permissions import Permission
from ui.accounts.sign_out import sign_out
from ui.intake.menu import intake_menu_text, open_intake_wizard
from ui.kit.widgets import hbox, label, vbox
from ui.register.menu import import_menu_text, open_import_wizard
from ui.setup.menu import add_district_menu
from ui.shell.situation import SITUATION, TABS, SituationView
from ui.shell.status_bar import CanvassStatusBar
from ui.shell.views import View, ViewShelf
from ui.shell.wall_mode import install_wall_mode

if TYPE_CHECKING:   # each view's module loads when the view is first wanted
    from ui.communities.view import CommunitiesView
    from ui.dashboard.view import DashboardView
    from ui.map.view import MapView
    from ui.transfers.view import TransfersView

translate = QCoreApplication.translate

VIEW_IDS = ("communities", "cases", "teams", "transfers", "dashboard", "register", "board", "map",
            "campaign")
DISTRICT = "district"   # 辖区资料: shown to a role that may set up the district
# The navigation's entries: the views, with 态势's two (dashboard, map) as one entry of tabs.
ENTRIES = ("communities", "cases", "teams", "transfers", SITUATION, "register", "board",
           "campaign")
# Each view's Ctrl+digit: the numbers the views had when each was an entry of its own.
KEYS = {"communities": 1, "cases": 2, "teams": 3, "transfers": 4, "dashboard": 5, "register": 6,
        "board": 7, "map": 8, "campaign": 9, DISTRICT: 0}
DEFAULT_SIZE = (1440, 900)


def view_title(view_id: str) -> str:
    titles = {
        "communities": translate("MainWindow", "Communities"),
        "cases": translate("MainWindow", "Cases"),
        "teams": translate("MainWindow", "Teams"),
        "transfers": translate("MainWindow", "Transfers"),
        "dashboard": translate("MainWindow", "Situation"),
        SITUATION: translate("MainWindow", "Situation"),
        "register": translate("MainWindow", "Register"),
        "board": translate("MainWindow", "Four 100%"),
        "map": translate("MainWindow", "Situation map"),
        "campaign": translate("MainWindow", "Sweep campaign"),
        DISTRICT: translate("MainWindow", "District data"),
    }
    return titles[view_id]


class MainWindow(QMainWindow):
    view_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("MainWindow", "Canvass — screening and transfer command center"))
        self.view_ids = VIEW_IDS + ((DISTRICT,) if context.user.may(Permission.SET_UP_DISTRICT)
                                   else ())
        self.views = ViewShelf({view_id: self._maker(view_id) for view_id in self.view_ids},
                               self._place)
        self.entries = ENTRIES + self.view_ids[len(VIEW_IDS):]
        self.stack = QStackedWidget()
        self.situation = SituationView(situation_tab_title)
        self.situation.wanted.connect(lambda view_id: self.views[view_id])
        self.situation.tab_changed.connect(self._on_tab)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for entry in self.entries:
            item = QListWidgetItem(view_title(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(entry_keys(entry))
            self.navigation.addItem(item)
            # the view itself when first shown; 态势's tabs hold theirs
            self.stack.addWidget(self.situation if entry == SITUATION else ViewPlace(entry))
        for view_id in self.view_ids:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{KEYS[view_id]}"), self)
            shortcut.activated.connect(lambda chosen=view_id: self.show_view(chosen))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh_current)
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(190)
        sidebar.setLayout(vbox(label("Canvass", "appName"),
                               label(translate("MainWindow", "Screening and transfer command"),
                                     "appTagline", wrap=True),
                               self.navigation, spacing=0))
        central = QWidget()
        central.setLayout(hbox(sidebar, self.stack, spacing=0))
        self.setCentralWidget(central)
        self.setStatusBar(CanvassStatusBar(context, self))
        self.setMinimumSize(800, 520)
        self._build_menu()
        self.wall = install_wall_mode(self, lambda: self.dashboard, map_view=self._map_view)
        self._restore()

    # -- the views, each made when first wanted --------------------------------------------------
    def _maker(self, view_id: str) -> Callable[[], View]:
        makers: dict[str, Callable[[], View]] = {
            "communities": self._communities, "cases": self._cases, "teams": self._teams,
            "transfers": self._transfers, "dashboard": self._dashboard, "register": self._register,
            "board": self._board, "map": self._map, "campaign": self._campaign,
            DISTRICT: self._district}
        return makers[view_id]

    def _place(self, view_id: str, view: View) -> None:
        """A view just made takes its place in the stack (or its tab of 态势) and follows the
        change feed."""
        self.context.feed.changed.connect(view.on_change)
        if view_id in TABS:
            self.situation.hold(view_id, view)
            return
        place = next(widget for index in range(self.stack.count())
                     if isinstance(widget := self.stack.widget(index), ViewPlace)
                     and widget.view_id == view_id)
        index = self.stack.indexOf(place)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(place)
        place.deleteLater()

    @property
    def dashboard(self) -> DashboardView:
        """态势, which the wall shows."""
        from ui.dashboard.view import DashboardView
        view = self.views["dashboard"]
        assert isinstance(view, DashboardView)
        return view

    def _map_view(self) -> MapView:
        from ui.map.view import MapView
        view = self.views["map"]
        assert isinstance(view, MapView)
        return view

    def _communities(self) -> CommunitiesView:
        from ui.communities.view import CommunitiesView
        return CommunitiesView(self.context)

    def _cases(self) -> View:
        from ui.cases.view import CasesView
        return CasesView(self.context)

    def _teams(self) -> View:
        from ui.teams.view import TeamsView
        return TeamsView(self.context)

    def _transfers(self) -> TransfersView:
        from ui.transfers.view import TransfersView
        return TransfersView(self.context)

    def _dashboard(self) -> View:
        from ui.campaign.strip import CampaignStrip
        from ui.dashboard.view import DashboardView
        dashboard = DashboardView(self.context)
        strip = CampaignStrip(self.context)   # the countdown and laggards, wall too
        dashboard.add_strip(strip)
        strip.shown_changed.connect(lambda _shown: self.wall.fit_strips())
        return dashboard

    def _register(self) -> View:
        from ui.register.view import RegisterView
        register = RegisterView(self.context)
        register.case_wanted.connect(self.open_case)   # a person's case, from the register
        return register

    def _board(self) -> View:
        # 四个百分百: opens and dispatches a case with the case board's own windows.
        from ui.board.view import BoardView, CaseWindows
        from ui.cases.detail import open_case_detail
        from ui.cases.dispatch_dialog import dispatch_button
        return BoardView(self.context, CaseWindows(open_case_detail, dispatch_button))

    def _open_community(self, community_id: int) -> None:
        """A community's window, the communities view's own."""
        from ui.communities.view import CommunitiesView
        view = self.views["communities"]
        assert isinstance(view, CommunitiesView)
        view.open_community(community_id)

    def _open_order(self, transfer_id: int) -> None:
        from ui.transfers.view import TransfersView
        view = self.views["transfers"]
        assert isinstance(view, TransfersView)
        view.orders.open(transfer_id)

    def _map(self) -> View:
        # 态势图: a click opens the community's window, or a vehicle's transfer order.
        from ui.map.view import MapView, MapWindows
        return MapView(self.context, MapWindows(self._open_community, self._open_order))

    def _campaign(self) -> View:
        # 集中排查行动: Enter opens a community with the communities view's own window.
        from ui.campaign.view import CampaignView
        return CampaignView(self.context, self._open_community)

    def _district(self) -> View:
        from ui.district.view import DistrictView
        return DistrictView(self.context)

    def _build_menu(self) -> None:
        """What the signed-in role may do, and nothing else (the controllers check again)."""
        user = self.context.user
        menu = self.menuBar().addMenu(translate("MainWindow", "&Account"))
        if user.may(Permission.MANAGE_USERS):
            menu.addAction(translate("MainWindow", "&Users…"), self.open_users)
        if user.may(Permission.VIEW_AUDIT_LOG):
            menu.addAction(translate("MainWindow", "Audit &log…"), self.open_audit_log)
        if user.may(Permission.IMPORT_REGISTER):
            menu.addAction(import_menu_text(), lambda: open_import_wizard(self.context, self))
        if user.may(Permission.MANAGE_CASES):
            menu.addAction(intake_menu_text(), lambda: open_intake_wizard(self.context, self))
        menu.addSeparator()
        if user.id is not None:   # a person's account, not the screenshot or console user
            menu.addAction(translate("MainWindow", "Change my &password…"), self.change_password)
        menu.addAction(translate("MainWindow", "Sign &out / switch user…"), self.sign_out)
        menu.addAction(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit,
                       self.close)
        add_district_menu(self, self.context)

    def open_users(self) -> None:
        from ui.accounts.users_dialog import UsersDialog
        UsersDialog(self.context, self).exec()

    def open_audit_log(self) -> None:
        from ui.accounts.audit_log_dialog import AuditLogDialog
        AuditLogDialog(self.context, self).exec()

    def change_password(self) -> None:
        from ui.accounts.password_dialog import ChangePasswordDialog
        context = self.context
        ChangePasswordDialog(context.database, context.tasks, context.user, self).exec()

    def sign_out(self) -> None:
        """This window closes; whoever signs in next gets a fresh one (ui/accounts/sign_out.py)."""
        sign_out(self, self.context, MainWindow)

    def _restore(self) -> None:
        geometry = self.context.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        last = self.context.settings.get(LAST_VIEW)
        self.show_view(last if last in self.views else self.view_ids[0])

    def open_case(self, case_id: int) -> None:
        """The case board comes forward with the case's window open."""
        from ui.cases.view import CasesView
        cases = self.views["cases"]
        assert isinstance(cases, CasesView)
        self.show_view("cases")
        cases.open_case(case_id)

    def current_view_id(self) -> str:
        """The view in front: on 态势, the view of the tab in front."""
        widget = self.stack.currentWidget()
        if widget is self.situation:
            return self.situation.current_tab()
        return str(getattr(widget, "view_id", VIEW_IDS[0]))

    def show_view(self, view_id: str) -> None:
        """Bring a view forward (and load it if this is its first showing): 态势's views on
        their tab."""
        if view_id not in self.views:
            raise KeyError(view_id)
        if view_id in TABS:
            self.situation.show_tab(view_id)
            view_id = SITUATION
        self.navigation.setCurrentRow(self.entries.index(view_id))

    def _on_navigation(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        view_id = self.situation.current_tab() if entry == SITUATION else entry
        view = self.views[view_id]
        self.stack.setCurrentWidget(self.situation if entry == SITUATION else view)
        view.activate()
        self.view_changed.emit(view_id)

    def _on_tab(self, view_id: str) -> None:
        """Another tab of 态势 in front (while 态势 is shown): its view loads as on a first
        showing, or catches up."""
        if self.stack.currentWidget() is self.situation:
            self.views[view_id].activate()
            self.view_changed.emit(view_id)

    def refresh_current(self) -> None:
        self.views[self.current_view_id()].refresh()

    def is_loading(self) -> bool:
        """Whether a view built so far is still reading (one never shown reads nothing)."""
        return any(view.is_loading() for view in self.views.made())

    def remember(self) -> None:
        """Keep the window's place and the view in use for the next start."""
        if not self.isFullScreen():  # the wall's full screen is not a place to come back to
            self.context.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.context.settings.set(LAST_VIEW, self.current_view_id())
        self.context.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        super().closeEvent(event)


def situation_tab_title(view_id: str) -> str:
    return {"dashboard": translate("MainWindow", "Overview"),
            "map": translate("MainWindow", "Situation map")}[view_id]


def entry_keys(entry: str) -> str:
    """The entry's key, for its tooltip (态势: both its tabs')."""
    if entry == SITUATION:
        return translate("MainWindow", "Ctrl+%1 (situation map: Ctrl+%2)").replace(
            "%1", str(KEYS["dashboard"])).replace("%2", str(KEYS["map"]))
    return translate("MainWindow", "Ctrl+%1").replace("%1", str(KEYS[entry]))


class ViewPlace(QWidget):
    """Where a view not yet shown will stand in the stack."""

    def __init__(self, view_id: str) -> None:
        super().__init__()
        self.view_id = view_id
