"""The district workbook's files: the blank template, the export, the validation report.

Each asks where to save (an .xlsx, the suffix added when the person left it out), writes on the
task runner behind a progress dialog (the export reads every master table) and says what it
wrote, or in one sentence why it could not. Nothing here touches the database but the export,
which is the commander's (the controller checks it again).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.setup.problem_text import fill, refusal_sentence
from controllers.setup.workbook import SetupProblem, export_workbook, write_report, write_template
from models.errors import CanvassError
from models.setup.refusals import SetupRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text
from ui.kit.progress import run_with_progress

translate = QCoreApplication.translate


# Where the command line's sentence names a command, the screen names its menu entry.
ON_SCREEN: dict[SetupRefusal, str] = {
    SetupRefusal.NOT_A_WORKBOOK: QT_TRANSLATE_NOOP(
        "DistrictFiles", "%1 is not a district workbook, which is an .xlsx file: start from the "
                         "blank template"),
    SetupRefusal.LOOKS_LIKE_REGISTER: QT_TRANSLATE_NOOP(
        "DistrictFiles", "%1 looks like a community register (%2), not a district workbook: "
                         "import registers with Account › Import register…"),
    SetupRefusal.UNKNOWN_SHAPE: QT_TRANSLATE_NOOP(
        "DistrictFiles", "%1 has none of the district workbook's sheets (it has %2): start from "
                         "the blank template"),
}


def workbook_refusal(error: BaseException, file_name: str) -> str:
    """Why a workbook (or its file) was refused, in one sentence in the interface language."""
    if isinstance(error, CanvassError) and isinstance(error.code, SetupRefusal):
        if error.code in ON_SCREEN:
            return fill(translate("DistrictFiles", ON_SCREEN[error.code]),
                        [file_name, str(error.params.get("what", ""))])
        return refusal_sentence(error, file_name)
    if isinstance(error, CanvassError):
        return error_text(error)
    if isinstance(error, OSError):
        text = translate("DistrictFiles", "%1 cannot be written: %2")
        return text.replace("%1", file_name).replace("%2", error.strerror or str(error))
    return str(error)


def ask_xlsx_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save an .xlsx; None when the person cancelled."""
    kinds = translate("DistrictFiles", "Excel workbook (*.xlsx)")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def _write(context: AppContext, parent: QWidget, label: str, path: Path,
           work: Callable[[], object]) -> object | None:
    """Run `work` off the UI thread; its result (True for none), or None after saying why it
    failed."""
    def run(_control: TaskControl) -> object:
        return work()

    outcome = run_with_progress(context.tasks, label, run, cancellable=False, parent=parent)
    if outcome.succeeded:
        return outcome.value if outcome.value is not None else True
    if outcome.status == "failed":
        QMessageBox.warning(parent, translate("DistrictFiles", "Not saved"),
                            workbook_refusal(outcome.value, path.name))
    return None


def save_blank_template(context: AppContext, parent: QWidget) -> Path | None:
    """The empty district workbook to fill in: one example row per sheet and the 说明 sheet."""
    path = ask_xlsx_path(parent, translate("DistrictFiles", "Save a blank district workbook"),
                         Path.home() / translate("DistrictFiles", "district.xlsx"))
    if path is None:
        return None
    written = _write(context, parent, translate("DistrictFiles", "Writing the blank workbook…"),
                     path, lambda: write_template(path))
    return path if written is not None else None


def save_problem_report(context: AppContext, parent: QWidget, problems: Sequence[SetupProblem],
                        workbook: Path) -> Path | None:
    """Every problem as an .xlsx beside the workbook, to open next to it in Excel."""
    path = ask_xlsx_path(parent, translate("DistrictFiles", "Save the validation report"),
                         workbook.with_name(f"{workbook.stem}-report.xlsx"))
    if path is None:
        return None
    written = _write(context, parent, translate("DistrictFiles", "Writing the report…"), path,
                     lambda: write_report(path, problems))
    return path if written is not None else None


def export_district(context: AppContext, parent: QWidget) -> Path | None:
    """The district's master data as its workbook, in the same format the import reads."""
    path = ask_xlsx_path(parent, translate("DistrictFiles", "Export the district workbook"),
                         Path.home() / translate("DistrictFiles", "district.xlsx"))
    if path is None:
        return None
    database, user = context.database, context.user
    counts = _write(context, parent,
                    translate("DistrictFiles", "Exporting the district's master data…"), path,
                    lambda: export_workbook(database, user, path))
    if not isinstance(counts, dict):
        return None
    text = translate("DistrictFiles", "%1 rows of master data were written to %2. The file holds "
                     "the responders' resident IDs and phones in full: keep it where only the "
                     "command center can read it.")
    QMessageBox.information(parent, translate("DistrictFiles", "Exported"),
                            text.replace("%1", f"{sum(counts.values()):,}").replace("%2", str(path)))
    return path
