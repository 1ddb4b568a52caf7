"""The campaign strip on the dashboard and the wall: the countdown and the laggards while a sweep
runs, nothing when none does; on the wall it takes the headline sentence's line."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from tests.support.campaign import make_campaign_scene
from tests.support.factories import signed_in
from ui.campaign.strip import CampaignStrip
from ui.shell.main_window import MainWindow


@pytest.fixture
def viewer(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=signed_in("viewer"))
    yield built
    built.close()


def _window(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, CampaignStrip]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_view("dashboard")
    strips = window.dashboard.findChildren(CampaignStrip)
    assert len(strips) == 1
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    return window, strips[0]


def test_a_running_campaign_shows_its_countdown_and_laggards(qtbot: QtBot,
                                                             viewer: AppContext) -> None:
    make_campaign_scene(viewer.database, today=date.today())
    window, strip = _window(qtbot, viewer)
    qtbot.waitUntil(strip.isVisible, timeout=10_000)
    assert strip.title.text().startswith("集中拉网排查 · ") and "left" in strip.title.text()
    assert strip.laggards.text() == "Behind: 乙社区"
    assert window.dashboard.headline.isVisibleTo(window.dashboard)
    window.wall.enter()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert strip.isVisible() and strip.wall
    assert not window.dashboard.headline.isVisibleTo(window.dashboard)   # the strip has its line
    window.wall.leave()
    assert window.dashboard.headline.isVisibleTo(window.dashboard) and not strip.wall


def test_no_running_campaign_no_strip(qtbot: QtBot, viewer: AppContext) -> None:
    make_campaign_scene(viewer.database, today=date.today() - timedelta(days=3))   # over
    window, strip = _window(qtbot, viewer)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not strip.is_loading(), timeout=10_000)
    assert strip.snapshot is not None and strip.snapshot.progress is not None
    assert not strip.isVisible()
    window.wall.enter()
    assert window.dashboard.headline.isVisibleTo(window.dashboard)
    window.wall.leave()
