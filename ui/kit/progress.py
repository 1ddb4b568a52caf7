"""Slow work with a progress dialog: the work runs on the task runner, the window stays alive.

The caller gets the outcome back as a value, as if the call had been synchronous, but the UI
thread spends the wait in an event loop (repainting, answering the Cancel button), never blocked.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from controllers.runtime.tasks import TaskRunner, Work

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Outcome:
    status: str                 # "succeeded" | "failed" | "cancelled"
    value: Any = None           # the result, or the exception when failed

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"


def run_with_progress(runner: TaskRunner, label: str, work: Work, *, cancellable: bool,
                      parent: QWidget | None = None, minimum_duration_ms: int = 400) -> Outcome:
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle("Canvass")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    # Shown by our own timer: Qt's minimumDuration only counts from setValue() calls, and work
    # that reports no progress (opening a database) would otherwise show nothing for seconds.
    dialog.setMinimumDuration(2**31 - 1)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    if not cancellable:
        dialog.setCancelButton(None)
    outcome: list[Outcome] = []
    loop = QEventLoop()

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    task = runner.submit(
        label, work, progressed=progressed,
        succeeded=lambda value: outcome.append(Outcome("succeeded", value)),
        failed=lambda error: outcome.append(Outcome("failed", error)),
        cancelled=lambda: outcome.append(Outcome("cancelled")),
        finished=loop.quit)

    def cancel() -> None:
        task.cancel()
        dialog.setLabelText(translate("Progress", "Cancelling…"))

    if cancellable:
        dialog.canceled.connect(cancel)
    QTimer.singleShot(minimum_duration_ms, dialog,
                      lambda: None if task.is_done() or outcome else dialog.show())
    if not task.is_done():
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return outcome[0] if outcome else Outcome("cancelled")
