"""Keeping a team's roster from its detail window (commanders): hand the leadership to a member,
put a member on duty. Saved in the background; refusals come back as sentences and nothing is
written."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QPushButton, QWidget

from controllers.teams.roster import hand_leadership
from controllers.teams.shifts import put_on_duty
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.qt_time import qdatetime, to_minute
from ui.kit.refusals.teams import roster_error_text

translate = QCoreApplication.translate
SHIFT_HOURS = 12


class ShiftDialog(QDialog):
    """From and to, a 12-hour standby shift from the next full hour by default."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamRoster", "Put %1 on duty").replace("%1", name))
        start = (datetime.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.starts = QDateTimeEdit(qdatetime(start))
        self.ends = QDateTimeEdit(qdatetime(start + timedelta(hours=SHIFT_HOURS)))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("TeamRoster", "From"), self.starts)
        form.addRow(translate("TeamRoster", "To"), self.ends)
        form.addRow(buttons)

    def times(self) -> tuple[datetime, datetime]:
        return to_minute(self.starts.dateTime()), to_minute(self.ends.dateTime())


class RosterButtons:
    """The two buttons and what they do, for the team detail window to lay out."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self.leader = QPushButton(translate("TeamRoster", "Make leader"))
        self.duty = QPushButton(translate("TeamRoster", "Put on duty…"))
        self.leader.clicked.connect(self.make_leader)
        self.duty.clicked.connect(self.ask_shift)

    def chosen(self) -> Any:
        return self.owner.chosen_member()

    def make_leader(self) -> None:
        member = self.chosen()
        if member is not None:
            team_id, responder_id = self.owner.team_id, member.responder_id
            self.run("make leader", lambda db, user: hand_leadership(db, user, team_id, responder_id))

    def ask_shift(self) -> None:
        member = self.chosen()
        if member is None:
            return
        dialog = ShiftDialog(member.name, self.owner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.put_on_duty(member.responder_id, *dialog.times())

    def put_on_duty(self, responder_id: int, starts: datetime, ends: datetime) -> None:
        team_id = self.owner.team_id
        self.run("put on duty", lambda db, user: put_on_duty(db, user, team_id, responder_id,
                                                             starts, ends))

    def run(self, name: str, change: Any) -> None:
        context = self.owner.context
        database, user = context.database, context.user

        def refused(error: CanvassError) -> None:
            self.owner.say(roster_error_text(error))

        def done(_result: object) -> None:
            self.owner.say("")
            self.owner.load()

        save_in_background(context.tasks, self.owner, name, lambda: change(database, user),
                           saved=done, refused=refused, busy=[self.leader, self.duty])
