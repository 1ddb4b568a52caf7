"""A commander keeps a team's roster from its window: leader handed over, a member put on duty,
an overlapping shift refused with a sentence and nothing written."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import DutyShift
from tests.factories import signed_in
from tests.models.test_team_roster import make_roster
from ui.teams.detail import TeamDetailDialog


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
