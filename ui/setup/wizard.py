"""The district workbook wizard: choose the workbook → its problems → what the load changes →
load (all or nothing) → done.

Checking is a dry run of the very import that loads, against the database as it is, so the
summary shows what the load will do; both run on the task runner behind a progress dialog. The
load re-checks under its own transaction: when another workstation changed the district in
between and a problem now blocks it, nothing is written and the wizard goes back to the problems.
The commander's (SET_UP_DISTRICT); reached from the first start and the 辖区资料 menu.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.setup.workbook import SetupResult, WorkbookFile, import_workbook, open_workbook
from ui.kit.progress import run_with_progress
from ui.setup.files import workbook_refusal
from ui.setup.pages import WorkbookCheckPage, WorkbookDonePage, WorkbookFilePage, WorkbookSummaryPage

FILE, CHECK, SUMMARY, DONE = range(4)


class SetupWizard(QWizard):
    """Holds what the pages share: the workbook read, the check's result, the load's."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.book: WorkbookFile | None = None
        self.checked: SetupResult | None = None
        self.loaded: SetupResult | None = None
        self.setWindowTitle(self.tr("Set up the district from its workbook"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.file_page = WorkbookFilePage(self)
        self.check_page = WorkbookCheckPage(self)
        self.summary_page = WorkbookSummaryPage(self)
        self.done_page = WorkbookDonePage(self)
        for page_id, page in ((FILE, self.file_page), (CHECK, self.check_page),
                              (SUMMARY, self.summary_page), (DONE, self.done_page)):
            self.setPage(page_id, page)
        self.resize(900, 620)

    def check(self, path: Path) -> str | None:
        """Read and check the workbook off the UI thread; None when checked, else why not."""
        context = self.context

        def work(control: TaskControl) -> tuple[WorkbookFile, SetupResult]:
            book = open_workbook(context.database, context.user, path)
            return book, import_workbook(context.database, context.user, book, dry_run=True,
                                         today=date.today(),
                                         progress=lambda share: control.progress(
                                             int(share * 1000), 1000))
        outcome = run_with_progress(context.tasks, self.tr("Checking every sheet…"), work,
                                    cancellable=False, parent=self)
        if not outcome.succeeded:
            return workbook_refusal(outcome.value, path.name) if outcome.status == "failed" else ""
        self.path = path
        self.book, self.checked = outcome.value
        return None

    def load(self) -> bool:
        """Write the checked workbook, all or nothing; True when the load went through."""
        context, book = self.context, self.book
        if book is None:
            return False

        def work(control: TaskControl) -> SetupResult:
            return import_workbook(context.database, context.user, book, today=date.today(),
                                   progress=lambda share: control.progress(
                                       int(share * 1000), 1000))
        outcome = run_with_progress(context.tasks, self.tr("Loading the district's master data…"),
                                    work, cancellable=False, parent=self)
        if outcome.status == "failed":
            QMessageBox.warning(self, self.windowTitle(),
                                workbook_refusal(outcome.value, book.path.name))
            return False
        if not outcome.succeeded:
            return False
        result: SetupResult = outcome.value
        if result.refused:
            self.checked = result
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The district's data changed while you looked at the summary, and the workbook "
                "no longer loads: nothing was written. Its problems are listed again."))
            self.back()
            self.check_page.show_result()
            return False
        self.loaded = result
        return True


def open_setup_wizard(context: AppContext, parent: QWidget | None = None) -> SetupResult | None:
    """Run the wizard; what it loaded, or None when nothing was."""
    wizard = SetupWizard(context, parent)
    wizard.exec()
    return wizard.loaded
