"""The check page's list of problems: row, column, problem, value, as the report has them.

The row is the sheet's own row number and the column the file's own heading, so the clerk finds
the cell in Excel; the problem is worded in the interface language by its code
(controllers/register/import_problems.py). A problem that blocks the import is dark red; a note
(an address that names no door) stays in the ordinary colour. The first SHOWN problems are
listed; the report holds them all.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from controllers.register.importing import Problem, headings, problem_sentence

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
