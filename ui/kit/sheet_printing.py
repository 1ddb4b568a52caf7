"""Printing transfer sheets from the keyboard: one small dialog for Ctrl+P on the transfers
board (the selected orders) and for the offer Canvass makes after a dispatch (the new order).

Print is the default button, so Enter prints: dispatch and print is Ctrl+D, Enter, Enter. The
dialog names what it prints (sheet number, patient, destination: read in the background as it
opens; an Enter pressed before they arrive prints once they have) and where: the workstation's
printers, the system's default first, or a PDF file. The sheets are painted a few per turn of
the event loop, one after another onto one printer job or one PDF (ui/kit/paper_job.py), with a
progress bar; Stop ends the batch between two sheets. The board and the feed stay live meanwhile.

Lives in ui/kit because two screens open it: the transfers view and the case screens' dispatch.
`installed_printers` and `make_printer` are the seams a test replaces with a printer that writes
a PDF file.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from controllers.paper.pages import Paper
from controllers.paper.pdf import a4_layout
from controllers.paper.sheet_pdf import batch_title, papers_of_sheets
from controllers.paper.transfer_sheet import TransferSheet, sheets_of_transfers
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, Database
from models.errors import CanvassError
from ui.kit.background import load_in_background
from ui.kit.paper_job import PaperJob
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.widgets import named_label

translate = QCoreApplication.translate
PDF_FILE = ""   # the target combo's value for "PDF file…"
Say = Callable[[str], None]


def installed_printers() -> list[str]:
    """The workstation's printers, its default one first."""
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return ([default] if default in names else []) + [name for name in names if name != default]


def make_printer(name: str) -> QPrinter:
    """A printer on A4 with the sheets' margins (made on the UI thread, painted in a worker)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setPageLayout(a4_layout())
    return printer


SheetsAndPapers = tuple[list[TransferSheet], list[Paper]]


def with_papers(database: Database, user: SignedInUser,
                sheets: list[TransferSheet]) -> SheetsAndPapers:
    """The sheets and their papers, both made on the task runner: a busy day's HTML takes a
    quarter of a second, not to be spent on the UI thread (issue 25)."""
    return sheets, papers_of_sheets(database, user, sheets)


def sheet_line(sheet: TransferSheet) -> str:
    return f"{sheet.number} · {sheet.person} → {sheet.facility}"


class PrintSheetsDialog(QDialog):
    """The sheets of `transfer_ids` to a printer or a PDF file. `heading` says why it is open
    (Ctrl+P, a dispatch); `say` shows the outcome in the screen that opened it."""

    def __init__(self, context: AppContext, transfer_ids: list[int], heading: str, say: Say,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.transfer_ids, self.say = context, list(transfer_ids), say
        self.sheets: list[TransferSheet] | None = None
        self.papers: list[Paper] = []   # the sheets as printed, made where they are read
        self.job: PaperJob | None = None
        self._print_when_loaded = False
        self.setWindowTitle(translate("SheetPrinting", "Print transfer sheets"))
        self.setMinimumWidth(460)
        self.summary = QLabel(translate("SheetPrinting", "Reading the sheets…"), wordWrap=True)
        self.target = QComboBox()
        for name in installed_printers():
            self.target.addItem(name, name)
        self.target.addItem(translate("SheetPrinting", "PDF file…"), PDF_FILE)
        self.progress = QProgressBar()
        self.progress.setFormat(translate("SheetPrinting", "%v of %m sheets"))
        self.progress.hide()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(translate("SheetPrinting", "Print"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = self.buttons.addButton(translate("SheetPrinting", "Preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_sheets)
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.stop_or_close)
        form = QFormLayout()
        form.addRow(translate("SheetPrinting", "Print on"), self.target)
        box = QVBoxLayout(self)
        box.addWidget(named_label("pageTitle", heading, wrap=True))
        box.addWidget(self.summary)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.preview_dialog: QDialog | None = None
        self.print_button.setFocus()   # Enter prints; Tab reaches the printer list
        self._load()

    # -- what is printed ------------------------------------------------------------------------
    def _load(self) -> None:
        database, user, ids = self.context.database, self.context.user, self.transfer_ids
        load_in_background(self.context.tasks, self, "transfer sheets",
                           lambda: with_papers(database, user,
                                               sheets_of_transfers(database, user, ids)),
                           loaded=self._loaded, refused=self._refused)

    def _loaded(self, loaded: SheetsAndPapers) -> None:
        sheets, self.papers = loaded
        self.sheets = sheets
        shown = [sheet_line(sheet) for sheet in sheets[:6]]
        if len(sheets) > len(shown):
            shown.append(translate("SheetPrinting", "… and %1 more").replace(
                "%1", str(len(sheets) - len(shown))))
        self.summary.setText("\n".join(shown))
        if self._print_when_loaded:
            self._print_when_loaded = False
            self.print_sheets()

    def _refused(self, error: CanvassError) -> None:
        self._print_when_loaded = False
        self.show_message(sheets_error_text(error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- printing -------------------------------------------------------------------------------
    def print_sheets(self) -> None:
        """Enter: onto the chosen printer, or into a PDF file asked for now. The sheets are
        painted a few per turn of the event loop (ui/kit/paper_job.py): the progress bar moves,
        Stop (Esc) ends the batch between two sheets, and the board stays live meanwhile."""
        if self.job is not None and self.job.is_running():
            return
        if self.sheets is None:
            self._print_when_loaded = True
            return
        sheets = self.sheets
        if not sheets:
            return
        papers = self.papers
        name = str(self.target.currentData())
        if name == PDF_FILE:
            path = self.ask_path(f"transfer-sheets-{sheets[0].number}.pdf" if len(sheets) == 1
                                 else f"transfer-sheets-{len(sheets)}.pdf")
            if path is None:
                return
            done_text = translate("SheetPrinting", "Saved %1 (%2 sheets).").replace(
                "%1", str(path)).replace("%2", str(len(sheets)))
            job = PaperJob(papers, pdf=path, title=batch_title(sheets), parent=self)
        else:
            done_text = translate("SheetPrinting", "%1 sheets sent to %2.").replace(
                "%1", str(len(sheets))).replace("%2", name)
            job = PaperJob(papers, device=make_printer(name), parent=self)
        self.progress.setRange(0, len(sheets))
        self.progress.setValue(0)
        self.progress.show()
        self.show_message("")
        for widget in (self.print_button, self.preview_button, self.target):
            widget.setEnabled(False)
        self.close_button.setText(translate("SheetPrinting", "Stop"))
        job.progressed.connect(lambda done, _total: self.progress.setValue(done))
        job.finished.connect(lambda _pages: self._printed(done_text))
        job.failed.connect(self._failed)
        job.stopped.connect(self._stopped)
        self.job = job
        job.start()

    def _printed(self, text: str) -> None:
        self.say(text)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._ready_again()
        self.show_message(translate("SheetPrinting", "The printer or the file could not be "
                                    "written; nothing is lost, try again or choose another.")
                          if isinstance(error, OSError) else sheets_error_text(error))

    def _stopped(self) -> None:
        self._ready_again()
        self.show_message(translate("SheetPrinting", "Stopped: nothing more was printed."))

    def _ready_again(self) -> None:
        self.progress.hide()
        for widget in (self.print_button, self.preview_button, self.target):
            widget.setEnabled(True)
        self.close_button.setText(translate("SheetPrinting", "Close"))

    def stop_or_close(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close, or Esc: while sheets are being painted, stop the batch first (the dialog
        stays to say so)."""
        if self.job is not None and self.job.is_running():
            self.job.stop()
            return
        super().reject()

    def ask_path(self, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("SheetPrinting", "Save as PDF…"), str(Path.home() / suggested),
            translate("SheetPrinting", "PDF (*.pdf)"))
        return Path(path) if path else None

    def preview(self) -> None:
        """The same pages on screen, for a printer the list does not show."""
        if not self.sheets:
            return
        from ui.kit.print_preview import preview_papers
        self.preview_dialog = preview_papers(self.papers,
                                             translate("SheetPrinting", "Print transfer sheets"),
                                             self)
        self.preview_dialog.open()


def offer_sheet(context: AppContext, parent: QWidget, transfer_id: int, say: Say) -> PrintSheetsDialog:
    """After a dispatch: the new order's sheet, Print the default button (Enter prints)."""
    dialog = PrintSheetsDialog(context, [transfer_id],
                               translate("SheetPrinting", "Dispatched. Print its transfer sheet?"),
                               say, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

