"""The intake wizard: a contact-tracing list → what each row would do (the held rows decided
here) → taken in one action → what was done, and the source cases' contact chains.

The check is a dry run of the very intake that follows, so what the check page shows is what
the take does; both run on the task runner behind a progress dialog (cancel rolls back). A row
that names several persons, or an ID the register gives someone else, waits in the table with a
choice of its candidates (or a new person to find); the take applies the choices. For case
managers (MANAGE_CASES); reached from the Account menu.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from controllers.intake.lists import IntakeResult, take_contacts, write_report
from controllers.intake.problem_text import refusal_sentence
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.intake.tables import chain_table, fill_chain, fill_rows, rows_table, summary_text
from ui.kit.progress import run_with_progress

translate = QCoreApplication.translate


class IntakeWizard(QWizard):
    """Holds what the pages share: the list's path, the check's result, the take's."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.checked: IntakeResult | None = None
        self.taken: IntakeResult | None = None
        self.setWindowTitle(self.tr("Take a contact-tracing list"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = ListPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(980, 640)

    def run(self, dry_run: bool, decisions: Mapping[int, int] | None = None) -> IntakeResult | None:
        """Check or take the list off the UI thread; None (having said why) when refused."""
        context, page = self.context, self.file_page
        path, source, skip = page.path(), page.source_case(), page.skip_bad.isChecked()

        def work(control: TaskControl) -> IntakeResult:
            return take_contacts(context.database, context.user, path, source, dry_run=dry_run,
                                 skip_bad=skip, decisions=decisions,
                                 progress=lambda share: control.progress(int(share * 1000), 1000),
                                 cancelled=control.cancelled)
        label = self.tr("Matching every row…") if dry_run else self.tr("Taking the list…")
        outcome = run_with_progress(context.tasks, label, work, cancellable=True, parent=self)
        if outcome.status == "failed":
            error = outcome.value
            text = refusal_sentence(error) if isinstance(error, CanvassError) else str(error)
            QMessageBox.warning(self, self.tr("Take a contact-tracing list"), text)
        return outcome.value if outcome.succeeded else None


class ListPage(QWizardPage):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the contact-tracing list"))
        self.setSubTitle(self.tr("A .csv, .xlsx or .xls list from a contact-tracing group: name, "
                                 "resident ID, phone, address, relation to the case, date of "
                                 "last contact (姓名, 身份证号, 电话, 住址, 与病例关系, 末次接触日期)."))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.source = QLineEdit()
        self.source.setValidator(QIntValidator(1, 2_000_000_000, self.source))
        self.source.setPlaceholderText(self.tr("the case number (in the title of its case "
                                               "window); empty when the list names one per row"))
        self.skip_bad = QCheckBox(self.tr("Take the good rows and skip the refused ones"))
        form = QFormLayout(self)
        list_label = QLabel(self.tr("&List"))
        list_label.setBuddy(self.file)      # the label's Alt key reaches the file's box
        form.addRow(list_label, row)
        form.addRow(self.tr("&Source case"), self.source)
        form.addRow("", self.skip_bad)
        self.file.textChanged.connect(self.completeChanged)

    def path(self) -> Path:
        return Path(self.file.text().strip())

    def source_case(self) -> int | None:
        text = self.source.text().strip()
        return int(text) if text.isdigit() else None

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the contact-tracing list"),
                                                "", self.tr("Lists (*.csv *.xlsx *.xls)"))
        if chosen:
            self.file.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.file.text().strip())

    def validatePage(self) -> bool:
        self.owner.checked = self.owner.run(dry_run=True)
        return self.owner.checked is not None


class CheckPage(QWizardPage):
    """Every row with what it would do; the held rows with a choice of their candidates."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check, decide the held rows, and take the list"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = rows_table()
        self.choices: dict[int, QComboBox] = {}
        self.save = QPushButton(self.tr("Save the &report…"))
        self.save.clicked.connect(self._save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Take the list"))

    def initializePage(self) -> None:
        result = self.owner.checked
        if result is None:
            return
        text = summary_text(result, dry_run=True)
        if result.refused:
            text += "\n\n" + self.tr("Rows were refused, so nothing will be taken. Save the "
                                     "report, correct the rows and take the list again, or go "
                                     "back and choose to skip the refused rows.")
        self.summary.setText(text)
        self.choices = {}
        fill_rows(self.table, result, self._choice)
        self.completeChanged.emit()

    def _choice(self, row: int, options: list[tuple[str, int | None]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"decision-{row}")
        for text, value in options:
            box.addItem(text, value)
        self.choices[row] = box
        return box

    def decisions(self) -> dict[int, int]:
        return {row: int(box.currentData()) for row, box in self.choices.items()
                if box.currentData() is not None}

    def isComplete(self) -> bool:
        result = self.owner.checked
        return result is not None and not result.refused

    def _save_report(self) -> None:
        result = self.owner.taken or self.owner.checked
        if result is None:
            return
        path = self.owner.file_page.path()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                str(path.with_name(f"{path.stem}-intake.xlsx")),
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            try:
                write_report(chosen, result)
            except OSError as error:
                QMessageBox.warning(self, self.tr("Save the report"), str(error))

    def validatePage(self) -> bool:
        self.owner.taken = self.owner.run(dry_run=False, decisions=self.decisions())
        return self.owner.taken is not None and self.owner.taken.written


class DonePage(QWizardPage):
    """What was done, and every case on the source cases' contact chains."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The list was taken"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chain = chain_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("The contact chain")))
        layout.addWidget(self.chain, 1)

    def initializePage(self) -> None:
        result = self.owner.taken
        if result is None:
            return
        self.summary.setText(summary_text(result, dry_run=False))
        fill_chain(self.chain, result)
