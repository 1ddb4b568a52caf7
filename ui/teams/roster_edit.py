"""Keeping a team's roster from its detail window (commanders), each a few keystrokes on the
chosen member: add a member (Ctrl+N), the member leaves (Del) or moves to another team
(Ctrl+M), becomes the leader (Ctrl+L), is lodged (Ctrl+G) or put on duty; and the team's shifts
planned for a block of days (Ctrl+P). Every change names the team's version the window shows;
saved in the background; a refusal comes back as a sentence, nothing is written, and the window
reloads what is now true."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDialog, QFormLayout, QPushButton, QWidget

from controllers.teams.roster import (
    hand_leadership,
    join_team,
    leader_needs_confirming,
    leave,
    lodge,
    lodgings,
    move_to_team,
    teams_to_move,
)
from controllers.teams.shifts import plan_team_shifts, put_on_duty
from models.errors import CanvassError
from ui.kit.background import load_in_background, save_in_background
from ui.kit.qt_time import qdatetime, to_minute
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_actions import action_button, key_text, present
from ui.kit.widgets import ok_cancel
from ui.teams.member_dialogs import (
    AddMemberDialog,
    LeaderDialog,
    LeaveDialog,
    LodgingDialog,
    MoveDialog,
)
from ui.teams.shift_plan import ShiftPlanDialog

translate = QCoreApplication.translate
SHIFT_HOURS = 12


class ShiftDialog(QDialog):
    """From and to, a 12-hour standby shift from the next full hour by default; whether the
    member leads the crew of that shift (the team's leader does anyway)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamRoster", "Put %1 on duty").replace("%1", name))
        start = (datetime.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.starts = QDateTimeEdit(qdatetime(start))
        self.ends = QDateTimeEdit(qdatetime(start + timedelta(hours=SHIFT_HOURS)))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.leads = QCheckBox(translate("TeamRoster", "Leads the crew of this shift"))
        form = QFormLayout(self)
        form.addRow(translate("TeamRoster", "From"), self.starts)
        form.addRow(translate("TeamRoster", "To"), self.ends)
        form.addRow(self.leads)
        form.addRow(ok_cancel(self, translate("TeamRoster", "Put on duty")))

    def times(self) -> tuple[datetime, datetime]:
        return to_minute(self.starts.dateTime()), to_minute(self.ends.dateTime())


def key_button(owner: Any, gate: Callable[..., object], text: str, keys: str, tip: str,
               slot: Callable[[], object]) -> QPushButton | None:
    """A roster button and its key, for a role that may make the change (ui/kit/role_actions)."""
    button = action_button(owner.context.user, gate, text, slot, keys)
    if button is not None:
        button.setToolTip(f"{tip} ({key_text(keys)})" if keys else tip)
    return button


class RosterButtons:
    """The commander's buttons and what they do, for the team detail window to lay out (None
    where the user's role may not change the roster). The window (`owner`) gives the context,
    the team, the chosen member, `say` and `load`."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self.dialog: QDialog | None = None      # the form open now, if any
        self.add = key_button(owner, join_team, translate("TeamRoster", "Add member…"), "Ctrl+N",
                              translate("TeamRoster", "A responder joins the team"),
                              self.ask_member)
        self.leave = key_button(owner, leave, translate("TeamRoster", "Leaves…"), "Del",
                                translate("TeamRoster", "The chosen member leaves the team"),
                                self.ask_leave)
        self.move = key_button(owner, move_to_team, translate("TeamRoster", "Move…"), "Ctrl+M",
                               translate("TeamRoster", "The chosen member moves to another team"),
                               self.ask_move)
        self.leader = key_button(
            owner, hand_leadership, translate("TeamRoster", "Make leader"), "Ctrl+L",
            translate("TeamRoster", "The chosen member leads the team; the old leader steps down"),
            self.make_leader)
        self.lodging = key_button(owner, lodge, translate("TeamRoster", "Lodging…"), "Ctrl+G",
                                  translate("TeamRoster", "Where the chosen member sleeps"),
                                  self.ask_lodging)
        self.duty = key_button(owner, put_on_duty, translate("TeamRoster", "Put on duty…"), "",
                               translate("TeamRoster", "One shift for the chosen member"),
                               self.ask_shift)
        self.plan = key_button(owner, plan_team_shifts, translate("TeamRoster", "Plan shifts…"),
                               "Ctrl+P", translate("TeamRoster", "The team's shifts for a block of days"),
                               self.ask_plan)

    @property
    def buttons(self) -> list[QPushButton]:
        return present([self.add, self.leave, self.move, self.leader, self.lodging, self.duty,
                        self.plan])

    def chosen(self) -> Any:
        return self.owner.chosen_member()

    def _version(self) -> int | None:
        detail = self.owner.detail
        return None if detail is None else int(detail.version)

    def _open(self, dialog: QDialog, answered: Callable[[], None]) -> None:
        """Show the form without blocking the window; `answered` runs if it is accepted."""
        self.dialog = dialog
        dialog.accepted.connect(answered)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.back_to_members()

    def back_to_members(self) -> None:
        """The window again, the members' table in focus: the next key acts on a member."""
        self.owner.activateWindow()
        self.owner.members.setFocus()

    # -- membership ----------------------------------------------------------------------------
    def ask_member(self) -> None:
        detail = self.owner.detail
        if detail is None:
            return
        dialog = AddMemberDialog(self.owner.context, detail.id, detail.name, date.today(), self.owner)

        def answered() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                self.join(chosen.id, dialog.joins_on())
        self._open(dialog, answered)

    def join(self, responder_id: int, on: date) -> None:
        team_id, version = self.owner.team_id, self._version()
        self.run("join team", lambda db, user: join_team(db, user, team_id, responder_id, on,
                                                          expected_version=version), self.add)

    def ask_leave(self) -> None:
        member = self.chosen()
        if member is None:
            return
        dialog = LeaveDialog(member.name, date.today(), self.owner)
        self._open(dialog, lambda: self.leave_on(member.responder_id, dialog.leaves_on()))

    def leave_on(self, responder_id: int, on: date) -> None:
        team_id, version = self.owner.team_id, self._version()
        self.run("leave team", lambda db, user: leave(db, user, team_id, responder_id, on, version),
                 self.leave)

    def ask_move(self) -> None:
        member = self.chosen()
        if member is None:
            return
        context, team_id = self.owner.context, self.owner.team_id

        def opened(teams: Any) -> None:
            dialog = MoveDialog(member.name, teams, date.today(), self.owner)
            self._open(dialog, lambda: self.move_to(member.responder_id, dialog.target(),
                                                    dialog.moves_on()))

        database, user = context.database, context.user
        load_in_background(context.tasks, self.owner, "teams to move to",
                           lambda: teams_to_move(database, user, team_id), loaded=opened,
                           refused=self.refused, busy=present([self.move]))

    def move_to(self, responder_id: int, target: int | None, on: date) -> None:
        if target is None:
            return
        team_id, version = self.owner.team_id, self._version()
        self.run("move member", lambda db, user: move_to_team(db, user, team_id, target,
                                                              responder_id, on, version), self.move)

    def make_leader(self) -> None:
        """A police officer at once; anyone else (a driver, a health worker) after a yes."""
        member = self.chosen()
        if member is None:
            return
        if leader_needs_confirming(member.role):
            dialog = LeaderDialog(member.name, member.role, self.owner)
            self._open(dialog, lambda: self.hand_to(member.responder_id))
        else:
            self.hand_to(member.responder_id)

    def hand_to(self, responder_id: int) -> None:
        team_id, version = self.owner.team_id, self._version()
        self.run("make leader", lambda db, user: hand_leadership(db, user, team_id,
                                                                 responder_id, version),
                 self.leader)

    def ask_lodging(self) -> None:
        member, detail = self.chosen(), self.owner.detail
        if member is None or detail is None:
            return
        context = self.owner.context

        def opened(choices: Any) -> None:
            dialog = LodgingDialog(member.name, choices, member.lodging_id, self.owner)
            self._open(dialog, lambda: self.lodge(member, dialog.chosen()))

        database, user, station = context.database, context.user, detail.station_id
        load_in_background(context.tasks, self.owner, "lodgings",
                           lambda: lodgings(database, user, station), loaded=opened,
                           refused=self.refused, busy=present([self.lodging]))

    def lodge(self, member: Any, lodging_id: int | None) -> None:
        if lodging_id == member.lodging_id:
            return
        responder_id, version, original = member.responder_id, member.version, member.lodging_id
        self.run("lodge member", lambda db, user: lodge(db, user, responder_id, lodging_id,
                                                        version, original), self.lodging)

    # -- shifts --------------------------------------------------------------------------------
    def ask_shift(self) -> None:
        member = self.chosen()
        if member is None:
            return
        dialog = ShiftDialog(member.name, self.owner)
        dialog.leads.setChecked(member.is_leader)
        self._open(dialog, lambda: self.put_on_duty(member.responder_id, *dialog.times(),
                                                    leads=dialog.leads.isChecked()))

    def put_on_duty(self, responder_id: int, starts: datetime, ends: datetime,
                    leads: bool = False) -> None:
        team_id = self.owner.team_id
        self.run("put on duty", lambda db, user: put_on_duty(db, user, team_id, responder_id,
                                                             starts, ends, leads), self.duty)

    def ask_plan(self) -> None:
        detail = self.owner.detail
        if detail is None:
            return
        dialog = ShiftPlanDialog(self.owner.context, detail, parent=self.owner)

        def answered() -> None:
            self.owner.say(translate("TeamRoster", "Planned %1 shifts.").replace(
                "%1", str(dialog.planned)), error=False)
            self.owner.load()
        self._open(dialog, answered)

    # -- saving --------------------------------------------------------------------------------
    def refused(self, error: CanvassError) -> None:
        self.owner.say(roster_error_text(error))

    def run(self, name: str, change: Any, button: QPushButton | None) -> None:
        context = self.owner.context
        database, user = context.database, context.user

        def refused(error: CanvassError) -> None:
            self.refused(error)
            self.owner.load()      # what is true now (another workstation may have changed it)

        def done(_result: object) -> None:
            self.owner.say("")
            self.owner.load()

        save_in_background(context.tasks, self.owner, name, lambda: change(database, user),
                           saved=done, refused=refused, busy=present([button]))
