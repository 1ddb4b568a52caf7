"""The supplies tab: stock with days left and a low-stock warning; drawing more than the stock
is refused with a sentence and nothing written."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import SupplyItem
from models.schema import SupplyMovement, SupplyStock
from models.teams.supplies import move_stock
from tests.support.factories import make_place, signed_in
from ui.teams.view import TeamsView


@pytest.fixture
def commander_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("commander"))
    yield built
    built.close()


def test_supplies_tab_warns_and_refuses_negative_stock(qtbot: QtBot,
                                                       commander_context: AppContext) -> None:
    database = commander_context.database
    with database.sessions.begin() as session:
        place = make_place(session)
        suits = SupplyStock(station_id=place.station_id, item=SupplyItem.PROTECTIVE_SUIT,
                            quantity=0, low_threshold=5)
        masks = SupplyStock(station_id=place.station_id, item=SupplyItem.MASK, quantity=1000,
                            low_threshold=100)
        session.add_all([suits, masks])
        session.flush()
        now = datetime.now()
        move_stock(session, suits.id, 30, "received", now - timedelta(days=5), None)
        move_stock(session, suits.id, -14, "transfers", now - timedelta(days=1), None)
        suits_id = suits.id
    view = TeamsView(commander_context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    view.tabs.setCurrentWidget(view.supplies)
    panel = view.supplies
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=10_000)
    rows = {panel.table.item(r, 1).text(): r for r in range(2)}
    suit_row = rows["Protective suit"]
    assert panel.table.item(suit_row, 2).text() == "16"
    assert panel.table.item(suit_row, 4).text() == "8.0"      # 16 left at 2 a day
    assert panel.table.item(rows["Mask"], 4).text() == "—"
    assert panel.table.item(rows["Mask"], 5).text() == ""
    panel.move_stock(suits_id, -17)
    qtbot.waitUntil(lambda: "below zero" in panel.message.text(), timeout=10_000)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SupplyMovement)) == 2
    panel.move_stock(suits_id, -12)
    qtbot.waitUntil(lambda: panel.table.item(suit_row, 2).text() == "4", timeout=10_000)
    assert panel.table.item(suit_row, 5).text() == "Low"
