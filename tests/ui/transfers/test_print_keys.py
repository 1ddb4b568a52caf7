"""Printing from the keyboard (issue 19, item 8): Ctrl+P, Enter prints the selected order's
sheet; Shift+Down selects more and the batch is one PDF, painted in the background with
progress; after a dispatch (Ctrl+D, Enter) Canvass offers the sheet and Enter prints it. The
printer is a stand-in that writes a PDF (`make_printer` replaced), whose text layer is read
back. README's keystroke table for transfers says the same and is checked here."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from controllers.paper.pdf import a4_layout
from controllers.runtime.context import AppContext
from controllers.runtime.settings import Settings
from models.db.database import Database
from tests.support.active_board import (
    DISPATCH_AND_PRINT_KEYS,
    PRINT_KEYS,
    STEP_KEYS,
    Trip,
    dispatched,
    dispatcher_at,
    scenes,
)
from tests.support.gui import Answered, keys_reach
from tests.support.sheets import pdf_text
from ui.cases.dispatch_dialog import DispatchDialog
from ui.cases.view import CasesView
from ui.kit import sheet_printing
from ui.kit.sheet_printing import PrintSheetsDialog
from ui.transfers.view import TransfersView

ROOT = Path(__file__).resolve().parents[3]
PRINTER = "指挥中心激光打印机"


@pytest.fixture
def dispatcher(database: Database, settings: Settings) -> Iterator[AppContext]:
    with dispatcher_at(database, settings) as built:
        yield built


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One printer on the workstation, which writes what it is sent to this PDF."""
    out = tmp_path / "printer.pdf"

    def pdf_printer(name: str) -> QPrinter:
        assert name == PRINTER
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageLayout(a4_layout())
        return printer

    monkeypatch.setattr(sheet_printing, "installed_printers", lambda: [PRINTER])
    monkeypatch.setattr(sheet_printing, "make_printer", pdf_printer)
    return out


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """One key group as README writes it ("Ctrl+P", "Enter", "Shift+Down")."""
    combination = QKeySequence("Return" if keys == "Enter" else keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def focused(qtbot: QtBot, dialog: QWidget) -> QWidget:
    """Where the dialog's keys go: its focus widget, once the application's focus is in it
    (before that, a key would still reach the shortcuts of the window behind)."""
    keys_reach(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    return QApplication.focusWidget() or dialog


def board_with(qtbot: QtBot, dispatcher: AppContext, names: list[str]) -> tuple[TransfersView,
                                                                                list[Trip]]:
    database = dispatcher.database
    trips = dispatched(database, scenes(database, names), names)
    view = TransfersView(dispatcher)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.activate()
    model = view.active.model
    qtbot.waitUntil(lambda: not view.is_loading() and model.rowCount() == len(names)
                    and model.row_id(len(names) - 1) is not None, timeout=10_000)
    view.active.table.setFocus()
    press(qtbot, view.active.table, "Ctrl+Home")
    return view, trips


def print_dialog(qtbot: QtBot, owner: QWidget) -> PrintSheetsDialog:
    qtbot.waitUntil(lambda: owner.findChild(PrintSheetsDialog) is not None
                    and owner.findChild(PrintSheetsDialog).isVisible(), timeout=10_000)
    dialog = owner.findChild(PrintSheetsDialog)
    assert dialog is not None
    keys_reach(qtbot, dialog)
    return dialog


def test_ctrl_p_prints_the_selected_order(qtbot: QtBot, dispatcher: AppContext,
                                          printed: Path) -> None:
    view, trips = board_with(qtbot, dispatcher, ["张伟", "李娜", "王芳"])
    press(qtbot, view.active.table, "Down")
    assert view.active.current_order() == trips[1].order_id
    for keys, widget in zip(PRINT_KEYS, (view.active.table, None), strict=True):
        if widget is None:
            dialog = print_dialog(qtbot, view)
            assert dialog.target.currentText() == PRINTER and dialog.print_button.isDefault()
            widget = focused(qtbot, dialog)
        press(qtbot, widget, keys)
    qtbot.waitUntil(lambda: view.message.text() == f"1 sheets sent to {PRINTER}.",
                    timeout=20_000)
    text = pdf_text(printed)
    assert trips[1].number in text and "李娜" in text
    assert trips[0].number not in text and trips[2].number not in text


def test_three_selected_orders_print_as_one_pdf(qtbot: QtBot, dispatcher: AppContext,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_printing, "installed_printers", list)   # no printer here
    out = tmp_path / "batch.pdf"
    asked: list[str] = []

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view, trips = board_with(qtbot, dispatcher, ["张伟", "李娜", "王芳", "刘洋"])
    press(qtbot, view.active.table, "Down")
    press(qtbot, view.active.table, "Shift+Down")
    press(qtbot, view.active.table, "Shift+Down")
    assert view.selected_transfer_ids() == [trip.order_id for trip in trips[1:]]
    press(qtbot, view.active.table, "Ctrl+P")
    dialog = print_dialog(qtbot, view)
    assert "Print 3 transfer sheets as one job" in [label.text()
                                                    for label in dialog.findChildren(QLabel)]
    qtbot.waitUntil(lambda: dialog.sheets is not None, timeout=10_000)
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    press(qtbot, focused(qtbot, dialog), "Enter")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert asked and asked[0].endswith("transfer-sheets-3.pdf")
    assert dialog.progress.maximum() == 3 and steps and steps[-1] == 3
    assert dialog.job is not None and dialog.job.turns >= 1   # painted by turns of the loop
    assert view.message.text() == f"Saved {out} (3 sheets)."
    text = pdf_text(out)
    assert text.count("\f") == 3                     # one page a sheet, one file
    for trip in trips[1:]:
        assert trip.number in text and trip.patient in text
    assert trips[0].number not in text


def test_dispatch_and_print_in_three_key_groups(qtbot: QtBot, dispatcher: AppContext,
                                                printed: Path, answered: Answered) -> None:
    database = dispatcher.database
    scenes(database, ["孙悦"])
    view = CasesView(dispatcher)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 1
                    and view.model.row_id(0) is not None, timeout=10_000)
    view.table.setFocus()
    press(qtbot, view.table, "Ctrl+Home")            # the case is chosen: not counted
    ctrl_d, dispatch_enter, print_enter = DISPATCH_AND_PRINT_KEYS
    press(qtbot, view.table, ctrl_d)
    qtbot.waitUntil(lambda: isinstance(view.dialog, DispatchDialog), timeout=10_000)
    dispatch = view.dialog
    assert isinstance(dispatch, DispatchDialog)
    keys_reach(qtbot, dispatch)
    press(qtbot, focused(qtbot, dispatch), dispatch_enter)
    answered(dispatch)
    offer = print_dialog(qtbot, view)
    press(qtbot, focused(qtbot, offer), print_enter)
    qtbot.waitUntil(lambda: printed.exists(), timeout=20_000)
    qtbot.waitUntil(lambda: view.message.text() == f"1 sheets sent to {PRINTER}.", timeout=10_000)
    text = pdf_text(printed)
    assert "孙悦" in text and re.search(r"ZY\d{12}", text)


def readme_groups() -> dict[str, int]:
    """The key groups README's transfers table gives each piece of the dispatcher's work."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Transfers"):]
    section = section[:section.index("\n## ", 4)]
    rows = re.findall(r"^\| ([^|]+?) \| [^|]+ \| (\d+)[^|]* \|$", section, re.MULTILINE)
    return {work: int(groups) for work, groups in rows}


def test_the_readme_keystroke_table_holds() -> None:
    table = readme_groups()
    assert table["dispatch from a case and print its sheet"] == \
        len(DISPATCH_AND_PRINT_KEYS) <= 3
    assert table["close a transfer, its disinfection recorded: each step"] == len(STEP_KEYS) <= 2
    assert table["print the selected orders' sheets"] == len(PRINT_KEYS)
