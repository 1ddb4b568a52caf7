"""The small forms of keeping a team's membership, each a few keystrokes: who joins (type the
start of a name, Enter), the day a member leaves, the team a member moves to, the lodging a
member sleeps in. They only ask; ui/teams/roster_edit.py saves what they answer."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.roster import Candidate, LodgingChoice, TeamChoice, candidates_to_join
from ui.kit.labels import team_kind as team_kind_label
from ui.kit.qt_time import to_date
from ui.kit.role_labels import role_text
from ui.kit.widgets import day_edit, label, ok_cancel

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200






class AddMemberDialog(QDialog):
    """Type the start of a name: the matches come as you type (the team's station first, each
    with the teams the responder is in now); ↑/↓ choose, Enter adds the chosen one."""

    def __init__(self, context: AppContext, team_id: int, team: str, on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.team_id = context, team_id
        self.found: list[Candidate] = []
        self._accept_when_found = False
        self.setWindowTitle(translate("TeamMembers", "Add a member to %1").replace("%1", team))
        self.resize(480, 360)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TeamMembers", "Start of the name, then Enter"))
        self.matches = QListWidget()
        self.joined = day_edit(on)
        self.buttons = ok_cancel(self, translate("TeamMembers", "Add"))
        form = QFormLayout(self)
        form.addRow(translate("TeamMembers", "Name"), self.name)
        form.addRow(self.matches)
        form.addRow(translate("TeamMembers", "Joins on"), self.joined)
        form.addRow(self.buttons)
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search.timeout.connect(self.search)
        self.name.textChanged.connect(lambda _text: self._search.start())
        self.name.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self.accept())
        self.name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑ and ↓ in the name move through the matches without leaving the name."""
        if watched is self.name and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.matches.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
            self.matches.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        text, database, user, team = (self.name.text().strip(), self.context.database,
                                      self.context.user, self.team_id)
        if not text:
            self.show_matches([])
            return

        def work(_control: TaskControl) -> list[Candidate]:
            return candidates_to_join(database, user, team, text)

        self.context.tasks.submit("members to add", work, succeeded=self.show_matches, owner=self)

    def show_matches(self, found: Sequence[Candidate]) -> None:
        self.found = list(found)
        self.matches.clear()
        for candidate in self.found:
            teams = "、".join(candidate.teams) or translate("TeamMembers", "in no team")
            item = QListWidgetItem(f"{candidate.name} · {role_text(candidate.role)} · "
                                   f"{candidate.unit} · {teams}")
            self.matches.addItem(item)
        if self.found:
            self.matches.setCurrentRow(0)
        elif self.name.text().strip():
            self.matches.addItem(translate("TeamMembers", "Nobody of that name is free to join."))
        if self._accept_when_found and self.found:
            self._accept_when_found = False
            super().accept()

    def chosen(self) -> Candidate | None:
        row = self.matches.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def joins_on(self) -> date:
        return to_date(self.joined.date())

    def accept(self) -> None:
        """Enter before the matches arrived: search now and add the first one found."""
        if self.chosen() is not None:
            super().accept()
        elif self.name.text().strip():
            self._accept_when_found = True
            self._search.stop()
            self.search()


class LeaderDialog(QDialog):
    """Asked before a member who is not a police officer leads the team: Enter says yes, Esc no."""

    def __init__(self, name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamMembers", "Make %1 the leader?").replace("%1", name))
        form = QFormLayout(self)
        why = translate("TeamMembers", "%1 is a %2, not a police officer. A quick-response team is usually led by a police officer; the present leader steps down.")  # noqa: E501
        form.addRow(label(why.replace("%1", name).replace("%2", role_text(role)), wrap=True))
        form.addRow(ok_cancel(self, translate("TeamMembers", "Make leader")))


class LeaveDialog(QDialog):
    """The day a member leaves the team (today unless changed)."""

    def __init__(self, name: str, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamMembers", "%1 leaves the team").replace("%1", name))
        self.day = day_edit(on)
        form = QFormLayout(self)
        form.addRow(label(translate("TeamMembers", "Their shifts with the team from that day on are taken off the roster."), wrap=True))
        form.addRow(translate("TeamMembers", "Leaves on"), self.day)
        form.addRow(ok_cancel(self, translate("TeamMembers", "Leave")))

    def leaves_on(self) -> date:
        return to_date(self.day.date())


class MoveDialog(QDialog):
    """Another team of the station, and the day of the move."""

    def __init__(self, name: str, teams: Sequence[TeamChoice], on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamMembers", "Move %1 to another team").replace("%1", name))
        self.team = QComboBox()
        for choice in teams:
            self.team.addItem(f"{choice.name} · {team_kind_label(choice.kind)}", choice.id)
        self.day = day_edit(on)
        form = QFormLayout(self)
        form.addRow(translate("TeamMembers", "To team"), self.team)
        form.addRow(translate("TeamMembers", "On"), self.day)
        form.addRow(ok_cancel(self, translate("TeamMembers", "Move")))
        self.team.setFocus()

    def target(self) -> int | None:
        value: Any = self.team.currentData()
        return None if value is None else int(value)

    def moves_on(self) -> date:
        return to_date(self.day.date())


class LodgingDialog(QDialog):
    """Where the member sleeps: an open lodging with its rooms taken, or none."""

    def __init__(self, name: str, lodgings: Sequence[LodgingChoice], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamMembers", "Lodging of %1").replace("%1", name))
        self.lodging = QComboBox()
        self.lodging.addItem(translate("TeamMembers", "No lodging"), None)
        for choice in lodgings:
            rooms = translate("TeamMembers", "%1 of %2 rooms taken").replace(
                "%1", str(choice.lodged)).replace("%2", str(choice.rooms))
            self.lodging.addItem(f"{choice.name} · {rooms}", choice.id)
        at = self.lodging.findData(current)
        self.lodging.setCurrentIndex(max(at, 0))
        form = QFormLayout(self)
        form.addRow(translate("TeamMembers", "Lodging"), self.lodging)
        form.addRow(ok_cancel(self, translate("TeamMembers", "Assign")))
        self.lodging.setFocus()

    def chosen(self) -> int | None:
        value: Any = self.lodging.currentData()
        return None if value is None else int(value)
