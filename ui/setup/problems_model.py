"""The district workbook's problems as a table on screen: sheet, row, column, what to do, value.

The person fixes the workbook in Excel with this list beside it, so each line names the place as
the workbook shows it (the tab's name, the spreadsheet's row, the header as written) and says
what to do in the interface language. Notes (a column Canvass ignores, a retired row updated)
are listed greyed: they do not block the load. The sentences are worded once, when the problems
arrive, not at every paint.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from controllers.setup.problem_text import sentence
from controllers.setup.workbook import SetupProblem
from models.translatable import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
SHEET, ROW, COLUMN, PROBLEM, VALUE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("ProblemTable", "Sheet"), QT_TRANSLATE_NOOP("ProblemTable", "Row"),
           QT_TRANSLATE_NOOP("ProblemTable", "Column"),
           QT_TRANSLATE_NOOP("ProblemTable", "Problem"), QT_TRANSLATE_NOOP("ProblemTable", "Value"))
NOTE_COLOR = QColor("#7b8a9a")


@dataclass(frozen=True)
class ProblemLine:
    cells: tuple[str, str, str, str, str]
    blocking: bool


def problem_line(problem: SetupProblem) -> ProblemLine:
    return ProblemLine((problem.sheet, str(problem.row) if problem.row else "", problem.column,
                        sentence(problem), problem.value), problem.blocking)


class ProblemTableModel(QAbstractTableModel):
    """Read-only; blocking problems first, as SetupResult.ordered_problems gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ProblemLine] = []
        self._note_brush = QBrush(NOTE_COLOR)
        self._note_tip = QCoreApplication.translate(
            "ProblemTable", "A note: it does not stop the load.")

    def set_problems(self, problems: Sequence[SetupProblem]) -> None:
        self.beginResetModel()
        self.lines = [problem_line(problem) for problem in problems]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = line.cells[PROBLEM]
            return text if line.blocking else f"{text}\n{self._note_tip}"
        if role == Qt.ItemDataRole.ForegroundRole and not line.blocking:
            return self._note_brush
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("ProblemTable", HEADERS[section])
        return None
