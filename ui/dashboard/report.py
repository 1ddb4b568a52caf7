"""The dashboard's "Daily report…": pick the day and the file (PDF or xlsx), written off the UI
thread; a day without figures is said in a sentence, and nothing is written."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from controllers.reports.daily import ReportRefused
from controllers.reports.daily_file import write_daily_report
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError, Refusal
from models.reports.refusals import ReportRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence
from ui.kit.progress import run_with_progress
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate


def ask_day(parent: QWidget, suggested: date) -> date | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("DashboardReport", "Daily report"))
    picker = QDateEdit(QDate(suggested.year, suggested.month, suggested.day))
    picker.setCalendarPopup(True)
    picker.setDisplayFormat("yyyy-MM-dd")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.setLayout(vbox(label(translate("DashboardReport", "The figures as they stood at the "
                                          "end of the day:"), wrap=True),
                          picker, buttons, margins=16, spacing=10))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = picker.date()
    return date(chosen.year(), chosen.month(), chosen.day())


REPORT_REFUSALS: dict[Refusal, str] = {
    ReportRefusal.NO_DATA: QT_TRANSLATE_NOOP("DashboardReport", "Nothing was recorded on {day}: choose another day."),
    ReportRefusal.FORMAT: QT_TRANSLATE_NOOP("DashboardReport", "The daily report is written as PDF or xlsx."),
}


def refusal_text(error: CanvassError) -> str:
    return refusal_sentence("DashboardReport", REPORT_REFUSALS, error) or error_text(error)


def write_report_interactively(parent: QWidget, context: AppContext,
                               suggested: date | None) -> Path | None:
    day = ask_day(parent, suggested or date.today())
    if day is None:
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("DashboardReport", "Save the daily report"),
        str(Path(folder) / f"daily-report-{day.isoformat()}.pdf"),
        translate("DashboardReport", "PDF (*.pdf);;Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_suffix(".pdf")

    def work(_control: TaskControl) -> object:
        return write_daily_report(context.database, user=context.user, day=day, path=path)

    outcome = run_with_progress(context.tasks, translate("DashboardReport", "Writing the daily "
                                                         "report…"), work, cancellable=False,
                                parent=parent)
    if outcome.succeeded:
        QMessageBox.information(parent, "Canvass", translate(
            "DashboardReport", "The daily report of %1 is in %2.").replace(
            "%1", day.isoformat()).replace("%2", str(path)))
        return path
    if outcome.status == "failed":
        error = outcome.value
        text = (refusal_text(error) if isinstance(error, ReportRefused) else
                error_text(error) if isinstance(error, CanvassError) else str(error))
        QMessageBox.warning(parent, "Canvass", text)
    return None
