"""Fast temperature entry, keyboard only: a name typed as an input method commits it, Enter,
the temperature, Enter. Outside 34–43 °C: a clear message and nothing written. Ctrl+N as fast
as keys allow never picks one member twice, and the count follows other workstations."""
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
from controllers.teams.responder_health import record_temperature
from models.db.database import Database
from models.enums import ResponderRole
from models.schema import DutyShift, TemperatureCheck
from tests.support.factories import signed_in
from tests.support.gui import Answered
from tests.support.rosters import make_roster, on_shift, responder
from ui.kit.background import is_busy
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


def crew_on_duty(database: Database, size: int) -> tuple[int, list[int]]:
    """A station with `size` members on duty now, none checked today."""
    with database.sessions.begin() as session:
        roster = make_roster(session)
        session.execute(delete(DutyShift))
        now = datetime.now()
        ids = [responder(session, roster.place, f"队员{n:02d}", ResponderRole.POLICE)
               for n in range(size)]
        for ident in ids:
            on_shift(session, roster.quick, ident, now - timedelta(hours=1), 8)
        return roster.place.station_id, ids


def test_twenty_temperatures_as_fast_as_keys_allow(qtbot: QtBot, clerk_context: AppContext,
                                                   answered: Answered) -> None:
    """Ctrl+N, the temperature, Enter, twenty times without waiting for a save: twenty distinct
    members checked, nobody twice and nobody left over."""
    database = clerk_context.database
    station, ids = crew_on_duty(database, 20)
    dialog = TemperatureDialog(clerk_context, station)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "not yet checked today: 20" in dialog.pending.text(), timeout=10_000)
    for _ in range(20):
        qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.temperature, "36.5")
        qtbot.keyClick(dialog.temperature, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checks(database) == 20 and not is_busy(dialog), timeout=30_000)
    answered(dialog)
    with database.sessions() as session:
        checked_ids = list(session.scalars(select(TemperatureCheck.responder_id)))
    assert sorted(checked_ids) == sorted(ids)
    qtbot.waitUntil(lambda: "not yet checked today: 0" in dialog.pending.text(), timeout=10_000)


def test_a_search_without_a_match_picks_nobody_later(qtbot: QtBot, clerk_context: AppContext,
                                                     answered: Answered) -> None:
    """Enter on a name nobody has says so; the next search shows its hits without choosing one."""
    station, _ids = crew_on_duty(clerk_context.database, 3)
    dialog = TemperatureDialog(clerk_context, station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setFocus()
    commit_text(dialog.name, "没有此人")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No member" in dialog.message.text(), timeout=10_000)
    dialog.name.clear()
    commit_text(dialog.name, "队员")
    qtbot.waitUntil(lambda: dialog.matches.count() == 3, timeout=10_000)
    answered(dialog)
    assert dialog.chosen is None and dialog.name.text() == "队员"


def test_the_count_follows_another_workstation(qtbot: QtBot, clerk_context: AppContext) -> None:
    database = clerk_context.database
    station, ids = crew_on_duty(database, 3)
    dialog = TemperatureDialog(clerk_context, station)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "not yet checked today: 3" in dialog.pending.text(), timeout=10_000)
    clerk_context.feed.start()
    qtbot.waitUntil(lambda: clerk_context.feed.state.value == "live", timeout=10_000)
    elsewhere = signed_in("clerk")
    record_temperature(database, elsewhere, ids[0], "36.6")   # the other desk's check
    qtbot.waitUntil(lambda: "not yet checked today: 2" in dialog.pending.text(), timeout=10_000)
    qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.chosen is not None and dialog.chosen[0] != ids[0]
