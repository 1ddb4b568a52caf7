"""Printing transfer sheets from the Transfers view: Ctrl+P prints the selected orders' sheets
(one order, or several selected with Shift/Ctrl or Ctrl+A: one print job or one PDF,
ui/kit/sheet_printing.py), every selected order, loaded in the list or not, up to MOST_SHEETS
(ui/transfers/selected_sheets.py); the button's menu also previews the current order's sheet,
saves it as a PDF, and prints a day's sheets as one batch.

Data is loaded off the UI thread; PDFs are painted a few sheets per turn of the event loop
(ui/kit/paper_job.py); the preview renders the same pages as the PDF (ui/kit/print_preview.py),
so paper, screen and file agree.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.paper.sheet_pdf import batch_title as sheets_title
from controllers.paper.transfer_sheet import TransferSheet, sheet_of_transfer, sheets_of_day
from controllers.paper.transfer_sheet_html import sheet_title
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.transfers.selection import SelectionRefused, check_size
from ui.kit.formatting import count
from ui.kit.paper_job import PaperJob
from ui.kit.qt_time import qdate, to_date
from ui.kit.refusals.selection import selection_error_text
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.role_actions import key_text
from ui.kit.sheet_printing import PrintSheetsDialog, SheetsAndPapers, with_papers
from ui.kit.widgets import shortcut
from ui.transfers.selected_sheets import ChosenOrders, SelectedSheetsDialog

translate = QCoreApplication.translate
PRINT_KEYS = "Ctrl+P"


def batch_title(day: date) -> str:
    return translate("SheetPrinting", "Transfer sheets of %1").replace("%1", f"{day:%Y-%m-%d}")


class SheetPrinter:
    """The printing itself, shared by the button's menu and the day dialog. `say` shows a line
    in the owning view (saved, nothing selected, an error)."""

    def __init__(self, context: AppContext, owner: QWidget, say: Callable[[str], None]) -> None:
        self.context = context
        self.owner = owner
        self.say = say
        self.last_dialog: Any = None
        self.last_saved: Path | None = None
        self.job: PaperJob | None = None

    def _failed(self, error: BaseException) -> None:
        self.say(sheets_error_text(error))

    def preview(self, load: Callable[[], list[TransferSheet]], title: Callable[[list[TransferSheet]], str]) -> None:
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> SheetsAndPapers:
            return with_papers(database, user, load())

        def show(loaded: SheetsAndPapers) -> None:
            sheets, papers = loaded
            if not sheets:
                self.say(translate("SheetPrinting", "No transfers on that day."))
                return
            from ui.kit.print_preview import preview_papers
            self.last_dialog = preview_papers(papers, title(sheets), self.owner)
            self.last_dialog.open()

        self.context.tasks.submit("transfer sheet preview", work, succeeded=show,
                                  failed=self._failed, owner=self.owner)

    def save(self, load: Callable[[], list[TransferSheet]], path: Path) -> None:
        """The sheets `load` reads (on the task runner) into one PDF at `path`, painted a few
        per turn of the event loop with a progress dialog whose Stop leaves no file: a worker
        painting them held Python's lock for seconds and the window froze (issue 25)."""
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> SheetsAndPapers:
            return with_papers(database, user, load())

        def loaded(read: SheetsAndPapers) -> None:
            sheets, papers = read
            if not sheets:
                self.say(translate("SheetPrinting", "No transfers on that day."))
                return
            job = PaperJob(papers, pdf=path,
                           title=sheets_title(sheets), parent=self.owner)
            progress = QProgressDialog(
                translate("SheetPrinting", "Saving %1 sheets as a PDF…").replace(
                    "%1", count(len(sheets))),
                translate("SheetPrinting", "Stop"), 0, len(sheets), self.owner)
            progress.setWindowTitle(translate("SheetPrinting", "Save as PDF…"))
            progress.setMinimumDuration(400)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(job.stop)
            job.progressed.connect(lambda done, _total: progress.setValue(done))

            def over() -> None:
                progress.canceled.disconnect(job.stop)
                progress.close()
                progress.deleteLater()

            def saved(_pages: int) -> None:
                over()
                self.last_saved = path
                self.say(translate("SheetPrinting", "Saved %1 (%2 sheets).")
                         .replace("%1", str(path)).replace("%2", str(len(sheets))))

            def failed(error: BaseException) -> None:
                over()
                self._failed(error)

            def stopped() -> None:
                over()
                self.say(translate("SheetPrinting", "Stopped: no PDF was written."))

            job.finished.connect(saved)
            job.failed.connect(failed)
            job.stopped.connect(stopped)
            self.job = job
            job.start()

        self.context.tasks.submit("transfer sheets for a PDF", work, succeeded=loaded,
                                  failed=self._failed, owner=self.owner)

    def ask_path(self, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.owner, translate("SheetPrinting", "Save as PDF…"),
            str(Path.home() / suggested), translate("SheetPrinting", "PDF (*.pdf)"))
        return Path(path) if path else None


class TransferSheetButton(QPushButton):
    """"Transfer sheet…": print the selected orders' sheets (Ctrl+P on `keys_on`), preview or
    save the current one, or a day's batch. `selected` gives the id of the transfer current in
    the view, or None; `selected_many` every order selected (rows not loaded included), or
    None when none is (without it, Ctrl+P prints the current order)."""

    def __init__(self, context: AppContext, selected: Callable[[], int | None],
                 say: Callable[[str], None], parent: QWidget | None = None, *,
                 selected_many: Callable[[], ChosenOrders | None] | None = None,
                 keys_on: QWidget | None = None) -> None:
        super().__init__(translate("SheetPrinting", "Print…"), parent)
        self.setToolTip(translate("SheetPrinting",
                                  "Transfer sheets: print (%1), preview, PDF, a day's batch")
                        .replace("%1", key_text(PRINT_KEYS)))
        self.context = context
        self.selected = selected
        self.selected_many = selected_many
        self.printer = SheetPrinter(context, self, say)
        self.print_dialog: PrintSheetsDialog | None = None
        menu = QMenu(self)
        # The key's text after a tab: shown in the menu, not a second Ctrl+P (that one is below).
        menu.addAction(translate("SheetPrinting", "Print the selected sheets…") + "\t"
                       + key_text(PRINT_KEYS), self.print_selected)
        menu.addAction(translate("SheetPrinting", "Print preview…"), self.preview)
        menu.addAction(translate("SheetPrinting", "Save as PDF…"), self.ask_pdf)
        menu.addSeparator()
        menu.addAction(translate("SheetPrinting", "Today's sheets…"), self.day_sheets)
        self.setMenu(menu)
        self.day_dialog: DaySheetsDialog | None = None
        if keys_on is not None:
            shortcut(PRINT_KEYS, keys_on, self.print_selected,
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def print_selected(self) -> None:
        """Ctrl+P: the selected orders' sheets, to a printer or one PDF; Enter prints. Every
        selected order, loaded in the list or not; more than one batch prints is refused here,
        before anything is read."""
        if self.selected_many is None:
            one = self.selected()
            if one is None:
                self.printer.say(translate("SheetPrinting", "Select a transfer first."))
                return
            self._open_print(PrintSheetsDialog(self.context, [one], self._heading(1),
                                               self.printer.say, self.window()))
            return
        chosen = self.selected_many()
        if chosen is None:
            self.printer.say(translate("SheetPrinting", "Select a transfer first."))
            return
        try:
            check_size(chosen.selection)
        except SelectionRefused as refused:
            self.printer.say(selection_error_text(refused) or str(refused))
            return
        self._open_print(SelectedSheetsDialog(self.context, chosen, self._heading(chosen.size),
                                              self.printer.say, self.window()))

    @staticmethod
    def _heading(sheets: int) -> str:
        return translate("SheetPrinting", "Print the transfer sheet") if sheets == 1 \
            else translate("SheetPrinting", "Print %1 transfer sheets as one job").replace(
                "%1", count(sheets))

    def _open_print(self, dialog: PrintSheetsDialog) -> None:
        self.print_dialog = dialog
        dialog.open()

    def _transfer(self) -> int | None:
        chosen = self.selected()
        if chosen is None:
            self.printer.say(translate("SheetPrinting", "Select a transfer first."))
        return chosen

    def _loader(self, transfer_id: int) -> Callable[[], list[TransferSheet]]:
        database, user = self.context.database, self.context.user
        return lambda: [sheet_of_transfer(database, user, transfer_id)]

    def preview(self) -> None:
        transfer_id = self._transfer()
        if transfer_id is not None:
            self.printer.preview(self._loader(transfer_id), lambda s: sheet_title(s[0]))

    def ask_pdf(self) -> None:
        transfer_id = self._transfer()
        if transfer_id is None:
            return
        path = self.printer.ask_path(f"transfer-sheet-{transfer_id}.pdf")
        if path is not None:
            self.save_pdf(transfer_id, path)

    def save_pdf(self, transfer_id: int, path: Path) -> None:
        self.printer.save(self._loader(transfer_id), path)

    def day_sheets(self) -> None:
        self.day_dialog = DaySheetsDialog(self.context, self.printer, self)
        self.day_dialog.open()


class DaySheetsDialog(QDialog):
    """A day's sheets in one batch, one sheet per page: today unless another day is chosen."""

    def __init__(self, context: AppContext, printer: SheetPrinter,
                 parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.printer = printer
        self.setWindowTitle(translate("SheetPrinting", "Today's sheets…"))
        self.day = QDateEdit(qdate(day or date.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        preview = QPushButton(translate("SheetPrinting", "Print preview…"))
        save = QPushButton(translate("SheetPrinting", "Save as PDF…"))
        close = QPushButton(translate("SheetPrinting", "Close"))
        preview.clicked.connect(self.preview)
        save.clicked.connect(self.ask_pdf)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "SheetPrinting", "Every transfer ordered on this day, one sheet per page:")))
        layout.addWidget(self.day)
        buttons = QHBoxLayout()
        for button in (preview, save, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def _loader(self) -> Callable[[], list[TransferSheet]]:
        database, user, day = self.context.database, self.context.user, self.chosen_day()
        return lambda: sheets_of_day(database, user, day)

    def preview(self) -> None:
        day = self.chosen_day()
        self.printer.preview(self._loader(), lambda _sheets: batch_title(day))

    def ask_pdf(self) -> None:
        path = self.printer.ask_path(f"transfer-sheets-{self.chosen_day():%Y%m%d}.pdf")
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> None:
        self.printer.save(self._loader(), path)
