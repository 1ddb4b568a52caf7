"""The order's own window, driven as a dispatcher drives it: a double-click or Enter on an order
of the transfers view opens that order's window (never the next-step dialog, which stays on
Ctrl+Return), and so does a sheet number typed in the search box and Enter; opening it again
raises the same window; Reprint previews that order's sheet; and a step recorded at another
workstation appears in the open window's timeline."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from controllers.transfers.dispatch import advance_transfer
from models.db.database import Database
from models.schema import TransferOrder
from tests.support.factories import NOW, signed_in
from tests.support.gui import Answered, keys_reach
from tests.support.transfers import DISPATCHER, scene, send
from ui.kit.lazy_table_model import LazyTableModel
from ui.transfers.order_window import OrderWindow
from ui.transfers.step_dialog import StepDialog
from ui.transfers.view import TransfersView


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def two_orders(database: Database) -> list[int]:
    """Two orders under way, of two stations (the second departs from its proposal)."""
    return [send(database, scene(database, suffix=suffix), override_reason=reason)
            for suffix, reason in (("1", ""), ("2", "家属要求"))]


def number_of(database: Database, order_id: int) -> str:
    with database.sessions() as session:
        return session.get(TransferOrder, order_id).number


def open_view(qtbot: QtBot, context: AppContext) -> TransfersView:
    view = TransfersView(context)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    return view


def rows_known(qtbot: QtBot, model: LazyTableModel, rows: int) -> None:
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == rows
                    and all(model.row_id(r) is not None for r in range(rows)), timeout=10_000)


def activate(qtbot: QtBot, view: TransfersView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)


def opened(qtbot: QtBot, view: TransfersView, order_id: int, answered: Answered) -> OrderWindow:
    qtbot.waitUntil(lambda: order_id in view.orders.open_windows, timeout=10_000)
    window = view.orders.open_windows[order_id]
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    answered(window)
    return window


def test_a_double_click_opens_the_order_under_the_cursor(qtbot: QtBot, answered: Answered,
                                                         dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    two_orders(database)
    view = open_view(qtbot, dispatcher_context)
    table, model = view.active.table, view.active.model
    rows_known(qtbot, model, 2)
    table.selectRow(0)
    under_cursor = model.row_id(1)
    assert under_cursor is not None
    where = table.visualRect(model.index(1, 1)).center()
    # Qt 6 needs the press before the double click, as a real mouse gives it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    window = opened(qtbot, view, under_cursor, answered)
    assert view.dialog is None                      # no step dialog
    assert list(view.orders.open_windows) == [under_cursor]
    number = number_of(database, under_cursor)
    assert window.windowTitle().startswith(f"Transfer order {number}")
    assert window.heading.text() == f"Transfer {number} · 张伟"
    shown_id = window.case_form.value_of("Resident ID")     # a dispatcher sees it masked
    assert len(shown_id) == 18 and shown_id[:6] == "420102" and shown_id[6:14] == "*" * 8
    # Reprint previews this order's sheet, by Ctrl+P and by its button's menu.
    window.activateWindow()
    keys_reach(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.printer.last_dialog is not None, timeout=20_000)
    assert window.printer.last_dialog.windowTitle() == f"Transfer sheet {number}"
    window.printer.last_dialog.close()
    window.printer.last_dialog = None
    preview = next(a for a in window.reprint.menu().actions() if a.text() == "Print preview…")
    preview.trigger()
    qtbot.waitUntil(lambda: window.printer.last_dialog is not None, timeout=20_000)
    assert window.printer.last_dialog.windowTitle() == f"Transfer sheet {number}"
    window.printer.last_dialog.close()


def test_enter_opens_the_order_once_and_ctrl_return_still_steps(
        qtbot: QtBot, answered: Answered, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    two_orders(database)
    view = open_view(qtbot, dispatcher_context)
    view.tabs.setCurrentIndex(1)                    # History
    rows_known(qtbot, view.model, 2)
    chosen = view.model.row_id(1)
    assert chosen is not None
    view.table.setCurrentIndex(view.model.index(1, 0))
    for _press in range(2):                         # the second Enter raises the same window
        activate(qtbot, view)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        window = opened(qtbot, view, chosen, answered)
        assert list(view.orders.open_windows) == [chosen] and window.isVisible()
        if _press == 0:
            first = window
    assert window is first and view.dialog is None
    assert window.timeline.item(0, 0).text() == "Ordered"
    assert window.timeline.item(1, 0).text() == "Awaiting: Dispatched"
    view.tabs.setCurrentIndex(0)                    # Active: the step is Ctrl+Return's
    rows_known(qtbot, view.active.model, 2)
    view.active.table.selectRow(0)
    activate(qtbot, view)
    view.active.table.setFocus()
    qtbot.keyClick(view.active.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(view.dialog, StepDialog), timeout=10_000)
    assert len(view.orders.open_windows) == 1
    view.dialog.reject()
    window.close()
    qtbot.waitUntil(lambda: not view.orders.open_windows, timeout=5_000)


def history_texts(window: OrderWindow) -> list[str]:
    def walk(item: QTreeWidgetItem) -> Iterator[str]:
        yield item.text(2)
        for index in range(item.childCount()):
            yield from walk(item.child(index))
    tree = window.history
    return [text for i in range(tree.topLevelItemCount()) for text in walk(tree.topLevelItem(i))]


def test_a_step_recorded_elsewhere_appears_in_the_open_window(
        qtbot: QtBot, answered: Answered, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    order_id, _other = two_orders(database)
    view = open_view(qtbot, dispatcher_context)
    window = view.orders.open(order_id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    answered(window)
    assert window.timeline.rowCount() == 2          # ordered, awaiting dispatch
    dispatcher_context.feed.start()
    qtbot.waitUntil(lambda: dispatcher_context.feed.state.value == "live", timeout=10_000)
    with database.sessions() as session:
        version = session.get(TransferOrder, order_id).version
    elsewhere = signed_in("dispatcher", "zhao")
    advance_transfer(database, elsewhere, order_id, version, "dispatched",
                     NOW + timedelta(minutes=4))
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 3, timeout=10_000)
    answered(window)
    cells = [window.timeline.item(1, column).text() for column in range(6)]
    assert cells[0] == "Dispatched" and cells[2:5] == ["Until dispatched", "4 min", "zhao"]
    assert window.timeline.item(2, 0).text() == "Awaiting: On scene"
    texts = history_texts(window)
    assert "Order changed" in texts and "Status: Ordered → Dispatched" in texts
    assert not any("dispatched_at" in text or "on_scene" in text for text in texts)
    assert window.tabs.tabText(2) == "History (3)"


def test_a_sheet_number_typed_and_enter_open_its_order(
        qtbot: QtBot, answered: Answered, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    _first, second = two_orders(database)
    view = open_view(qtbot, dispatcher_context)
    view.tabs.setCurrentIndex(1)                    # History
    rows_known(qtbot, view.model, 2)
    activate(qtbot, view)
    view.search.setFocus()
    qtbot.keyClicks(view.search, number_of(database, second))
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    window = opened(qtbot, view, second, answered)
    assert list(view.orders.open_windows) == [second] and view.dialog is None
    assert window.record is not None and window.record.id == second
