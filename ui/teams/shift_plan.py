"""排班: plan a team's shifts for a block of days in one action. Two crews by default, the day
crew from 08:00 and the night crew from 20:00, twelve hours each, for the next 7 days; tick who
is on which crew (Space on a cell), choose who leads each (the team's leader leads the crew he is
on), Enter. Each crew's verdict is shown as it is ticked, by the district's minimums; the plan is
saved all or nothing, and an overlap names the responder and the time."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from controllers.runtime.context import AppContext
from controllers.teams.roster import TeamDetail
from controllers.teams.shifts import (
    LONGEST_SHIFT_HOURS,
    MOST_DAYS,
    ShiftPattern,
    ShiftPlan,
    Watch,
    plan_team_shifts,
    planned_crew,
)
from controllers.teams.words import crew_text
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_labels import role_text
from ui.kit.widgets import day_edit, hbox, label, ok_cancel, vbox

translate = QCoreApplication.translate
POLICE = ("police", "auxiliary_police")
DAY, NIGHT = 0, 1
CREW_COLUMNS = (2, 3)          # the members table's columns ticked for the day and night crew


class CrewRow:
    """One crew's pattern: from, hours, who leads it."""

    def __init__(self, starts: time, hours: int) -> None:
        self.starts = QTimeEdit(QTime(starts.hour, starts.minute))
        self.starts.setDisplayFormat("HH:mm")
        self.hours = QSpinBox()
        self.hours.setRange(1, LONGEST_SHIFT_HOURS)
        self.hours.setValue(hours)
        self.hours.setSuffix(translate("ShiftPlan", " h"))
        self.leader = QComboBox()
        self.leader.setMinimumContentsLength(8)
        self.verdict = label("", "formMessage", wrap=True)

    def pattern_time(self) -> time:
        value = self.starts.time()
        return time(value.hour(), value.minute())


class ShiftPlanDialog(QDialog):
    """Emits accepted once the plan is written; `planned` says how many shifts it made."""

    def __init__(self, context: AppContext, detail: TeamDetail, first_day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.planned = 0
        self.setWindowTitle(translate("ShiftPlan", "Plan shifts: %1").replace("%1", detail.name))
        self.resize(640, 560)
        self.first_day = day_edit(first_day or date.today() + timedelta(days=1))
        self.days = QSpinBox()
        self.days.setRange(1, MOST_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(translate("ShiftPlan", " days"))
        self.crews = (CrewRow(time(8), 12), CrewRow(time(20), 12))
        self.members = QTableWidget(len(detail.members), 4)
        self.members.setHorizontalHeaderLabels([
            translate("ShiftPlan", "Member"), translate("ShiftPlan", "Role"),
            translate("ShiftPlan", "Day crew"), translate("ShiftPlan", "Night crew")])
        self.members.verticalHeader().hide()
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.horizontalHeader().setStretchLastSection(True)
        self._fill_members()
        self.message = label("", "formMessage", wrap=True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = ok_cancel(self, translate("ShiftPlan", "Plan"))
        form = QFormLayout()
        form.addRow(translate("ShiftPlan", "From"), hbox(self.first_day, self.days, 1))
        for crew, name in zip(self.crews, (translate("ShiftPlan", "Day crew"),
                                           translate("ShiftPlan", "Night crew")), strict=True):
            form.addRow(name, hbox(crew.starts, crew.hours,
                                   label(translate("ShiftPlan", "led by")), crew.leader, 1))
            form.addRow("", crew.verdict)
        self.setLayout(vbox(form, self.members, self.message, self.buttons, margins=18, spacing=8))
        self.members.itemChanged.connect(lambda _item: self.crews_changed())
        for crew in self.crews:
            crew.starts.timeChanged.connect(lambda _t: self.crews_changed())
            crew.hours.valueChanged.connect(lambda _v: self.crews_changed())
            crew.leader.currentIndexChanged.connect(lambda _i: self.show_verdicts())
        self.crews_changed()
        self.members.setFocus()
        self.members.setCurrentCell(0, CREW_COLUMNS[DAY])

    # -- who is on which crew ----------------------------------------------------------------
    def _fill_members(self) -> None:
        """Ticked as the team's crews run today (a member stood down today stays on his crew:
        the plan is for the days ahead); with no shift today, everyone by day."""
        watches = {crew.ends_at: crew.watch for crew in self.detail.crews}
        today = {row.responder_id: watches.get(row.ends_at) for row in self.detail.shifts}
        for r, member in enumerate(self.detail.members):
            self.members.setItem(r, 0, QTableWidgetItem(member.name))
            self.members.setItem(r, 1, QTableWidgetItem(role_text(member.role)))
            night = today.get(member.responder_id) == Watch.NIGHT
            for crew, column in enumerate(CREW_COLUMNS):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = night if crew == NIGHT else not night
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.members.setItem(r, column, item)
        self.members.resizeColumnsToContents()

    def crew_members(self, crew: int) -> list[Any]:
        column = CREW_COLUMNS[crew]
        return [member for r, member in enumerate(self.detail.members)
                if (item := self.members.item(r, column)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    def set_on_crew(self, responder_id: int, crew: int, on: bool) -> None:
        for r, member in enumerate(self.detail.members):
            item = self.members.item(r, CREW_COLUMNS[crew])
            if member.responder_id == responder_id and item is not None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def crews_changed(self) -> None:
        """Each leader list holds its crew; the choice stays if its member does, else the team's
        leader if on the crew, else its first officer."""
        for index, crew in enumerate(self.crews):
            on_crew = self.crew_members(index)
            kept = crew.leader.currentData()
            crew.leader.blockSignals(True)
            crew.leader.clear()
            crew.leader.addItem(translate("ShiftPlan", "(nobody named)"), None)
            for member in on_crew:
                crew.leader.addItem(member.name, member.responder_id)
            ids = [m.responder_id for m in on_crew]
            default = next((m.responder_id for m in on_crew if m.is_leader), None) or next(
                (m.responder_id for m in on_crew if m.role in POLICE), None)
            choice = kept if kept in ids else default
            crew.leader.setCurrentIndex(max(crew.leader.findData(choice), 0) if choice else 0)
            crew.leader.blockSignals(False)
        self.show_verdicts()

    def show_verdicts(self) -> None:
        day = self.first_day.date()
        first = date(day.year(), day.month(), day.day())
        for index, crew in enumerate(self.crews):
            on_crew = self.crew_members(index)
            if not on_crew:
                crew.verdict.setText(translate("ShiftPlan", "Nobody on this crew: it is not planned."))
                crew.verdict.setStyleSheet("color: #5f6368;")
                continue
            chosen = crew.leader.currentData()
            leaders = len({m.responder_id for m in on_crew if m.is_leader or m.responder_id == chosen})
            starts = datetime.combine(first, crew.pattern_time())
            verdict = planned_crew(self.detail.kind, [m.role for m in on_crew], leaders,
                                   self.detail.completeness.counts.vehicles,
                                   (starts, starts + timedelta(hours=crew.hours.value())),
                                   self.detail.minimums)
            crew.verdict.setText(crew_text(verdict))
            crew.verdict.setStyleSheet("color: #1b5e20;" if verdict.complete else "color: #b3261e;")

    # -- the plan ----------------------------------------------------------------------------
    def plan(self) -> ShiftPlan:
        day = self.first_day.date()
        patterns = []
        for index, crew in enumerate(self.crews):
            on_crew = tuple(m.responder_id for m in self.crew_members(index))
            if on_crew:
                leader: Any = crew.leader.currentData()
                patterns.append(ShiftPattern(crew.pattern_time(), crew.hours.value(), on_crew,
                                             None if leader is None else int(leader)))
        return ShiftPlan(self.detail.id, date(day.year(), day.month(), day.day()),
                         self.days.value(), tuple(patterns))

    def accept(self) -> None:
        plan, database, user = self.plan(), self.context.database, self.context.user

        def saved(planned: int) -> None:
            self.planned = planned
            super(ShiftPlanDialog, self).accept()

        def refused(error: CanvassError) -> None:
            self.message.setText(roster_error_text(error))

        save_in_background(self.context.tasks, self, "plan shifts",
                           lambda: plan_team_shifts(database, user, plan), saved=saved,
                           refused=refused)
