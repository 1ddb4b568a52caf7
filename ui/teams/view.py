"""队伍: work groups, quick-response teams and contact-tracing groups per station: who leads,
whether each is complete (and why not), who is on duty now; the vehicles board and the
station's supplies as tabs beside the teams."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTabWidget, QWidget

from controllers.browse import Kind
from controllers.browse.vocabulary import TEAM_KINDS
from controllers.communities.rows import station_choices
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.minimums import set_team_minimums
from controllers.teams.responder_health import record_temperature
from controllers.teams.roster import station_minimums
from controllers.teams.rows import team_roster_rows
from ui.kit.error_text import error_text
from ui.kit.filters import ValueFilter
from ui.kit.formatting import count
from ui.kit.live import keep_while_open
from ui.kit.role_actions import action_button, present
from ui.kit.table_page import TablePage
from ui.kit.widgets import hbox, label
from ui.teams.duty_panel import DutyPanel
from ui.teams.roster_print import DutyRosterButton
from ui.teams.supplies_panel import SuppliesPanel
from ui.teams.vehicles import VehiclesBoard

translate = QCoreApplication.translate


class TeamsView(TablePage):
    live_tables = frozenset({"team", "team_member", "responder", "police_station", "duty_shift",
                             "vehicle"})
    view_id = "teams"

    def __init__(self, context: AppContext) -> None:
        self.rows = team_roster_rows(context.database, context.user)
        super().__init__(context, self.rows, translate("TeamsView", "Teams"),
                         translate("TeamsView", "Team name starts with…"))
        self.station = QComboBox()
        self.station.addItem(translate("TeamsView", "All stations"), None)
        self.station.setMinimumContentsLength(10)
        self.station.currentIndexChanged.connect(lambda _index: self._station_changed())
        self.kind = ValueFilter(Kind.TEAM_KIND, TEAM_KINDS, translate("TeamsView", "All kinds"))
        self.kind.on_change(self.apply_filters)
        self.details_button = QPushButton(translate("TeamsView", "Team details…"))
        self.details_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.temperature_button = action_button(context.user, record_temperature,
                                                translate("TeamsView", "Temperatures…"),
                                                self.open_temperatures, "Ctrl+T")
        if self.temperature_button is not None:
            self.temperature_button.setToolTip(translate(
                "TeamsView", "Enter the members' daily temperatures (Ctrl+T)"))
        self.roster_button = DutyRosterButton(context, self.station.currentData, self.strength_say)
        for widget in (self.station, self.kind):
            self.filter_bar.addWidget(widget)
        self.strength = label("", "pageSubtitle", wrap=True)
        self.vehicles = VehiclesBoard(context)
        self.vehicles.page_box.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.page_box.replaceWidget(self.table, self.tabs)
        self.tabs.addTab(self.table, translate("TeamsView", "Teams"))
        self.duty = DutyPanel(context)
        self.tabs.addTab(self.duty, translate("TeamsView", "On duty"))
        self.tabs.addTab(self.vehicles, translate("TeamsView", "Vehicles"))
        self.supplies = SuppliesPanel(context)
        self.tabs.addTab(self.supplies, translate("TeamsView", "Supplies"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # Beside the tabs, not in the filter bar: the window keeps its narrow minimum width.
        self.minimums_button = action_button(context.user, set_team_minimums,
                                             translate("TeamsView", "Minimums…"),
                                             self.open_minimums)
        if self.minimums_button is not None:
            self.minimums_button.setToolTip(translate(
                "TeamsView", "How many of each role a complete team needs, district-wide"))
        corner_buttons: list[QWidget] = present([self.details_button, self.temperature_button,
                                                 self.roster_button, self.minimums_button])
        corner = QWidget()
        corner.setLayout(hbox(*corner_buttons, margins=0, spacing=6))
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.page_box.insertWidget(2, self.strength)
        self.table.setToolTip(translate("TeamsView", "Double-click or press Enter to open a team."))
        self.open_rows_with(self._open_index)
        self.table.empty_text = translate("TeamsView", "No team matches the filters.")
        self._stations_loaded = False
        self.open_windows: list[Any] = []
        self.minimums_dialog: Any = None

    def open_minimums(self) -> None:
        from ui.teams.minimums_dialog import TeamMinimumsDialog, open_minimums_dialog

        def opened(dialog: TeamMinimumsDialog) -> None:
            dialog.accepted.connect(self.refresh)
            self.minimums_dialog = dialog
            dialog.open()

        open_minimums_dialog(self.context, self, opened,
                             lambda error: self.strength_say(error_text(error)))

    def filters(self) -> dict[str, object]:
        return {"name": self.search.text().strip(), "kind": self.kind.value(), "active_only": True,
                "station_id": self.station.currentData()}

    def refresh(self) -> None:
        if not self._stations_loaded:
            self._load_stations()
        super().refresh()
        self._load_strength()
        if self.tabs.currentWidget() is self.vehicles:
            self.vehicles.refresh()
        elif self.tabs.currentWidget() is self.supplies:
            self.supplies.refresh()
        elif self.tabs.currentWidget() is self.duty:
            self.duty.refresh()

    def is_loading(self) -> bool:
        return (super().is_loading() or self.vehicles.is_loading() or self.supplies.is_loading()
                or self.duty.is_loading())

    def on_change(self, change: ChangeSet) -> None:
        super().on_change(change)
        if self.tabs.currentWidget() is self.vehicles:
            self.vehicles.on_change(change)
        elif change.touches(*self.vehicles.live_tables):
            self.vehicles._stale = True
        if self.tabs.currentWidget() is self.supplies:
            self.supplies.on_change(change)
        if self.tabs.currentWidget() is self.duty:
            self.duty.on_change(change)

    def strength_say(self, text: str) -> None:
        self.strength.setText(text)

    def count_text(self, number: int) -> str:
        return translate("TeamsView", "Total: %1", "teams").replace("%1", count(number))

    def _station_changed(self) -> None:
        self.apply_filters()
        self.vehicles.station_id = self.station.currentData()
        if self.tabs.currentWidget() is self.vehicles:
            self.vehicles.apply_filters()
        else:
            self.vehicles._stale = True
        if self.tabs.currentWidget() is self.supplies:
            self.supplies.show_station(self.station.currentData())
        if self.tabs.currentWidget() is self.duty:
            self.duty.show_station(self.station.currentData())
        self._load_strength()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.vehicles:
            self.vehicles.station_id = self.station.currentData()
            self.vehicles.activate()
        elif self.tabs.currentWidget() is self.supplies:
            self.supplies.show_station(self.station.currentData())
        elif self.tabs.currentWidget() is self.duty:
            self.duty.show_station(self.station.currentData())

    def _load_strength(self) -> None:
        database, user, chosen = self.context.database, self.context.user, self.station.currentData()

        def work(_control: TaskControl) -> object:
            return station_minimums(database, user)

        def show(strengths: Any) -> None:
            if chosen is not None:
                mine = [s for s in strengths if s.station_id == chosen]
                if not mine:
                    return
                text = translate("TeamsView", "Quick-response teams: %1 of at least %2")
                text = text.replace("%1", str(mine[0].quick_response_teams)).replace("%2", str(mine[0].minimum))
                if not mine[0].meets_minimum:
                    text += translate("TeamsView", " — below the minimum")
            else:
                short = [s.station for s in strengths if not s.meets_minimum]
                text = translate("TeamsView", "Stations below the quick-response team minimum: %1 of %2") \
                    .replace("%1", str(len(short))).replace("%2", str(len(strengths)))
                if short:
                    text += translate("TeamsView", " (%1)").replace("%1", "、".join(short[:8]))
            self.strength.setText(text)

        self.context.tasks.submit("station strength", work, succeeded=show, owner=self)

    def _load_stations(self) -> None:
        self._stations_loaded = True
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> list[tuple[int, str]]:
            return station_choices(database, user)

        def show(stations: list[tuple[int, str]]) -> None:
            self.station.blockSignals(True)
            for ident, name in stations:
                self.station.addItem(name, ident)
            self.station.blockSignals(False)

        self.context.tasks.submit("stations", work, succeeded=show, owner=self)

    def open_team(self, team_id: int) -> Any:
        """The team's window (one per team; raised again if already open)."""
        from ui.teams.detail import TeamDetailDialog
        for window in self.open_windows:
            if window.team_id == team_id and window.isVisible():
                window.raise_()
                return window
        window = TeamDetailDialog(self.context, team_id, self)   # follows the feed itself
        keep_while_open(self.open_windows, window)   # and leaves this list when deleted
        window.show()
        return window

    def open_temperatures(self) -> Any:
        from ui.teams.temperature_dialog import TemperatureDialog
        dialog = TemperatureDialog(self.context, self.station.currentData(), self)
        dialog.show()
        return dialog

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        team_id = self.model.row_id(index.row())
        if team_id is not None:
            self.open_team(team_id)
