"""Fast temperature entry, keyboard only: a name typed as an input method commits it, Enter,
the temperature, Enter. Outside 34–43 °C: a clear message and nothing written."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import DutyShift, TemperatureCheck
from tests.factories import signed_in
from tests.models.test_team_roster import make_roster, on_shift
from ui.teams.temperature_dialog import TemperatureDialog


@pytest.fixture
def clerk_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("clerk"))
    yield built
    built.close()


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, never as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def checks(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(TemperatureCheck)) or 0)


def test_keyboard_only_entry(qtbot: QtBot, clerk_context: AppContext) -> None:
    database = clerk_context.database
    with database.sessions.begin() as session:
        roster = make_roster(session)
        session.execute(delete(DutyShift))
        now = datetime.now()
        for name in ("李队长", "王警官"):
            on_shift(session, roster.quick, roster.people[name], now - timedelta(hours=1), 8)
    dialog = TemperatureDialog(clerk_context, roster.place.station_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "not yet checked today: 2" in dialog.pending.text(), timeout=10_000)
    # a slip of the finger: 45 °C is refused, nothing written, the temperature is ready to retype
    dialog.name.setFocus()
    commit_text(dialog.name, "王警")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
    assert dialog.name.text() == "王警官"
    qtbot.keyClicks(dialog.temperature, "45")
    qtbot.keyClick(dialog.temperature, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "34.0 and 43.0" in dialog.message.text(), timeout=10_000)
    assert checks(database) == 0
    # retyped: a fever stands them down
    dialog.temperature.clear()
    qtbot.keyClicks(dialog.temperature, "38.2")
    qtbot.keyClick(dialog.temperature, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "stood down" in dialog.message.text(), timeout=10_000)
    assert checks(database) == 1
    assert dialog.name.text() == "" and dialog.chosen is None
    # Ctrl+N picks the next member on duty not yet checked
    qtbot.waitUntil(lambda: "not yet checked today: 1" in dialog.pending.text(), timeout=10_000)
    dialog.pick_next_unchecked()
    assert dialog.name.text() == "李队长"
    qtbot.keyClicks(dialog.temperature, "36.4")
    qtbot.keyClick(dialog.temperature, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "36.4 °C recorded" in dialog.message.text(), timeout=10_000)
    assert checks(database) == 2
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(DutyShift).where(
            DutyShift.stood_down_at.is_not(None))) == 1
