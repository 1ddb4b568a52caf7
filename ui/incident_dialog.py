"""Logging an incident and closing it: small forms that keep what was typed when the save is
refused, and say why in a sentence.

The incident is tied to a transfer (its sheet number, ZY…) or a case (its number) when there is
one; the station then follows from it. Otherwise the station is chosen from the list.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from controllers.browse.communities import station_choices
from controllers.context import AppContext
from controllers.incidents import IncidentRecord, close_incident, find_subject, log_incident
from models.errors import CanvassError
from ui.sheets_errors import sheets_error_text

translate = QCoreApplication.translate
KINDS = {
    "non_cooperation": QT_TRANSLATE_NOOP("Incidents", "Non-cooperation"),
    "violence": QT_TRANSLATE_NOOP("Incidents", "Violence"),
    "accident": QT_TRANSLATE_NOOP("Incidents", "Accident"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other"),
}


def kind_text(value: str) -> str:
    return translate("Incidents", KINDS[value]) if value in KINDS else value


def _moment(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


def _time_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class IncidentDialog(QDialog):
    """"Log incident…": kind, when, what it concerns, what happened, who handled it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 reference: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.saved: IncidentRecord | None = None
        self.setWindowTitle(translate("Incidents", "Log incident"))
        self.kind = QComboBox()
        for value, text in KINDS.items():
            self.kind.addItem(translate("Incidents", text), value)
        self.occurred = _time_edit()
        self.reference = QLineEdit(reference)
        self.reference.setPlaceholderText(translate("Incidents", "Transfer sheet ZY… or case number"))
        self.station = QComboBox()
        self.station.addItem(translate("Incidents", "From the transfer or case"), None)
        for ident, name in station_choices(context.database):
            self.station.addItem(name, ident)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(translate("Incidents", "What happened, where"))
        self.handled_by = QLineEdit()
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Incidents", "Kind"), self.kind)
        form.addRow(translate("Incidents", "When"), self.occurred)
        form.addRow(translate("Incidents", "Concerning"), self.reference)
        form.addRow(translate("Incidents", "Station"), self.station)
        form.addRow(translate("Incidents", "What happened"), self.description)
        form.addRow(translate("Incidents", "Handled by"), self.handled_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.resize(460, 380)

    def save(self) -> None:
        database, user = self.context.database, self.context.user
        try:
            case_id = transfer_id = None
            if self.reference.text().strip():
                subject = find_subject(database, user, self.reference.text())
                case_id, transfer_id = subject.case_id, subject.transfer_id
            self.saved = log_incident(
                database, user, str(self.kind.currentData()), _moment(self.occurred),
                self.description.toPlainText(), handled_by=self.handled_by.text(),
                case_id=case_id, transfer_id=transfer_id, station_id=self.station.currentData())
        except CanvassError as error:
            self.error.setText(sheets_error_text(error))
            self.error.show()
            return
        self.accept()


class CloseIncidentDialog(QDialog):
    """"Close…": the outcome, when, and who handled it (kept if already known)."""

    def __init__(self, context: AppContext, incident: IncidentRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident = incident
        self.saved: IncidentRecord | None = None
        self.setWindowTitle(translate("Incidents", "Close incident"))
        what = QLabel(f"{kind_text(incident.kind)} · {incident.occurred_at:%Y-%m-%d %H:%M}\n"
                      f"{incident.description}", wordWrap=True)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(translate("Incidents", "How it ended"))
        self.closed = _time_edit()
        self.handled_by = QLineEdit(incident.handled_by)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Incidents", "Outcome"), self.outcome)
        form.addRow(translate("Incidents", "Closed at"), self.closed)
        form.addRow(translate("Incidents", "Handled by"), self.handled_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(what)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)

    def save(self) -> None:
        try:
            self.saved = close_incident(
                self.context.database, self.context.user, self.incident.id,
                self.incident.version, self.outcome.toPlainText(),
                handled_by=self.handled_by.text(), closed_at=_moment(self.closed))
        except CanvassError as error:
            self.error.setText(sheets_error_text(error))
            self.error.show()
            return
        self.accept()
