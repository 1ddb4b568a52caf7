"""The import wizard's last page: what the check found, and the import.

The summary says what the import will do (the check is a dry run of it); the table lists the
problems as the report has them — row, column, problem, value — the row the sheet's own number
and the column the file's own heading, so the clerk finds the cell in Excel; the problem worded
in the interface language by its code (controllers/register/import_problems.py). A problem that
blocks the import is dark red; a note (an address that names no door) keeps the ordinary colour.
The first SHOWN problems are listed; the report holds them all.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from controllers.register.importing import Problem, headings, problem_sentence, write_report

if TYPE_CHECKING:
    from ui.register.import_wizard import ImportWizard

SHOWN = 1000
BLOCKING = QColor("#a12a1c")


class ProblemTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hide()

    def show_problems(self, problems: Sequence[Problem], not_listed: int = 0) -> None:
        """List the first SHOWN problems by row; hidden when there are none."""
        self.setHorizontalHeaderLabels(headings()[:4])
        ordered = sorted(problems, key=lambda p: p.row)
        shown = ordered[:SHOWN]
        more = len(ordered) - len(shown) + not_listed
        self.setRowCount(len(shown) + (1 if more else 0))
        for row, problem in enumerate(shown):
            cells = (str(problem.row), problem.column, problem_sentence(problem), problem.value)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(text)
                if problem.blocking:
                    item.setForeground(QBrush(BLOCKING))
                self.setItem(row, column, item)
        if more:
            self.setItem(len(shown), 2, QTableWidgetItem(QCoreApplication.translate(
                "ImportWizard", "… and %1 more: save the report to see them all.")
                .replace("%1", f"{more:,}")))
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)
        self.resizeRowsToContents()
        self.setVisible(bool(shown))


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = ProblemTable()
        self.save = QPushButton(self.tr("Save the validation report…"))
        self.save.clicked.connect(self._save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.save)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def initializePage(self) -> None:
        result = self.owner.checked
        if result is None:
            return
        s = result.summary()
        text = self.tr("%1 rows checked: %2 persons in %3 new households can be imported, "
                       "%4 already registered, %5 rows refused, %6 empty rows skipped.")
        for n, key in enumerate(("rows_read", "persons_added", "households_added",
                                 "persons_kept", "refused_rows", "empty_rows"), 1):
            text = text.replace(f"%{n}", f"{s[key]:,}")
        if s["addresses_unread"] or s["without_address"]:
            text += "\n\n" + (self.tr("%1 addresses name no building, unit or door and %2 "
                                       "persons have no address: each is a household of its own, "
                                       "so no door is missed. The report lists them.")
                               .replace("%1", f"{s['addresses_unread']:,}")
                               .replace("%2", f"{s['without_address']:,}"))
        if result.refused_rows and not self.owner.file_page.skip_invalid.isChecked():
            text += "\n\n" + self.tr("Rows were refused, so nothing will be imported. Save the "
                                     "report, fix the rows and import again, or go back and "
                                     "choose to skip the refused rows.")
        self.summary.setText(text)
        self.problems.show_problems(result.problems, result.problems_not_listed)
        self.save.setEnabled(bool(result.problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = self.owner.checked
        return result is not None and (not result.refused_rows
                                       or self.owner.file_page.skip_invalid.isChecked())

    def _save_report(self) -> None:
        result = self.owner.checked
        if result is None:
            return
        default = str(self.owner.file_page.path().with_name(
            self.owner.file_page.path().stem + "-report.xlsx"))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the validation report"),
                                                default,
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            try:
                write_report(chosen, result.problems, result.problems_not_listed)
            except OSError as error:
                self.owner.show_error(error)

    def validatePage(self) -> bool:
        result = self.owner.run(dry_run=False)
        self.owner.imported = result
        if result is None or not result.committed:
            return False
        QMessageBox.information(self, self.tr("Import a register"),
                                self.tr("Imported %1 persons in %2 new households.")
                                .replace("%1", f"{result.persons_added:,}")
                                .replace("%2", f"{result.households_added:,}"))
        return True
