"""The alert strip on the dashboard, driven with real keys: an overdue trip and a vehicle waiting
for disinfection are listed by order, patient and plate; Ctrl+Shift+A acknowledges them for every
workstation; a viewer sees them but has no key; another workstation's acknowledgement clears
this one's strip through the change feed; the sound, when turned on, beeps once per new alert."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.alerts.standing import acknowledge_alerts, standing_alerts
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import ALERT_SOUND, Settings
from models.db.database import Database
from models.opening import open_database
from models.schema import AlertAcknowledgement, AuditEntry
from tests.support.alerts import trip_standing
from tests.support.factories import signed_in
from tests.support.gui import keys_reach
from tests.support.second_workstation import url_of
from ui.alerts.strip import AlertStrip
from ui.dashboard.view import DashboardView

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DISPATCHER = signed_in("dispatcher", "zhao")


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def two_alerts(database: Database) -> None:
    """A trip ordered 25 minutes ago with no vehicle sent (limit 10), and a vehicle delivered
    its patient 80 minutes ago and still not disinfected (limit 60)."""
    trip_standing(database, 25, number="ZY202002200001", name="张伟", suffix="1")
    trip_standing(database, 125, status="delivered", number="ZY202002200002", name="王芳",
                  suffix="2")


def dashboard(qtbot: QtBot, context: AppContext, alerts: int) -> DashboardView:
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    keys_reach(qtbot, view)
    qtbot.waitUntil(lambda: not view.alerts.is_loading() and len(view.alerts.alerts) == alerts,
                    timeout=10_000)
    return view


def lines(strip: AlertStrip) -> list[str]:
    return [line.text() for line in strip.lines if line.isVisible()]


def test_the_dashboard_lists_the_alerts_and_a_key_acknowledges_them(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    two_alerts(dispatcher_context.database)
    view = dashboard(qtbot, dispatcher_context, 2)
    strip = view.alerts
    assert strip.isVisible() and strip.title.text() == "Alerts: 2"
    first, second = lines(strip)
    assert first.startswith("鄂A·00002 waiting for disinfection since ")
    assert "after ZY202002200002" in first and first.endswith("20 min overdue")
    assert first.count("王芳") == 0                    # the vehicle's alert names the vehicle
    assert second.startswith("ZY202002200001 张伟: ordered, no vehicle sent yet — ")
    assert second.endswith("15 min overdue")
    assert strip.acknowledge_button is not None and strip.acknowledge_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: strip.alerts == [] and not strip.is_loading(), timeout=10_000)
    assert strip.title.text().startswith("No alerts")
    assert strip.message.text() == "Acknowledged: 2."
    assert not strip.acknowledge_button.isVisible()
    with dispatcher_context.database.sessions() as session:
        stored = session.execute(select(AlertAcknowledgement.kind, AlertAcknowledgement.username)
                                 .order_by(AlertAcknowledgement.transfer_id)).all()
        audited = session.scalars(select(AuditEntry.username).where(
            AuditEntry.table_name == "alert_acknowledgement")).all()
    assert stored == [("step_overdue", "zhao"), ("disinfection_overdue", "zhao")]
    assert audited == ["zhao", "zhao"]


def test_a_viewer_sees_the_alerts_and_cannot_acknowledge(qtbot: QtBot,
                                                         context: AppContext) -> None:
    two_alerts(context.database)
    view = dashboard(qtbot, context, 2)
    assert view.alerts.acknowledge_button is None
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.wait(200)
    view.alerts.reload()
    qtbot.waitUntil(lambda: not view.alerts.is_loading())
    assert len(view.alerts.alerts) == 2 and len(lines(view.alerts)) == 2


def test_another_workstations_acknowledgement_clears_the_strip(
        qtbot: QtBot, context: AppContext) -> None:
    two_alerts(context.database)
    view = dashboard(qtbot, context, 2)
    context.feed.start()
    qtbot.waitUntil(lambda: context.feed.state.value == "live", timeout=10_000)
    elsewhere = open_database(url_of(context.database))   # the commander's desk
    try:
        keys = [alert.key for alert in standing_alerts(elsewhere, DISPATCHER)]
        acknowledge_alerts(elsewhere, signed_in("commander", "li"), keys[:1])
        qtbot.waitUntil(lambda: len(view.alerts.alerts) == 1, timeout=5_000)   # not the tick
        assert lines(view.alerts)[0].startswith("ZY202002200001 张伟")
    finally:
        elsewhere.dispose()


def test_the_sound_beeps_once_per_new_alert_when_turned_on(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    beeps: list[int] = []
    trip_standing(dispatcher_context.database, 25)
    quiet = AlertStrip(dispatcher_context, beep=lambda: beeps.append(1))
    qtbot.addWidget(quiet)
    quiet.show()
    qtbot.waitUntil(lambda: len(quiet.alerts) == 1)
    assert beeps == [] and not quiet.sound.isChecked()       # off unless someone turns it on
    quiet.sound.click()
    assert dispatcher_context.settings.get(ALERT_SOUND) is True
    loud = AlertStrip(dispatcher_context, beep=lambda: beeps.append(1))
    qtbot.addWidget(loud)
    loud.show()
    qtbot.waitUntil(lambda: len(loud.alerts) == 1)
    assert beeps == [1]
    loud.reload()
    qtbot.waitUntil(lambda: not loud.is_loading())
    assert beeps == [1]                                       # the same alert: no second beep
    trip_standing(dispatcher_context.database, 40, number="ZY202002200003", suffix="3")
    loud.reload()
    qtbot.waitUntil(lambda: len(loud.alerts) == 2)
    assert beeps == [1, 1]
