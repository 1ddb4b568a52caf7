"""One step of a transfer, from the keyboard: the time (now unless the crew phoned it in late)
and, for a cancellation or a refusal, the reason. Enter saves (in the background, see `submit`);
a refusal stays in the dialog. The dialog names the order and the patient in its title and
under its heading, so Ctrl+Return, Enter can be checked at a glance before the second key."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.kit.widgets import named_label


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    set_time(edit, value)
    return edit


def set_time(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                               QTime(value.hour, value.minute)))


def earliest_default(last: datetime) -> datetime:
    """Now, to the minute, but never before the order's last step (the edit has no seconds)."""
    now = datetime.now().replace(second=0, microsecond=0)
    ceiling = last.replace(second=0, microsecond=0)
    if ceiling < last:
        ceiling += timedelta(minutes=1)
    return max(now, ceiling)


def chosen_time(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


MIN_WIDTH = 420


class TimedDialog(QDialog):
    """A transfer dialog with a time. Save calls `submit`, which the opener sets to start the
    save in the background; its answer closes the dialog (`saved`) or shows the sentence
    (`show_message`), and the dialog stays open with what was entered."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self.submit: Callable[[], None] = self.saved
        self.when = datetime_edit(datetime.now())
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, headings: list[QLabel], form: QFormLayout) -> None:
        box = QVBoxLayout(self)
        for heading in headings:
            box.addWidget(heading)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    def at(self) -> datetime:
        return chosen_time(self.when)

    def _save(self) -> None:
        self.submit()

    def saved(self) -> None:
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class StepDialog(TimedDialog):
    """One step of one order. The order's number and its patient are in the title and under
    the heading, always: the dispatcher confirms the trip they meant before Enter saves."""

    def __init__(self, step: str, needs_reason: bool, number: str, patient: str,
                 plate: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("%1 · %2: %3").replace("%1", number).replace("%2", patient)
                         .replace("%3", step), parent)
        self.number, self.patient = number, patient
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        if needs_reason:
            form.addRow(self.tr("Why"), self.reason)
        self.reason.setVisible(needs_reason)
        self.detail = named_label("pageSubtitle", " · ".join(part for part in (number, patient, plate)
                                                            if part), wrap=True)
        self.lay_out([named_label("pageTitle", step, wrap=True), self.detail], form)
        (self.reason if needs_reason else self.when).setFocus()
