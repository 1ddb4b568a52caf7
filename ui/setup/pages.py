"""The setup wizard's pages. Each reads and writes what the wizard holds (ui/setup/wizard.py) and
runs nothing slow itself: checking and loading are the wizard's, on the task runner."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.kit.widgets import hbox, label, named_label, vbox
from ui.setup.files import save_blank_template, save_problem_report
from ui.setup.problems_model import COLUMN, PROBLEM, ROW, SHEET, VALUE, ProblemTableModel

if TYPE_CHECKING:
    from ui.setup.wizard import SetupWizard

ROWS_SIZED_TO_TEXT = 300   # beyond that, sizing every row to its sentence would stall the page
ERROR_STYLE = "color: #b03a2e;"


def error_label() -> QLabel:
    """The red line saying why the workbook was refused, on the page itself."""
    widget = named_label("formError", wrap=True)
    widget.setStyleSheet(ERROR_STYLE)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.hide()
    return widget


class WorkbookFilePage(QWizardPage):
    """Start from the blank template, then choose the filled workbook."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The district workbook"))
        self.setSubTitle(self.tr("One sheet per master table: police stations, communities, "
                                 "facilities, teams, responders, vehicles, lodging, protective "
                                 "supplies and community boundaries. Nothing is written before "
                                 "you confirm the load."))
        self.template = QPushButton(self.tr("Save a blank template…"))
        self.template.clicked.connect(lambda: save_blank_template(wizard.context, self))
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("the filled-in workbook (.xlsx)"))
        self.file.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.message = error_label()
        gap = QWidget()
        gap.setFixedHeight(14)
        self.setLayout(vbox(
            label(self.tr("1. Fill in the workbook"), "sectionTitle"),
            label(self.tr("The template has one example row per sheet and the instructions on its "
                          "说明 sheet (write the district's name and code there). Fill it in with "
                          "Excel or WPS; an exported workbook can be edited the same way."),
                  "pageSubtitle", wrap=True),
            hbox(self.template, 1),
            gap,
            label(self.tr("2. Choose the filled-in workbook"), "sectionTitle"),
            hbox(self.file, browse),
            self.message, 1, spacing=10))
        # The cursor starts in the file's field: type or paste the path, Enter checks it (the
        # blank template is a click away, never what Enter does).
        QWidget.setTabOrder(self.file, browse)
        QWidget.setTabOrder(browse, self.template)

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the district workbook"), "",
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.file.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.file.text().strip())

    def validatePage(self) -> bool:
        self.message.hide()
        refused = self.owner.check(self.path())
        if refused is None:
            return True
        if refused:
            self.message.setText(refused)
            self.message.show()
        return False


class WorkbookCheckPage(QWizardPage):
    """Every problem on screen; the load waits until none blocks it."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check"))
        self.model = ProblemTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (SHEET, ROW, COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VALUE, 170)
        self.save = QPushButton(self.tr("Save the validation report…"))
        self.save.clicked.connect(self._save_report)
        self.again = QPushButton(self.tr("Check again"))
        self.again.setToolTip(self.tr("Read the workbook again after correcting it"))
        self.again.clicked.connect(self._check_again)
        self.buttons = QWidget()
        self.buttons.setLayout(hbox(self.save, self.again, 1))
        self.clean = label(self.tr("Every row can be loaded. Next: what the load will add and "
                                   "update, sheet by sheet."), wrap=True)
        layout = vbox(self.clean, self.table, self.buttons, spacing=10)
        layout.setStretchFactor(self.table, 1)
        layout.addStretch(0)
        self.setLayout(layout)

    def initializePage(self) -> None:
        self.show_result()

    def show_result(self) -> None:
        result = self.owner.checked
        problems = result.ordered_problems() if result is not None else []
        blocking = sum(1 for problem in problems if problem.blocking)
        if blocking:
            text = self.tr("%n problem(s) stop the load. Correct them in the workbook, save it and "
                           "check again; nothing was written.", "", blocking)
        elif problems:
            text = self.tr("No problem stops the load; %n note(s) below are for your information.",
                           "", len(problems))
        else:
            text = self.tr("Every sheet was checked: no problems.")
        self.setSubTitle(text)
        self.model.set_problems(problems)
        self.table.setVisible(bool(problems))
        self.buttons.setVisible(bool(problems))
        self.clean.setVisible(not blocking)
        if len(problems) <= ROWS_SIZED_TO_TEXT:
            self.table.resizeRowsToContents()
        self.completeChanged.emit()
        QTimer.singleShot(0, self._focus_what_comes_next)

    def _focus_what_comes_next(self) -> None:
        """Enter goes on when the workbook loads, else checks it again once corrected. Never
        the report's button: the wizard focuses a new page's first button before the page is
        shown, a hidden one included. Run once the page is up."""
        if self.isComplete():
            self.owner.button(QWizard.WizardButton.NextButton).setFocus()
        else:
            self.again.setFocus()

    def isComplete(self) -> bool:
        result = self.owner.checked
        return result is not None and not result.refused

    def _save_report(self) -> None:
        result, path = self.owner.checked, self.owner.path
        if result is not None and path is not None:
            save_problem_report(self.owner.context, self, result.ordered_problems(), path)

    def _check_again(self) -> None:
        if self.owner.path is None:
            return
        refused = self.owner.check(self.owner.path)
        if refused:
            QMessageBox.warning(self, self.owner.windowTitle(), refused)
        self.show_result()


class WorkbookSummaryPage(QWizardPage):
    """What the load will add, update and leave, sheet by sheet; the last page with a way back."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the load will change"))
        self.setSubTitle(self.tr("Loading writes every sheet at once, or nothing. Rows left out of "
                                 "the workbook stay as they are: nothing is deleted."))
        self.district = label("", "sectionTitle", wrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("To add"),
                                              self.tr("To update"), self.tr("Unchanged")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.resizeSection(column, 130)
        self.nothing = label(self.tr("No change: the database already holds this workbook."),
                             "sectionTitle", wrap=True)
        self.setLayout(vbox(self.district, self.table, self.nothing, 1, spacing=12))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Load"))

    def initializePage(self) -> None:
        result, book = self.owner.checked, self.owner.book
        if result is None or book is None:
            return
        if book.district_name or book.district_code:
            text = (self.tr("The district %1 (%2) will be written.") if result.district_changed
                    else self.tr("District: %1 (%2)."))
            self.district.setText(text.replace("%1", book.district_name)
                                  .replace("%2", book.district_code))
        self.district.setVisible(bool(book.district_name or book.district_code))
        self.table.setRowCount(len(result.counts))
        for row, (key, counts) in enumerate(result.counts.items()):
            cells = [result.sheet_names.get(key, key), *(f"{n:,}" for n in counts)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.nothing.setVisible(not result.changes)

    def validatePage(self) -> bool:
        return self.owner.load()


class WorkbookDonePage(QWizardPage):
    """What was written, and what comes next."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Loaded"))
        self.next_steps = label(self.tr(
            "Next, import each community's register (Account › Import register…): the door "
            "knocking works through its households. Keep the workbook: District › Export "
            "workbook… writes the master data back in the same format."), "", wrap=True)
        self.setLayout(vbox(self.next_steps, 1))
        self.setFinalPage(True)

    def initializePage(self) -> None:
        result = self.owner.loaded
        if result is None or not result.written:
            self.setSubTitle(self.tr("No change: the database already holds this workbook."))
            return
        added = sum(counts[0] for counts in result.counts.values())
        updated = sum(counts[1] for counts in result.counts.values())
        self.setSubTitle(self.tr("The district's master data was written: %1 rows added, %2 "
                                 "updated. Each row is in the audit log under your name.")
                         .replace("%1", f"{added:,}").replace("%2", f"{updated:,}"))
