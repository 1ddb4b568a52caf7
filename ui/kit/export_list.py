"""Exporting the line list on screen: the board's filters, the role's masking, the labels in
the interface's language, written off the UI thread with a cancellable progress dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from controllers.browse import Kind
from controllers.exporting.lists import export_list
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.kit.error_text import error_text
from ui.kit.labels import label
from ui.kit.progress import run_with_progress

translate = QCoreApplication.translate


def words(vocabulary: str, value: str) -> str:
    """The stored identifier ("in_transit") as the people reading the sheet say it."""
    try:
        return label(Kind(vocabulary), value)
    except ValueError:
        return value


def export_shown_list(parent: QWidget, context: AppContext, kind: str,
                      filters: dict[str, object] | None = None) -> Path | None:
    """Ask where, write the list, say how many rows; None when cancelled or refused."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("ExportList", "Export the list"), f"{kind}.xlsx",
        translate("ExportList", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    shown = {key: value for key, value in (filters or {}).items() if value not in (None, "")}

    def work(control: TaskControl) -> int:
        return export_list(context.database, context.user, kind, path, shown or None,
                           progress=lambda done: control.progress(done, 0),
                           cancelled=control.cancelled, label=words)

    outcome = run_with_progress(context.tasks, translate("ExportList", "Exporting…"), work,
                                cancellable=True, parent=parent)
    if outcome.succeeded:
        QMessageBox.information(parent, "Canvass", translate(
            "ExportList", "%1 rows written to %2.").replace("%1", str(outcome.value))
            .replace("%2", str(path)))
        return path
    if outcome.status == "failed":
        error = outcome.value
        text = error_text(error) if isinstance(error, CanvassError) else str(error)
        QMessageBox.warning(parent, "Canvass", text)
    return None
