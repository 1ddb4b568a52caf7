"""Logging an incident and closing it: small forms that keep what was typed when the save is
refused, and say why in a sentence.

The incident is tied to a transfer (its sheet number, ZY…) or a case (its number) when there is
one; the station then follows from it. Otherwise the station is chosen from the list.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.communities.rows import station_choices
from controllers.runtime.context import AppContext
from controllers.transfers.incidents import IncidentRecord, close_incident, find_subject, log_incident
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.qt_time import to_minute
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.widgets import named_label

translate = QCoreApplication.translate
KINDS = {
    "non_cooperation": QT_TRANSLATE_NOOP("Incidents", "Non-cooperation"),
    "violence": QT_TRANSLATE_NOOP("Incidents", "Violence"),
    "accident": QT_TRANSLATE_NOOP("Incidents", "Accident"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other"),
}


def kind_text(value: str) -> str:
    return translate("Incidents", KINDS[value]) if value in KINDS else value



def _time_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class _IncidentForm(QDialog):
    """What both incident forms share: labelled rows, a sentence when the save is refused (the
    typed text stays), Save and Cancel. `saved` is the incident as written, once it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: IncidentRecord | None = None

    def _lay_out(self, rows: list[tuple[str, QWidget]], heading: QWidget | None = None) -> None:
        self.error = named_label("formError", wrap=True)
        self.error.hide()
        form = QFormLayout()
        for text, field in rows:
            form.addRow(translate("Incidents", text), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        if heading is not None:
            box.addWidget(heading)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)

    def _saved_by(self, action: Callable[[], IncidentRecord]) -> None:
        try:
            self.saved = action()
        except CanvassError as error:
            self.error.setText(sheets_error_text(error))
            self.error.show()
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


class IncidentDialog(_IncidentForm):
    """"Log incident…": kind, when, what it concerns, what happened, who handled it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 reference: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("Incidents", "Log incident"))
        self.kind = QComboBox()
        for value, text in KINDS.items():
            self.kind.addItem(translate("Incidents", text), value)
        self.occurred = _time_edit()
        self.reference = QLineEdit(reference)
        self.reference.setPlaceholderText(translate("Incidents", "Transfer sheet ZY… or case number"))
        self.station = QComboBox()
        self.station.addItem(translate("Incidents", "From the transfer or case"), None)
        for ident, name in station_choices(context.database, context.user):
            self.station.addItem(name, ident)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(translate("Incidents", "What happened, where"))
        self.handled_by = QLineEdit()
        self._lay_out([(QT_TRANSLATE_NOOP("Incidents", "Kind"), self.kind),
                       (QT_TRANSLATE_NOOP("Incidents", "When"), self.occurred),
                       (QT_TRANSLATE_NOOP("Incidents", "Concerning"), self.reference),
                       (QT_TRANSLATE_NOOP("Incidents", "Station"), self.station),
                       (QT_TRANSLATE_NOOP("Incidents", "What happened"), self.description),
                       (QT_TRANSLATE_NOOP("Incidents", "Handled by"), self.handled_by)])
        self.resize(460, 380)

    def save(self) -> None:
        database, user = self.context.database, self.context.user

        def log() -> IncidentRecord:
            case_id = transfer_id = None
            if self.reference.text().strip():
                subject = find_subject(database, user, self.reference.text())
                case_id, transfer_id = subject.case_id, subject.transfer_id
            return log_incident(
                database, user, str(self.kind.currentData()), to_minute(self.occurred.dateTime()),
                self.description.toPlainText(), handled_by=self.handled_by.text(),
                case_id=case_id, transfer_id=transfer_id, station_id=self.station.currentData())
        self._saved_by(log)


class CloseIncidentDialog(_IncidentForm):
    """"Close…": the outcome, when, and who handled it (kept if already known)."""

    def __init__(self, context: AppContext, incident: IncidentRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident = incident
        self.setWindowTitle(translate("Incidents", "Close incident"))
        what = QLabel(f"{kind_text(incident.kind)} · {incident.occurred_at:%Y-%m-%d %H:%M}\n"
                      f"{incident.description}", wordWrap=True)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(translate("Incidents", "How it ended"))
        self.closed = _time_edit()
        self.handled_by = QLineEdit(incident.handled_by)
        self._lay_out([(QT_TRANSLATE_NOOP("Incidents", "Outcome"), self.outcome),
                       (QT_TRANSLATE_NOOP("Incidents", "Closed at"), self.closed),
                       (QT_TRANSLATE_NOOP("Incidents", "Handled by"), self.handled_by)],
                      heading=what)

    def save(self) -> None:
        self._saved_by(lambda: close_incident(
            self.context.database, self.context.user, self.incident.id,
            self.incident.version, self.outcome.toPlainText(),
            handled_by=self.handled_by.text(), closed_at=to_minute(self.closed.dateTime())))
