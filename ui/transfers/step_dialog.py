"""One step of a transfer, from the keyboard: the time (now unless the crew phoned it in late)
and, for a cancellation or a refusal, the reason. Enter saves (in the background, see `submit`);
a refusal stays in the dialog."""
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
    def __init__(self, title: str, heading: str, needs_reason: bool,
                 parent: QWidget | None = None, detail: str = "") -> None:
        super().__init__(title, parent)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        if needs_reason:
            form.addRow(self.tr("Why"), self.reason)
        self.reason.setVisible(needs_reason)
        headings = [named_label("pageTitle", heading, wrap=True)]
        if detail:
            headings.append(named_label("pageSubtitle", detail, wrap=True))
        self.lay_out(headings, form)
        (self.reason if needs_reason else self.when).setFocus()
