"""The headline names whose figures it gives: the district's, or the station chosen in the filter
(never the district's figures under a station's name); the trips-under-way tile moves as a level,
like the other tiles' "+N today · +N yesterday"."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from models.schema import TransferOrder
from tests.support.gui import open_dashboard
from tests.support.sample_district import DAY, add_sample_district
from ui.dashboard.view import DashboardView


def choose(qtbot: QtBot, view: DashboardView, key: Qt.Key, station: str) -> None:
    """A key on the station filter, as a commander picks a station; the headline names it at
    once and gives its figures when they arrive."""
    view.stations.setFocus()
    qtbot.keyClick(view.stations, key)
    assert view.stations.currentText() == station


def test_the_headline_names_the_chosen_station(qtbot: QtBot, context: AppContext) -> None:
    add_sample_district(context.database)
    view = open_dashboard(qtbot, context)
    qtbot.waitUntil(lambda: view.stations.count() == 3, timeout=10_000)
    district = view.headline.text()
    assert "the district has screened and verified 4 persons and sent 1" in district

    choose(qtbot, view, Qt.Key.Key_Down, "东湖派出所")
    assert view.headline.text() == "东湖派出所: counting…"  # not the district's figures
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert "东湖派出所 has screened and verified 4 persons and sent 1 for treatment" \
        in view.headline.text()

    choose(qtbot, view, Qt.Key.Key_Down, "花山派出所")  # 花山村: nobody screened or sent yet
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert "花山派出所 has screened and verified 0 persons and sent 0 for treatment" \
        in view.headline.text()
    assert view.tiles["admitted"].value.text() == "0"  # the tiles follow the station too

    choose(qtbot, view, Qt.Key.Key_Home, "Whole district")
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.headline.text() == district
    assert view.tiles["admitted"].value.text() == "1"


def test_trips_under_way_show_their_change(qtbot: QtBot, context: AppContext) -> None:
    """The sample's day (Feb 10): ZY-0001 went and arrived in the morning, ZY-0002 is under way
    since noon: one trip more under way than at midnight, though two orders were given."""
    sample = add_sample_district(context.database)
    view = open_dashboard(qtbot, context)
    tile = view.tiles["under_way"]
    assert tile.value.text() == "1"
    assert tile.full_text(tile.change) == "+1 today · +0 yesterday"
    assert tile.full_text(tile.caption) == "2 orders in all"

    with context.database.sessions.begin() as session:  # ZY-0002 cancelled in the evening
        order = session.get(TransferOrder, sample.transfers["ZY-0002"])
        assert order is not None
        order.status, order.cancelled_at = "cancelled", DAY + timedelta(hours=8)
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_loading() and tile.value.text() == "0", timeout=10_000)
    assert tile.full_text(tile.change) == "+0 today · +0 yesterday"
