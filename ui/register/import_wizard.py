"""The register import wizard: choose a file → map its columns → check every row → import.

Opening, checking and importing run through the task runner with a progress dialog (checking
and importing can be cancelled: the transaction is rolled back). The check is a dry run of the
very import that follows, so what the report shows is what the import will do. The check page
lists the problems (row, column, problem, value) in the interface language, as the report saved
for Excel does.

The column names are read from row 1, or from the row under a title when exactly one such row
reads as a register's (models/importing/columns.py); the mapping page says which row and lets
the clerk choose another. Its preview numbers rows as the sheet does.
"""
from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from controllers.register.importing import (
    ImportOptions,
    ImportResult,
    OnExisting,
    RememberedMappings,
    import_file,
    open_register_file,
    remembered_mappings,
)
from controllers.runtime.context import AppContext
from controllers.runtime.locations import data_folder
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.kit.error_text import error_text, refusal_sentence
from ui.kit.progress import run_with_progress
from ui.register.import_check import CheckPage
from ui.register.import_texts import FIELD_LABELS, REFUSALS

translate = QCoreApplication.translate
PREVIEW_ROWS = 20
MAX_HEADER_ROW = 50
Preview = list[tuple[int, list[Any]]]   # (the sheet's row number, its cells)


def tr(text: str) -> str:
    """For the texts marked in ui/register/import_texts.py; literal texts call self.tr(), so lupdate files
    them under their page's context."""
    return translate("ImportWizard", text)


class ImportWizard(QWizard):
    """Holds what the pages share: the opened file, the mapping, the check's result."""

    def __init__(self, context: AppContext, memory: RememberedMappings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.memory = memory
        self.headers: list[str] = []
        self.header_row: int | None = None   # None: found when the file is opened
        self.preview: Preview = []
        self.mapping: dict[str, int] = {}
        self.checked: ImportResult | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a register"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.resize(760, 520)

    def import_options(self, dry_run: bool) -> ImportOptions:
        page = self.file_page
        return ImportOptions(today=date.today(), community=page.community.text().strip(),
                             dry_run=dry_run, skip_invalid=page.skip_invalid.isChecked(),
                             on_existing=OnExisting.UPDATE if page.update_existing.isChecked()
                             else OnExisting.KEEP)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, CanvassError):
            text = refusal_sentence("ImportWizard", REFUSALS, error) or error_text(error)
        else:
            text = str(error)
        QMessageBox.warning(self, self.tr("Import a register"), text)

    def open_file(self, header_row: int | None) -> bool:
        """Open the file (off the UI thread) with its column names on `header_row` (None: found)
        and take its headers, the first rows and the proposed mapping; False when refused."""
        path, context, memory = self.file_page.path(), self.context, self.memory

        def work(_control: TaskControl) -> tuple[int, list[str], Preview, dict[str, int]]:
            register, mapping = open_register_file(context.database, context.user, path, memory,
                                                   header_row)
            rows = list(itertools.islice(register.rows, PREVIEW_ROWS))
            return register.header_row, register.headers, rows, mapping
        outcome = run_with_progress(context.tasks, self.tr("Opening the file…"), work,
                                    cancellable=False, parent=self)
        if not outcome.succeeded:
            self.show_error(outcome.value)
            return False
        self.header_row, self.headers, self.preview, self.mapping = outcome.value
        return True

    def run(self, dry_run: bool) -> ImportResult | None:
        """Open the file afresh (rows stream once) and check or import it off the UI thread."""
        path, mapping, options = self.file_page.path(), dict(self.mapping), self.import_options(dry_run)
        context, memory, header_row = self.context, self.memory, self.header_row

        def work(control: TaskControl) -> ImportResult:
            register, _guess = open_register_file(context.database, context.user, path,
                                                  header_row=header_row)
            return import_file(context.database, context.user, register, mapping, options,
                               memory, lambda share: control.progress(int(share * 1000), 1000),
                               control.cancelled)
        label = self.tr("Checking every row…") if dry_run else self.tr("Importing…")
        outcome = run_with_progress(context.tasks, label, work, cancellable=True, parent=self)
        if outcome.status == "failed":
            self.show_error(outcome.value)
        return outcome.value if outcome.succeeded else None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the register file"))
        self.setSubTitle(self.tr("A .csv (UTF-8 or GBK), .xlsx or .xls file from a community "
                                 "office."))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.community = QLineEdit()
        self.community.setPlaceholderText(self.tr("for rows without a community column"))
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the refused ones"))
        self.update_existing = QCheckBox(
            self.tr("A person already registered gets the file's name, phone and household"))
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Community"), self.community)
        form.addRow("", self.skip_invalid)
        form.addRow("", self.update_existing)
        self.file.textChanged.connect(self.completeChanged)

    def path(self) -> Path:
        return Path(self.file.text().strip())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the register file"), "",
                                                self.tr("Registers (*.csv *.xlsx *.xls)"))
        if chosen:
            self.file.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.file.text().strip())

    def validatePage(self) -> bool:
        return self.owner.open_file(None)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Which column holds what"))
        self.setSubTitle(self.tr("Recognised columns are chosen for you; correct them if needed. "
                            "Name and resident ID are required."))
        self.boxes: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, MAX_HEADER_ROW)
        self.header_row.setToolTip(self.tr("Registers often have a title above the column "
                                           "names: give the row the names are on."))
        self.header_row.editingFinished.connect(self._reopen)
        self.form.addRow(self.tr("Column names on row"), self.header_row)
        for field, label in FIELD_LABELS.items():
            box = QComboBox()
            box.currentIndexChanged.connect(self.completeChanged)
            self.boxes[field] = box
            self.form.addRow(translate("ImportWizard", label), box)
        self.table = QTableWidget()
        layout = QHBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        wizard = self.owner
        self.header_row.blockSignals(True)
        self.header_row.setValue(wizard.header_row or 1)
        self.header_row.blockSignals(False)
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), -1)
            for index, header in enumerate(wizard.headers):
                box.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            box.setCurrentIndex(wizard.mapping.get(field, -1) + 1)
            box.blockSignals(False)
        self.table.clear()
        self.table.setColumnCount(len(wizard.headers))
        self.table.setHorizontalHeaderLabels(wizard.headers)
        self.table.setRowCount(len(wizard.preview))
        self.table.setVerticalHeaderLabels([str(number) for number, _cells in wizard.preview])
        for r, (_number, cells) in enumerate(wizard.preview):
            for c, value in enumerate(cells[:len(wizard.headers)]):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.completeChanged.emit()

    def _reopen(self) -> None:
        """Another header row chosen: read the column names and the first rows from it."""
        wanted = self.header_row.value()
        if wanted == self.owner.header_row:
            return
        if self.owner.open_file(wanted):
            self.initializePage()
        else:
            self.header_row.setValue(self.owner.header_row or 1)

    def chosen(self) -> dict[str, int]:
        return {field: int(box.currentData()) for field, box in self.boxes.items()
                if int(box.currentData()) >= 0}

    def isComplete(self) -> bool:
        chosen = self.chosen()
        return "name" in chosen and "resident_id" in chosen

    def validatePage(self) -> bool:
        self.owner.mapping = self.chosen()
        result = self.owner.run(dry_run=True)
        self.owner.checked = result
        return result is not None


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> None:
    """Open the wizard with this workstation's remembered column mappings."""
    ImportWizard(context, remembered_mappings(data_folder()), parent).exec()
