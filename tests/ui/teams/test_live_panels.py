"""Panels that follow the change feed never drop a change that arrives while they load."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from ui.teams.duty_panel import DutyPanel
from ui.teams.supplies_panel import SuppliesPanel


def test_a_change_during_a_load_brings_one_more_refresh(qtbot: QtBot, context: AppContext) -> None:
    for panel in (SuppliesPanel(context), DutyPanel(context)):
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitUntil(lambda panel=panel: not panel.is_loading(), timeout=10_000)
        calls: list[int] = []
        panel.refresh = lambda calls=calls: calls.append(1)  # type: ignore[method-assign]
        panel._loading = True
        touching = ChangeSet({next(iter(panel.live_tables)): None})
        panel.on_change(touching)
        assert calls == []            # busy: not a second load on top of the first
        panel._loading = False
        panel.loading_finished()
        assert calls == [1]           # but the change is caught up right after
        panel.on_change(ChangeSet({"person": None}))
        assert calls == [1]           # what the panel does not show changes nothing
