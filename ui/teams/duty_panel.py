"""值班: who is on duty at the station now, each team's crew judged per shift (its leader and the
minimum roles: "夜班缺带队人" in red), and who comes on next; who was stood down today, and who
can replace them (same role and station, off duty, checked healthy today)."""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from controllers.browse.system_text import render
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.responder_health import replace_stood_down, replacements
from controllers.teams.shifts import duty_roster, station_duty
from controllers.teams.words import crew_text
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.formatting import moment
from ui.kit.live import FollowsChanges
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.role_labels import role_text
from ui.kit.widgets import hbox, label, vbox
from ui.teams.detail import fill, table

translate = QCoreApplication.translate


class DutyPanel(FollowsChanges, QWidget):
    live_tables = frozenset({"duty_shift", "temperature_check", "team_member", "vehicle"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station_id: int | None = None
        self._loading = False
        self.stood_down: list[Any] = []
        columns = [translate("DutyPanel", "Team"), translate("DutyPanel", "Name"),
                   translate("DutyPanel", "Role"), translate("DutyPanel", "From"),
                   translate("DutyPanel", "To")]
        self.now_table = table(columns)
        self.next_table = table(columns)
        self.down_table = table([translate("DutyPanel", "Name"), translate("DutyPanel", "Team"),
                                 translate("DutyPanel", "Role"), translate("DutyPanel", "Shift"),
                                 translate("DutyPanel", "Stood down")])
        self.down_table.itemSelectionChanged.connect(self.load_candidates)
        self.candidates = QListWidget()
        self.replace_button = action_button(context.user, replace_stood_down,
                                            translate("DutyPanel", "Replace with the chosen member"),
                                            self.replace)
        self.message = label("", "formMessage", wrap=True)
        self.crews = label("", "pageSubtitle", wrap=True)
        self.setLayout(vbox(
            self.message,
            hbox(vbox(label(translate("DutyPanel", "On duty now"), "sectionTitle"), self.crews,
                      self.now_table),
                 vbox(label(translate("DutyPanel", "Next on duty"), "sectionTitle"), self.next_table)),
            hbox(vbox(label(translate("DutyPanel", "Stood down today"), "sectionTitle"), self.down_table),
                 vbox(label(translate("DutyPanel", "Can replace"), "sectionTitle"), self.candidates,
                      self.replace_button)),
            margins=0, spacing=8))

    def is_loading(self) -> bool:
        return self._loading

    def show_station(self, station_id: int | None) -> None:
        self.station_id = station_id
        self.refresh()

    def refresh(self) -> None:
        station = self.station_id
        if station is None:
            self.message.setText(translate("DutyPanel", "Choose a station to see who is on duty."))
            for widget in (self.now_table, self.next_table, self.down_table):
                widget.setRowCount(0)
            self.crews.setText("")
            self.candidates.clear()
            return
        database, user = self.context.database, self.context.user
        self._loading = True

        def work(_control: TaskControl) -> object:
            duty = station_duty(database, user, station)
            down = [row for row in duty_roster(database, user, station, date.today())
                    if row.stood_down_at is not None]
            return duty, down

        def done() -> None:
            self._loading = False
            self.loading_finished()  # a change that arrived meanwhile is not lost

        self.context.tasks.submit("station duty", work, succeeded=self.show_duty, finished=done,
                                  owner=self)

    def show_duty(self, result: Any) -> None:
        duty, down = result
        self.message.setText("")
        for widget, rows in ((self.now_table, duty.on_duty), (self.next_table, duty.next_on_duty)):
            fill(widget, [[r.team, r.name, role_text(r.role), moment(r.starts_at), moment(r.ends_at)]
                          for r in rows])
        self.show_crews(duty.crews)
        self.stood_down = list(down)
        fill(self.down_table, [[r.name, r.team, role_text(r.role),
                                moment(r.starts_at) + " – " + moment(r.ends_at),
                                moment(r.stood_down_at) + " " + render(r.stood_down_reason)] for r in down])
        self.candidates.clear()

    def show_crews(self, crews: list[tuple[str, Any]]) -> None:
        """One line per team: its crew on duty now, complete or what it lacks (in red)."""
        lines = []
        for team, crew in crews:
            color = "#1b5e20" if crew.complete else "#b3261e"
            lines.append(f"<span style='color:{color}'>{escape(team)} · {escape(crew_text(crew))}</span>")
        self.crews.setText("<br>".join(lines))

    def load_candidates(self) -> None:
        row = self.down_table.currentRow()
        if not 0 <= row < len(self.stood_down):
            return
        shift_id = self.stood_down[row].shift_id
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> object:
            return replacements(database, user, shift_id)

        def show(found: Any) -> None:
            self.candidates.clear()
            for candidate in found:
                item = QListWidgetItem(f"{candidate.name} · {role_text(candidate.role)} · {candidate.unit}")
                item.setData(Qt.ItemDataRole.UserRole, candidate.responder_id)
                self.candidates.addItem(item)
            if not found:
                self.candidates.addItem(translate("DutyPanel", "Nobody of the same role is free and checked healthy."))

        self.context.tasks.submit("replacements", work, succeeded=show, owner=self)

    def replace(self) -> None:
        row, item = self.down_table.currentRow(), self.candidates.currentItem()
        if not 0 <= row < len(self.stood_down) or item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            self.message.setText(translate("DutyPanel", "Choose a stood-down member and a replacement."))
            return
        shift_id, replacement = self.stood_down[row].shift_id, int(item.data(Qt.ItemDataRole.UserRole))
        database, user = self.context.database, self.context.user

        def refused(error: CanvassError) -> None:
            self.message.setText(roster_error_text(error))

        def done(_result: object) -> None:
            self.message.setText(translate("DutyPanel", "Replacement on duty."))
            self.refresh()

        save_in_background(self.context.tasks, self, "replace",
                           lambda: replace_stood_down(database, user, shift_id, replacement),
                           saved=done, refused=refused, busy=present([self.replace_button]))
