"""A commander keeps a team's roster from its window: leader handed over (a member who is not a
police officer only after a confirmation), the chosen member kept chosen when the list re-sorts,
a member put on duty, an overlapping shift refused with a sentence and nothing written."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import DutyShift
from tests.support.factories import signed_in
from tests.support.gui import Answered, keys_reach
from tests.support.rosters import make_roster
from ui.teams.detail import TeamDetailDialog
from ui.teams.member_dialogs import LeaderDialog


@pytest.fixture
def commander_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("commander"))
    yield built
    built.close()


def shifts(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(DutyShift)) or 0)


def test_leader_and_shifts_from_the_team_window(qtbot: QtBot, commander_context: AppContext) -> None:
    database = commander_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
    dialog = TeamDetailDialog(commander_context, roster.work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 3, timeout=10_000)
    names = [dialog.members.item(r, 0).text() for r in range(3)]
    dialog.roster.make_leader()  # nothing chosen: says so
    assert dialog.message.text() == "Choose a member first."
    dialog.members.selectRow(names.index("陈医生"))
    dialog.roster.make_leader()
    assert isinstance(dialog.roster.dialog, LeaderDialog)   # a health worker: asked first
    dialog.roster.dialog.accept()
    qtbot.waitUntil(lambda: dialog.members.item(0, 5).text() == "Leader", timeout=10_000)
    assert dialog.members.item(0, 0).text() == "陈医生"
    before = shifts(database)
    now = datetime.now().replace(second=0, microsecond=0)
    zhao = roster.people["赵辅警"]
    dialog.roster.put_on_duty(zhao, now - timedelta(hours=1), now + timedelta(hours=3))
    qtbot.waitUntil(lambda: dialog.shifts.rowCount() == 1, timeout=10_000)
    dialog.roster.put_on_duty(zhao, now, now + timedelta(hours=8))
    qtbot.waitUntil(lambda: "already has a shift" in dialog.message.text(), timeout=10_000)
    assert shifts(database) == before + 1


def chosen_name(dialog: TeamDetailDialog) -> str:
    return dialog.members.item(dialog.members.currentRow(), 0).text()


def test_make_leader_keeps_the_chosen_person(qtbot: QtBot, commander_context: AppContext,
                                             answered: Answered) -> None:
    """Ctrl+L on 王警官 re-sorts the list (the leader comes first): the highlight stays on him,
    so the next key acts on the same person; a cadre is made leader only after a yes."""
    database = commander_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
    dialog = TeamDetailDialog(commander_context, roster.quick)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 2, timeout=10_000)
    dialog.activateWindow()
    keys_reach(qtbot, dialog)
    dialog.members.setFocus()
    dialog.members.selectRow(1)
    assert chosen_name(dialog) == "王警官"
    qtbot.keyClick(dialog.members, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.members.item(0, 0).text() == "王警官", timeout=10_000)
    answered(dialog)
    assert chosen_name(dialog) == "王警官"
    assert dialog.roster.dialog is None                      # a police officer: no question

    work = TeamDetailDialog(commander_context, roster.work)
    qtbot.addWidget(work)
    work.show()
    qtbot.waitUntil(lambda: work.members.rowCount() == 3, timeout=10_000)
    work.activateWindow()
    keys_reach(qtbot, work)
    names = [work.members.item(r, 0).text() for r in range(3)]
    work.members.setFocus()
    work.members.selectRow(names.index("刘干部"))
    qtbot.keyClick(work.members, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: work.roster.dialog is not None)  # the button's key clicks it
    asked = work.roster.dialog
    assert isinstance(asked, LeaderDialog) and "刘干部" in asked.windowTitle()
    qtbot.keyClick(asked, Qt.Key.Key_Escape)                 # no: nothing changes
    answered(work)
    assert not any(work.members.item(r, 5).text() for r in range(3))
    assert chosen_name(work) == "刘干部"
    qtbot.waitUntil(work.isActiveWindow)                     # the keys are the window's again
    qtbot.keyClick(work.members, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: work.roster.dialog is not None)  # the button's key clicks it
    asked = work.roster.dialog
    assert isinstance(asked, LeaderDialog)
    qtbot.keyClick(asked, Qt.Key.Key_Return)                 # yes
    qtbot.waitUntil(lambda: work.members.item(0, 5).text() == "Leader", timeout=10_000)
    answered(work)
    assert chosen_name(work) == "刘干部" == work.members.item(0, 0).text()
