"""Printing transfer sheets from the GUI: the selected transfer's sheet previewed for a printer
and saved as a PDF whose text reads back, a day's batch, and a clear word when nothing is
selected or the day had no transfers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.sample_district import add_sample_district
from tests.support.sheets import pdf_text
from ui.transfers.sheet_preview import DaySheetsDialog, TransferSheetButton


def test_the_selected_sheet_is_previewed_and_saved(qtbot: QtBot, context: AppContext,
                                                   tmp_path: Path) -> None:
    sample = add_sample_district(context.database)
    said: list[str] = []
    chosen: list[int | None] = [None]
    button = TransferSheetButton(context, lambda: chosen[0], said.append)
    qtbot.addWidget(button)
    button.preview()
    assert said == ["Select a transfer first."] and button.printer.last_dialog is None
    chosen[0] = sample.transfers["ZY-0001"]
    out = tmp_path / "sheet.pdf"
    button.save_pdf(sample.transfers["ZY-0001"], out)
    qtbot.waitUntil(lambda: any("Saved" in line for line in said), timeout=20_000)
    assert said[-1] == f"Saved {out} (1 sheets)."
    text = pdf_text(out)
    assert "ZY-0001" in text and "张伟" in text and "Transfer sheet" in text
    button.preview()
    qtbot.waitUntil(lambda: button.printer.last_dialog is not None, timeout=10_000)
    dialog = button.printer.last_dialog
    assert dialog.windowTitle() == "Transfer sheet ZY-0001"
    dialog.close()
    assert [action.text() for action in button.menu().actions() if action.text()] == [
        "Print the selected sheets…\tCtrl+P", "Print preview…", "Save as PDF…",
        "Today's sheets…"]


def test_a_day_of_sheets_in_one_pdf(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    add_sample_district(context.database)
    said: list[str] = []
    button = TransferSheetButton(context, lambda: None, said.append)
    qtbot.addWidget(button)
    dialog = DaySheetsDialog(context, button.printer, button, day=date(2020, 2, 10))
    qtbot.addWidget(dialog)
    out = tmp_path / "day.pdf"
    dialog.save_pdf(out)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said == [f"Saved {out} (2 sheets)."]
    text = pdf_text(out)
    assert "ZY-0001" in text and "ZY-0002" in text and text.count("\f") >= 2
    dialog.day.setDate(date(2020, 3, 1))
    dialog.save_pdf(tmp_path / "empty.pdf")
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[-1] == "No transfers on that day." and not (tmp_path / "empty.pdf").exists()
    dialog.preview()
    qtbot.waitUntil(lambda: len(said) == 3, timeout=20_000)
    assert said[-1] == "No transfers on that day."


def test_the_transfers_view_prints_the_order_selected_on_its_history(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    from ui.transfers.view import TransfersView
    sample = add_sample_district(context.database)
    view = TransfersView(context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    button = view.findChild(TransferSheetButton)
    assert button is not None and button.isVisible()
    button.preview()                      # nothing selected on the tab in front
    assert view.message.text() == "Select a transfer first."
    view.tabs.setCurrentIndex(1)          # History
    qtbot.waitUntil(lambda: view.model.rowCount() == 2
                    and view.model.row_id(1) is not None, timeout=10_000)
    row = next(r for r in range(2) if view.model.row_id(r) == sample.transfers["ZY-0002"])
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.selected_transfer_id() == sample.transfers["ZY-0002"]
    button.preview()
    qtbot.waitUntil(lambda: button.printer.last_dialog is not None, timeout=10_000)
    assert button.printer.last_dialog.windowTitle() == "Transfer sheet ZY-0002"
    button.printer.last_dialog.close()
