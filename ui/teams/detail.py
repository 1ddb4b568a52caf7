"""One team: members with role, unit, phone (masked per role), lodging and leader; today's
shifts, each crew's verdict (its leader and the minimum roles) and temperatures; whether the
roster holds the minimums. A commander keeps the membership and plans shifts from here
(ui/teams/roster_edit.py)."""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTableWidget, QTableWidgetItem, QWidget

from controllers.browse.system_text import render
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.roster import TeamDetail, team_detail
from controllers.teams.words import completeness_text, crew_text, status_text
from models.errors import CanvassError
from ui.kit.formatting import moment
from ui.kit.labels import team_kind as team_kind_label
from ui.kit.live import LiveWindow
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_labels import role_text
from ui.kit.widgets import hbox, label, vbox
from ui.teams.roster_edit import RosterButtons

translate = QCoreApplication.translate
LIVE_TABLES = ("team", "team_member", "responder", "duty_shift", "temperature_check", "vehicle")


def table(headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAlternatingRowColors(True)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    widget.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            widget.setItem(r, c, QTableWidgetItem(value))
    widget.resizeColumnsToContents()


class TeamDetailDialog(LiveWindow, QDialog):
    """Follows the feed while open and on screen (ui/kit/live.py LiveWindow); deleted when
    closed."""

    live_tables = frozenset(LIVE_TABLES)

    def __init__(self, context: AppContext, team_id: int, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.team_id = team_id
        self.day = day or date.today()
        self.detail: TeamDetail | None = None
        self.setWindowTitle(translate("TeamDetail", "Team"))
        self.resize(860, 560)
        self.heading = label(translate("TeamDetail", "Loading…"), "pageTitle")
        self.composition = label("", "pageSubtitle", wrap=True)
        self.members = table([translate("TeamDetail", "Name"), translate("TeamDetail", "Role"),
                              translate("TeamDetail", "Unit"), translate("TeamDetail", "Phone"),
                              translate("TeamDetail", "Lodging"), translate("TeamDetail", "Leader"),
                              translate("TeamDetail", "Temperature today")])
        self.shifts = table([translate("TeamDetail", "Member"), translate("TeamDetail", "From"),
                             translate("TeamDetail", "To"), translate("TeamDetail", "Leads"),
                             translate("TeamDetail", "Stood down")])
        self.crews = label("", "pageSubtitle", wrap=True)
        self.message = label("", "formMessage", wrap=True)
        self.message.hide()
        self.roster = RosterButtons(self)      # none for a role that may not change rosters
        r = self.roster
        self.setLayout(vbox(self.heading, self.composition,
                            hbox(label(translate("TeamDetail", "Members"), "sectionTitle"), 1,
                                 r.add, r.leave, r.move, r.leader, r.lodging),
                            self.message, self.members,
                            hbox(label(translate("TeamDetail", "Shifts today"), "sectionTitle"), 1,
                                 r.duty, r.plan),
                            self.crews, self.shifts,
                            margins=18, spacing=8))
        self.load()
        self.live_on(context.feed)

    def load(self) -> None:
        database, user, team_id, day = self.context.database, self.context.user, self.team_id, self.day

        def work(_control: TaskControl) -> TeamDetail:
            return team_detail(database, user, team_id, day)

        def failed(error: BaseException) -> None:
            if isinstance(error, CanvassError):
                self.heading.setText(roster_error_text(error))

        self.context.tasks.submit("team detail", work, succeeded=self.show_detail, failed=failed,
                                  owner=self)

    def chosen_id(self) -> int | None:
        """The responder the highlight is on: what a reload keeps chosen (the list re-sorts)."""
        row = self.members.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.members):
            return None
        return int(self.detail.members[row].responder_id)

    def chosen_member(self) -> Any:
        row = self.members.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.members):
            self.say(translate("TeamDetail", "Choose a member first."))
            return None
        return self.detail.members[row]

    def say(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        self.load()

    def is_loading(self) -> bool:
        return False   # one coalesced change, one read of the team

    def show_detail(self, detail: Any) -> None:
        keep = self.chosen_id()
        self.detail = detail
        self.setWindowTitle(detail.name)
        self.heading.setText(translate("TeamDetail", "%1 · %2 · %3").replace("%1", detail.name)
                             .replace("%2", team_kind_label(detail.kind)).replace("%3", detail.station))
        composition = translate("TeamDetail", "Roster: %1").replace(
            "%1", completeness_text(detail.completeness))
        if detail.communities:
            composition += "\n" + translate("TeamDetail", "Communities: %1").replace(
                "%1", "、".join(detail.communities))
        if detail.vehicles:
            composition += "\n" + translate("TeamDetail", "Vehicles: %1").replace(
                "%1", "、".join(f"{plate} ({status_text(status)})" for plate, status in detail.vehicles))
        self.composition.setText(composition)
        yes = translate("TeamDetail", "Leader")
        rows = []
        for member in detail.members:
            check = detail.checks.get(member.responder_id)
            if check is None:
                reading = translate("TeamDetail", "not checked")
            else:
                reading = translate("TeamDetail", "%1 °C").replace("%1", str(check.temperature))
                if check.unwell:
                    reading += translate("TeamDetail", ", unwell")
            rows.append([member.name, role_text(member.role), member.unit, member.phone,
                         member.lodging, yes if member.is_leader else "", reading])
        fill(self.members, rows)
        ids = [member.responder_id for member in detail.members]
        if keep in ids:
            self.members.setCurrentCell(ids.index(keep), max(self.members.currentColumn(), 0))
        leads = translate("TeamDetail", "Leads")
        fill(self.shifts, [[s.name, moment(s.starts_at), moment(s.ends_at),
                            leads if s.leads_crew else "",
                            moment(s.stood_down_at) + " " + render(s.stood_down_reason)
                            if s.stood_down_at else ""] for s in detail.shifts])
        self.show_crews(detail.crews)

    def show_crews(self, crews: list[Any]) -> None:
        """Each of today's crews, its time and its verdict; an incomplete one in red."""
        lines = []
        for crew in crews:
            color = "#1b5e20" if crew.complete else "#b3261e"
            span = f"{moment(crew.starts_at)} – {moment(crew.ends_at)}"
            lines.append(f"<span style='color:{color}'>{escape(span)} · "
                         f"{escape(crew_text(crew))}</span>")
        self.crews.setText("<br>".join(lines) if lines else
                           translate("TeamDetail", "No shifts today."))
