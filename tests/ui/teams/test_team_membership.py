"""A commander keeps a team's membership and plans its shifts from the team's window with the
keyboard: Ctrl+N and a name to add a member, Ctrl+L to hand the leadership over, Ctrl+P to plan
a week of day and night crews (Space ticks a member onto a crew), Enter to save."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import DutyShift, TeamMember
from tests.support.factories import signed_in
from tests.support.gui import Answered, keys_reach
from tests.support.rosters import Roster, make_roster
from ui.teams.detail import TeamDetailDialog
from ui.teams.member_dialogs import AddMemberDialog, LeaveDialog
from ui.teams.shift_plan import ShiftPlanDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def commander_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("commander"))
    yield built
    built.close()


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, never as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_team(qtbot: QtBot, context: AppContext, team_id: int, members: int) -> TeamDetailDialog:
    dialog = TeamDetailDialog(context, team_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    keys_reach(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == members, timeout=10_000)
    return dialog


def form_opened(qtbot: QtBot, dialog: TeamDetailDialog, kind: type) -> Any:
    """The form a key opened (a button's shortcut clicks it after a short animation)."""
    qtbot.waitUntil(lambda: isinstance(dialog.roster.dialog, kind), timeout=10_000)
    form = dialog.roster.dialog
    keys_reach(qtbot, form)
    return form


def names(dialog: TeamDetailDialog) -> list[str]:
    return [dialog.members.item(r, 0).text() for r in range(dialog.members.rowCount())]


def test_add_a_member_and_hand_over_the_leadership_by_keys(
        qtbot: QtBot, commander_context: AppContext, answered: Answered) -> None:
    database = commander_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
    dialog = open_team(qtbot, commander_context, roster.quick, 2)
    qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
    form = form_opened(qtbot, dialog, AddMemberDialog)
    commit_text(form.name, "孙")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)       # before the matches came: added when found
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 3, timeout=10_000)
    answered(dialog)
    assert "孙警官" in names(dialog)
    # the new member leads from now on: one key, the old leader steps down in the same step
    dialog.activateWindow()
    keys_reach(qtbot, dialog)
    dialog.members.selectRow(names(dialog).index("孙警官"))
    qtbot.keyClick(dialog.members, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: dialog.members.item(0, 0).text() == "孙警官", timeout=10_000)
    assert dialog.members.item(0, 5).text() == "Leader" and dialog.members.item(1, 5).text() == ""
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TeamMember).where(
            TeamMember.team_id == roster.quick, TeamMember.is_leader.is_(True))) == 1


def test_a_member_leaves_with_a_date(qtbot: QtBot, commander_context: AppContext) -> None:
    with commander_context.database.sessions.begin() as session:
        roster = make_roster(session)
    dialog = open_team(qtbot, commander_context, roster.work, 3)
    dialog.members.selectRow(names(dialog).index("刘干部"))
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    form = form_opened(qtbot, dialog, LeaveDialog)
    qtbot.keyClick(form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 2, timeout=10_000)
    assert "刘干部" not in names(dialog)


def test_a_stale_window_is_told_and_reloaded(qtbot: QtBot, commander_context: AppContext) -> None:
    from controllers.teams.roster import join_team
    database = commander_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
    dialog = open_team(qtbot, commander_context, roster.quick, 2)
    join_team(database, signed_in("commander", "other"), roster.quick, roster.people["周警官"],
              date.today())                   # another workstation, meanwhile
    dialog.members.selectRow(1)
    dialog.roster.make_leader()
    qtbot.waitUntil(lambda: "changed this team's roster" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 3, timeout=10_000)


def plan_week(qtbot: QtBot, context: AppContext, roster: Roster) -> TeamDetailDialog:
    """孙警官 and 周警官 join; Ctrl+P, tick them onto the night crew, Enter."""
    from controllers.teams.roster import join_team
    for name in ("孙警官", "周警官"):
        join_team(context.database, context.user, roster.quick, roster.people[name], date.today())
    dialog = open_team(qtbot, context, roster.quick, 4)
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    form = form_opened(qtbot, dialog, ShiftPlanDialog)
    table = form.members
    for name in ("孙警官", "周警官"):
        row = [table.item(r, 0).text() for r in range(table.rowCount())].index(name)
        for column in (2, 3):                  # off the day crew, onto the night crew
            table.setCurrentCell(row, column)
            qtbot.keyClick(table, Qt.Key.Key_Space)
    assert form.crews[0].leader.currentText() == "李队长"
    assert form.crews[1].leader.currentText() in ("孙警官", "周警官")
    assert form.crews[0].verdict.text() == "Day shift: complete"
    assert form.crews[1].verdict.text() == "Night shift: complete"
    form.crews[1].leader.setCurrentIndex(0)    # nobody named: the board says so before saving
    assert form.crews[1].verdict.text() == "Night shift: no leader"
    form.crews[1].leader.setCurrentIndex(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return dialog


def test_plan_a_week_of_day_and_night_crews(qtbot: QtBot, commander_context: AppContext,
                                           answered: Answered) -> None:
    database = commander_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
        before = session.scalar(select(func.count()).select_from(DutyShift))
    dialog = plan_week(qtbot, commander_context, roster)
    qtbot.waitUntil(lambda: "Planned 28 shifts." in dialog.message.text(), timeout=10_000)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(DutyShift)) == (before or 0) + 28
        night = session.scalar(select(func.count()).select_from(DutyShift).where(
            DutyShift.leads.is_(True), func.extract("hour", DutyShift.starts_at) == 20))
        assert night == 7
    # the same week again: refused, naming who and when, nothing written
    tomorrow = date.today() + timedelta(days=1)
    plan_again = plan_week_again(qtbot, dialog)
    qtbot.waitUntil(lambda: "is already on duty with 快反一队" in plan_again.message.text(),
                    timeout=10_000)
    assert f"{tomorrow:%Y-%m-%d} 08:00" in plan_again.message.text()
    assert plan_again.isVisible()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(DutyShift)) == (before or 0) + 28


def plan_week_again(qtbot: QtBot, dialog: TeamDetailDialog) -> ShiftPlanDialog:
    dialog.roster.dialog = None
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    form = form_opened(qtbot, dialog, ShiftPlanDialog)
    qtbot.keyClick(form.members, Qt.Key.Key_Return)
    return form
