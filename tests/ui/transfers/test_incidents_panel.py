"""The Incidents tab: log an incident against a transfer by its sheet number, refused input kept
with a sentence, close it with an outcome, the open-only filter; look-only for a viewer."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import Incident
from tests.support.factories import signed_in
from tests.support.transfers import add_transfer
from ui.transfers.incident_dialog import CloseIncidentDialog, IncidentDialog
from ui.transfers.incidents_panel import IncidentsPanel


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000,
                          user=signed_in("dispatcher"))
    yield built
    built.close()


def stored(database: Database) -> list[Incident]:
    with database.sessions() as session:
        return list(session.query(Incident))


def test_log_refuse_and_close_an_incident(qtbot: QtBot, dispatcher_context: AppContext,
                                          answered: Callable[..., None]) -> None:
    add_transfer(dispatcher_context.database)
    panel = IncidentsPanel(dispatcher_context)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.total.text() == "0 incidents", timeout=10_000)
    panel.close_selected()
    assert panel.message.text() == "Select an incident first."
    panel.log_incident()
    dialog = panel.dialog
    assert isinstance(dialog, IncidentDialog) and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("violence"))
    dialog.reference.setText("ZY202002200001")
    answered(dialog)                                # its stations, read in the background
    assert dialog.station.count() > 1
    dialog.save()                                   # no description: refused, kept open
    answered(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Say what happened: the description is empty."
    dialog.description.setPlainText("家属推搡民警")
    dialog.occurred.setDateTime(QDateTime(datetime.now() + timedelta(days=1)))
    dialog.save()                                   # tomorrow: refused, kept open
    answered(dialog)
    assert dialog.error.text() == "The time is in the future." and stored(
        dispatcher_context.database) == []
    dialog.occurred.setDateTime(QDateTime(datetime.now() - timedelta(hours=1)))
    dialog.reference.setText("ZY-NOPE")
    dialog.save()
    answered(dialog)
    assert dialog.error.text() == "There is no such transfer."
    dialog.reference.setText("ZY202002200001")
    dialog.handled_by.setText("周警官")
    dialog.save()
    answered(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.index(0, 6).data() is not None, timeout=10_000)
    assert panel.model.index(0, 6).data() == "张伟"
    assert panel.model.index(0, 2).data() == "家属推搡民警"
    assert panel.table.itemDelegateForColumn(1).displayText("violence", panel.locale()) == "Violence"
    (incident,) = stored(dispatcher_context.database)
    assert incident.handled_by == "周警官" and incident.transfer_id is not None

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.close_selected()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, CloseIncidentDialog), timeout=10_000)
    closing = panel.dialog
    assert isinstance(closing, CloseIncidentDialog)
    assert closing.handled_by.text() == "周警官"
    closing.save()
    answered(closing)
    assert closing.error.text() == "Say how it ended: the outcome is empty."
    closing.outcome.setPlainText("已劝离，家属签字确认")
    closing.save()
    answered(closing)
    assert not closing.isVisible()
    (incident,) = stored(dispatcher_context.database)
    assert incident.closed_at is not None and incident.resolution == "已劝离，家属签字确认"
    panel.open_only.setChecked(True)
    qtbot.waitUntil(lambda: panel.total.text() == "0 incidents", timeout=10_000)
    panel.open_only.setChecked(False)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.index(0, 0).data() is not None, timeout=10_000)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.close_selected()
    answered(panel)
    assert panel.message.text() == "That incident is already closed."


def test_a_viewer_sees_the_list_without_the_buttons(qtbot: QtBot, context: AppContext) -> None:
    panel = IncidentsPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.log_button is None and panel.close_button is None   # neither, for a viewer
    assert panel.table.selectionBehavior() == panel.table.SelectionBehavior.SelectRows


def test_the_transfers_view_has_an_incidents_tab(qtbot: QtBot, context: AppContext) -> None:
    from ui.transfers.view import TransfersView
    view = TransfersView(context)
    qtbot.addWidget(view)
    titles = [view.tabs.tabText(index) for index in range(view.tabs.count())]
    assert titles[-1] == "Incidents"
    assert isinstance(view.tabs.widget(view.tabs.count() - 1), IncidentsPanel)
