"""The transfers view's buttons and keys on the selected order: the next step (Ctrl+Return),
refused on scene (Ctrl+R), cancel (Ctrl+Shift+X), vehicle disinfected (Ctrl+E). Each reads
where the order stands first, so the dialog offers only what the workflow allows; the save is
version-checked, so two dispatchers stepping the same order never overwrite each other."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from controllers.transfers.dispatch import TransferBrief, advance_transfer, load_transfer, record_disinfection
from models.accounts.permissions import Permission
from models.errors import CanvassError
from models.transfers.workflow import main_next
from ui.kit.labels import transfer_status
from ui.kit.refusals.transfers import transfer_error_text
from ui.transfers.disinfection_dialog import DisinfectionDialog
from ui.transfers.step_dialog import StepDialog, set_time

if TYPE_CHECKING:
    from ui.transfers.view import TransfersView

translate = QCoreApplication.translate


def earliest_default(last: datetime) -> datetime:
    """Now, to the minute, but never before the order's last step (the edit has no seconds)."""
    now = datetime.now().replace(second=0, microsecond=0)
    ceiling = last.replace(second=0, microsecond=0)
    if ceiling < last:
        ceiling += timedelta(minutes=1)
    return max(now, ceiling)


class TransferActions:
    def __init__(self, view: TransfersView) -> None:
        self.view = view
        self.context = view.context
        self.dialog: QDialog | None = None
        self.buttons: list[QPushButton] = []
        if not self.context.user.may(Permission.DISPATCH_TRANSFERS):
            return
        for text, keys, slot in (
                (translate("TransferActions", "Next step"), "Ctrl+Return", self.next_step),
                (translate("TransferActions", "Refused…"), "Ctrl+R", self.refused),
                (translate("TransferActions", "Cancel…"), "Ctrl+Shift+X", self.cancel),
                (translate("TransferActions", "Disinfected…"), "Ctrl+E", self.disinfected)):
            button = QPushButton(text)
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), view, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.buttons.append(button)

    def _brief(self) -> TransferBrief | None:
        transfer_id = self.view.selected_transfer_id()
        if transfer_id is None:
            self.view.say(translate("TransferActions", "Select a transfer first."))
            return None
        try:
            return load_transfer(self.context.database, self.context.user, transfer_id)
        except CanvassError as error:
            self.view.say(transfer_error_text(error))
            return None

    def next_step(self) -> None:
        brief = self._brief()
        if brief is None:
            return
        step = main_next(brief.status)
        if brief.awaiting_disinfection or step == "disinfected":
            self._disinfection(brief)
        elif step is None:
            self.view.say(translate("TransferActions", "Transfer %1 is finished.")
                          .replace("%1", brief.number))
        else:
            self._step(brief, step.value, False)

    def refused(self) -> None:
        brief = self._brief()
        if brief is not None:
            self._step(brief, "failed", True)

    def cancel(self) -> None:
        brief = self._brief()
        if brief is not None:
            self._step(brief, "cancelled", True)

    def disinfected(self) -> None:
        brief = self._brief()
        if brief is not None:
            self._disinfection(brief)

    def _step(self, brief: TransferBrief, step: str, needs_reason: bool) -> None:
        if step not in brief.next_steps:
            self.view.say(translate("TransferActions", "Transfer %1 is %2: that step is not "
                                    "possible now.").replace("%1", brief.number)
                          .replace("%2", transfer_status(brief.status)))
            return
        title = translate("TransferActions", "%1: %2").replace("%1", brief.number) \
            .replace("%2", transfer_status(step))
        dialog = StepDialog(title, transfer_status(step), needs_reason, self.view,
                            f"{brief.number} · {brief.person} · {brief.plate}")
        set_time(dialog.when, earliest_default(brief.last_at))
        dialog.submit = lambda: self._save(lambda: advance_transfer(
            self.context.database, self.context.user, brief.id, brief.version, step,
            dialog.at(), dialog.reason.text()), brief, step)
        self._open(dialog)

    def _disinfection(self, brief: TransferBrief) -> None:
        if not brief.awaiting_disinfection:
            self.view.say(translate("TransferActions", "Transfer %1 holds no vehicle waiting "
                                    "for disinfection.").replace("%1", brief.number))
            return
        dialog = DisinfectionDialog(f"{brief.plate} · {brief.number}", "", self.view)
        set_time(dialog.when, earliest_default(brief.last_at))
        dialog.submit = lambda: self._save(lambda: record_disinfection(
            self.context.database, self.context.user, brief.id, dialog.inside.isChecked(),
            dialog.outside.isChecked(), dialog.by.text(), dialog.at(), brief.version),
            brief, "disinfected")
        self._open(dialog)

    def _save(self, save: Callable[[], object], brief: TransferBrief, step: str) -> str | None:
        try:
            save()
        except CanvassError as error:
            return transfer_error_text(error)
        self.view.say(translate("TransferActions", "Transfer %1: %2.").replace("%1", brief.number)
                      .replace("%2", transfer_status(step)))
        self.view.refresh()
        return None

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not a nested event loop: the board keeps following the feed."""
        self.dialog = dialog
        dialog.open()

    def corner(self) -> list[QWidget]:
        return list(self.buttons)
