"""Exporting a list as it stands on screen: its filters and order, the columns shown in the order
shown under their headings, each value in the interface's words, masked as the role sees it.

`export_table(parent, context, table, title)` is the one way in: a list's Export button and the
tables' menus call it. It asks where, then reads the list's row source a page at a time on the
task runner (controllers/exporting/shown.py) behind a cancellable progress dialog, so a million
persons export with memory bounded and the window alive.

The words are the screen's: stored identifiers through the vocabularies (确诊患者, 女, 工作组 —
never `confirmed`, `F`, `work_group`), and a column whose delegate shows a stored value as a word
offers that word through the delegate's `words` (a plain function, safe on a worker thread).
Counts stay numbers, coverage a percentage, and times real date cells.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableView, QWidget

from controllers.browse import Kind
from controllers.exporting.shown import Cell, Share, ShownColumn, export_shown_list
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.kit.error_text import error_text
from ui.kit.formatting import display
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.progress import run_with_progress
from ui.kit.role_actions import action_button

translate = QCoreApplication.translate
Words = Callable[[Any], Cell]
NUMBERS = frozenset({Kind.COUNT, Kind.MINUTES})
NOT_IN_A_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _number(value: Any) -> Cell:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else (
        None if value is None else str(value))


def _share(value: Any) -> Cell:
    return None if value is None else Share(round(float(value) / 100, 4))


def _day(value: Any) -> Cell:
    """A day, also when the list holds it as its ISO text (the register's birth dates)."""
    if isinstance(value, date) or value in (None, ""):
        return value or None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return str(value)


def _text(value: Any) -> Cell:
    if value is None or value == "" or isinstance(value, (str, date)):
        return value or None
    return str(value)


def cell_words(kind: Kind) -> Words:
    """What the file holds for a stored value of a column of `kind`."""
    if kind in NUMBERS:
        return _number
    if kind is Kind.PERCENT:
        return _share
    if kind is Kind.DATE:
        return _day
    if kind is Kind.TEXT:
        return _text

    def words(value: Any) -> Cell:
        if value is None or value == "":
            return None
        if isinstance(value, (date, datetime)):
            return value
        return display(kind, value)
    return words


def shown_columns(table: QTableView) -> list[ShownColumn]:
    """The table's columns as they stand: shown ones only, in the order shown, each with its
    heading and its words (its delegate's, if it has them)."""
    model = table.model()
    assert isinstance(model, LazyTableModel)
    header = table.horizontalHeader()
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        column = model.source.columns[logical]
        words = getattr(table.itemDelegateForColumn(logical), "words", None)
        heading = str(model.headerData(logical, Qt.Orientation.Horizontal))
        columns.append(ShownColumn(column.key, heading,
                                   words if callable(words) else cell_words(column.kind)))
    return columns


def export_button(context: AppContext, slot: Callable[[], object]) -> QPushButton | None:
    """The list's Export… button, or None for a role that may not take data out."""
    button = action_button(context.user, export_shown_list,
                           translate("ExportList", "Export…"), slot)
    if button is not None:
        button.setToolTip(translate("ExportList", "The rows under the filters shown, with the "
                                                  "columns shown, as .xlsx or .csv"))
    return button


def _target(parent: QWidget, title: str) -> Path | None:
    suggested = f"{NOT_IN_A_SHEET_NAME.sub('-', title)} {date.today():%Y-%m-%d}.xlsx"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ExportList", "Export the list"), suggested,
        translate("ExportList", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() in (".xlsx", ".csv") else path.with_suffix(".xlsx")


def export_table(parent: QWidget, context: AppContext, table: QTableView,
                 title: str) -> Path | None:
    """Ask where, write the list `table` shows (`title` names its sheet), say how many rows;
    the file, or None when cancelled or refused."""
    model = table.model()
    if not isinstance(model, LazyTableModel):
        return None
    path = _target(parent, title)
    if path is None:
        return None
    columns = shown_columns(table)
    filters, order = model.query()
    source, database, user = model.source, context.database, context.user
    sheet = NOT_IN_A_SHEET_NAME.sub("-", title)[:31] or "Canvass"

    def work(control: TaskControl) -> int:
        return export_shown_list(database, user, type(source).__name__, sheet, source,
                                 filters, order, columns, path, control.progress,
                                 control.cancelled)

    outcome = run_with_progress(context.tasks, translate("ExportList", "Exporting…"), work,
                                cancellable=True, parent=parent)
    if outcome.succeeded:
        QMessageBox.information(parent, "Canvass", translate(
            "ExportList", "%1 rows written to %2.").replace("%1", f"{outcome.value:,}")
            .replace("%2", str(path)))
        return path
    if outcome.status == "failed":
        error = outcome.value
        text = error_text(error) if isinstance(error, CanvassError) else str(error)
        QMessageBox.warning(parent, "Canvass", text)
    return None
