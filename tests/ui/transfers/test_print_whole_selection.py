"""Ctrl+A then Ctrl+P on a transfers list longer than what its lazy list has loaded: the PDF
holds a sheet for every order of the list, not for the rows loaded; a list changed under the
selection, or a selection over the sheets one batch prints, prints nothing and says why in one
sentence. On the Active board and in the history, driven by keys as a dispatcher does."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from controllers.runtime.context import AppContext
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import TransferOrder
from tests.support.active_board import dispatcher_at
from tests.support.gui import keys_reach
from tests.support.sheets import pdf_text
from tests.support.transfer_lists import Orders, orders_under_way
from ui.kit import sheet_printing
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.sheet_printing import PrintSheetsDialog
from ui.transfers.view import TransfersView

CTRL = Qt.KeyboardModifier.ControlModifier
PAGE = 5           # rows per page of the lists here: 40 orders are 8 pages
ORDERS = 40


@pytest.fixture
def dispatcher(database: Database, settings: Settings) -> Iterator[AppContext]:
    with dispatcher_at(database, settings) as built:
        yield built


@pytest.fixture
def saved_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No printer on the workstation: the sheets go to this PDF, asked for by the dialog."""
    out = tmp_path / "sheets.pdf"
    monkeypatch.setattr(sheet_printing, "installed_printers", list)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(out), ""))
    return out


def _view(qtbot: QtBot, context: AppContext, history: bool) -> tuple[TransfersView, QTableView]:
    view = TransfersView(context)
    view.model.page_size = PAGE
    view.active.model.page_size = PAGE
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activate()
    if history:
        view.tabs.setCurrentIndex(1)
    table, model = (view.table, view.model) if history else (view.active.table, view.active.model)
    qtbot.waitUntil(lambda: not view.is_loading() and model.rowCount() == ORDERS, timeout=10_000)
    qtbot.waitUntil(lambda: model.index(0, 0).data() is not None and not view.is_loading(),
                    timeout=10_000)
    assert isinstance(model, LazyTableModel)
    # The list holds a few pages: most of its orders are not known to it.
    loaded = [row for row in range(ORDERS) if model.row_id(row) is not None]
    assert 0 < len(loaded) < ORDERS
    table.setFocus()
    keys_reach(qtbot, table)
    return view, table


def _ctrl_a_ctrl_p(qtbot: QtBot, view: TransfersView, table: QTableView) -> PrintSheetsDialog:
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: (found := view.findChild(PrintSheetsDialog)) is not None
                    and found.isVisible(), timeout=10_000)
    dialog = view.findChild(PrintSheetsDialog)
    assert dialog is not None
    keys_reach(qtbot, dialog)
    return dialog


def _enter(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)


def _printed_all(qtbot: QtBot, view: TransfersView, dialog: PrintSheetsDialog, out: Path,
                 orders: Orders) -> None:
    qtbot.waitUntil(lambda: dialog.sheets is not None, timeout=20_000)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert view.message.text() == f"Saved {out} ({ORDERS} sheets)."
    text = pdf_text(out)
    assert text.count("\f") == ORDERS                # one page a sheet, every order of the list
    for number, patient in zip(orders.numbers, orders.patients, strict=True):
        assert number in text and patient in text


@pytest.mark.parametrize("history", [False, True], ids=["active board", "history"])
def test_ctrl_a_ctrl_p_prints_every_order_of_the_list(
        qtbot: QtBot, dispatcher: AppContext, saved_to: Path, history: bool) -> None:
    orders = orders_under_way(dispatcher.database, ORDERS)
    view, table = _view(qtbot, dispatcher, history)
    dialog = _ctrl_a_ctrl_p(qtbot, view, table)
    _printed_all(qtbot, view, dialog, saved_to, orders)


def test_a_board_changed_under_the_selection_prints_nothing(
        qtbot: QtBot, dispatcher: AppContext, saved_to: Path) -> None:
    database = dispatcher.database
    orders = orders_under_way(database, ORDERS)
    view, table = _view(qtbot, dispatcher, history=False)
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    with database.sessions.begin() as session:   # another workstation cancels an order
        session.execute(update(TransferOrder).where(TransferOrder.id == orders.ids[-1])
                        .values(status="cancelled"))
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: (found := view.findChild(PrintSheetsDialog)) is not None
                    and found.message.isVisible(), timeout=10_000)
    dialog = view.findChild(PrintSheetsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.sheets is None
    assert dialog.message.text().startswith("The list changed after the rows were selected")
    keys_reach(qtbot, dialog)
    _enter(qtbot, dialog)                           # Enter prints nothing: nothing was read
    qtbot.wait(200)
    assert dialog.isVisible() and not saved_to.exists()


def test_more_orders_than_one_batch_prints_are_refused_at_once(
        qtbot: QtBot, dispatcher: AppContext, saved_to: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("controllers.transfers.selection.MOST_SHEETS", ORDERS - 1)
    orders_under_way(dispatcher.database, ORDERS)
    view, table = _view(qtbot, dispatcher, history=True)
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    assert view.message.text() == (f"{ORDERS} rows are selected; one action changes at most "
                                   f"{ORDERS - 1}. Narrow the list with its filters, then select "
                                   "again.")
    qtbot.wait(200)
    assert view.findChild(PrintSheetsDialog) is None and not saved_to.exists()
