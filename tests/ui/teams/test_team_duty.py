"""The on-duty tab: now and next at a station, a stand-down, and a replacement proposed and
put on duty by a commander."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import DutyShift, TemperatureCheck
from models.teams.responder_health import record_check
from tests.support.factories import signed_in
from tests.support.rosters import make_roster, on_shift
from ui.teams.view import TeamsView


@pytest.fixture
def commander_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("commander"))
    yield built
    built.close()


def test_stood_down_member_replaced_from_the_proposals(qtbot: QtBot,
                                                       commander_context: AppContext) -> None:
    database = commander_context.database
    now = datetime.now().replace(microsecond=0)
    with database.sessions.begin() as session:
        roster = make_roster(session)
        session.execute(delete(DutyShift))
        for name in ("李队长", "王警官"):
            on_shift(session, roster.quick, roster.people[name], now - timedelta(hours=1), 8)
        on_shift(session, roster.quick, roster.people["李队长"], now + timedelta(hours=8), 8)
        session.add(TemperatureCheck(responder_id=roster.people["孙警官"], checked_on=date.today(),
                                     checked_at=now, temperature_c=Decimal("36.5"), unwell=False,
                                     note=""))
        session.flush()
        record_check(session, roster.people["王警官"], Decimal("37.8"), False, now, None)
        station = roster.place.station_id
    view = TeamsView(commander_context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.station.count() == 2, timeout=10_000)
    view.tabs.setCurrentWidget(view.duty)
    panel = view.duty
    assert panel.message.text() == "Choose a station to see who is on duty."
    view.station.setCurrentIndex(view.station.findData(station))
    qtbot.waitUntil(lambda: panel.down_table.rowCount() == 1, timeout=10_000)
    assert [panel.now_table.item(r, 1).text() for r in range(panel.now_table.rowCount())] == ["李队长"]
    assert panel.next_table.item(0, 1).text() == "李队长"
    assert panel.down_table.item(0, 0).text() == "王警官"
    panel.down_table.selectRow(0)
    qtbot.waitUntil(lambda: panel.candidates.count() == 1, timeout=10_000)
    assert panel.candidates.item(0).text().startswith("孙警官")
    panel.candidates.setCurrentRow(0)
    panel.replace_button.click()
    qtbot.waitUntil(lambda: panel.now_table.rowCount() == 2, timeout=10_000)
    assert panel.message.text() == ""
    names = {panel.now_table.item(r, 1).text() for r in range(2)}
    assert names == {"李队长", "孙警官"}
