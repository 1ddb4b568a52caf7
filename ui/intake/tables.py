"""The intake wizard's tables: the list's rows with what each does (a choice for the held ones),
and the source cases' contact chains; and the summary sentence over both."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from controllers.intake.lists import NEW_PERSON, IntakeResult, Outcome
from controllers.intake.problem_text import candidate_line, chain_words, match_words, sentence
from models.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
REFUSED_TEXT = QColor("#a12a1c")
ROW_HEADERS = (QT_TRANSLATE_NOOP("IntakeWizard", "Row"), QT_TRANSLATE_NOOP("IntakeWizard", "Name"),
               QT_TRANSLATE_NOOP("IntakeWizard", "Outcome"), QT_TRANSLATE_NOOP("IntakeWizard", "Match"),
               QT_TRANSLATE_NOOP("IntakeWizard", "Confidence"), QT_TRANSLATE_NOOP("IntakeWizard", "Case"),
               QT_TRANSLATE_NOOP("IntakeWizard", "Decision or detail"))
CHAIN_HEADERS = (QT_TRANSLATE_NOOP("IntakeWizard", "Case"), QT_TRANSLATE_NOOP("IntakeWizard", "Name"),
                 QT_TRANSLATE_NOOP("IntakeWizard", "Category"), QT_TRANSLATE_NOOP("IntakeWizard", "Status"),
                 QT_TRANSLATE_NOOP("IntakeWizard", "Relation"), QT_TRANSLATE_NOOP("IntakeWizard", "Exposed to"))
SUMMARY = QT_TRANSLATE_NOOP("IntakeWizard", "%1 rows: %2 cases opened, %3 open cases linked, %4 linked already, %5 persons to find added to the gap lists, %6 held for your decision, %7 refused.")
SUMMARY_CHECK = QT_TRANSLATE_NOOP("IntakeWizard", "%1 rows: %2 cases would be opened, %3 open cases linked, %4 linked already, %5 persons to find added to the gap lists, %6 held for your decision, %7 refused.")
CHOICE = Callable[[int, list[tuple[str, int | None]]], QComboBox]


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("IntakeWizard", h) for h in headers])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def rows_table() -> QTableWidget:
    return _table(ROW_HEADERS)


def chain_table() -> QTableWidget:
    return _table(CHAIN_HEADERS)


def _item(value: object, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    if tooltip:
        item.setToolTip(tooltip)
    return item


def candidate_choices(candidates: list[tuple[str, int]]) -> list[tuple[str, int | None]]:
    """A held row's choice: leave it held, one of its candidates, or a new person to find."""
    return [(translate("IntakeWizard", "Leave held"), None), *candidates,
            (translate("IntakeWizard", "None of them: a new person to find"), NEW_PERSON)]


def fill_rows(table: QTableWidget, result: IntakeResult, choice: CHOICE) -> None:
    """One line per row of the list; a held row's last cell is its choice (`choice` makes it)."""
    problems: dict[int, list[str]] = {}
    for problem in result.problems:
        problems.setdefault(problem.row, []).append(sentence(problem))
    table.setRowCount(len(result.rows))
    for line, row in enumerate(result.rows):
        outcome, matched, confidence = match_words(row)
        detail = "；".join(problems.get(row.row, []))
        cells = (row.row, row.name, outcome, matched, confidence, row.case_id or "", detail)
        for column, value in enumerate(cells):
            item = _item(value, detail if column == len(cells) - 1 else "")
            if column == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.outcome is Outcome.REFUSED:
                item.setForeground(QBrush(REFUSED_TEXT))
            table.setItem(line, column, item)
        if row.outcome is Outcome.HELD:
            options = candidate_choices([(candidate_line(c), c.person_id) for c in row.candidates])
            box = choice(row.row, options)
            box.setToolTip(detail)
            table.setCellWidget(line, len(cells) - 1, box)
    table.setColumnHidden(5, result.dry_run)   # a dry run's case numbers were rolled back
    table.resizeColumnsToContents()


def fill_chain(table: QTableWidget, result: IntakeResult) -> None:
    table.setRowCount(len(result.chain))
    for line, link in enumerate(result.chain):
        category, status = chain_words(link)
        cells = ("  " * link.depth + f"#{link.case_id}", link.name, category, status,
                 link.relation, f"#{link.source_case_id}" if link.source_case_id else "")
        for column, value in enumerate(cells):
            table.setItem(line, column, _item(value))


def summary_text(result: IntakeResult, *, dry_run: bool) -> str:
    counts = result.counts()
    text = translate("IntakeWizard", SUMMARY_CHECK if dry_run else SUMMARY)
    values = [len(result.rows), *(counts[o.value] for o in (
        Outcome.OPENED, Outcome.LINKED, Outcome.ALREADY, Outcome.TO_FIND, Outcome.HELD,
        Outcome.REFUSED))]
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", f"{values[number - 1]:,}")
    return text
