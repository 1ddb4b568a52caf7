"""Logging an incident and closing it: small forms that keep what was typed when the save is
refused, and say why in a sentence.

The incident is tied to a transfer (its sheet number, ZY…) or a case (its number) when there is
one; the station then follows from it. Otherwise the station is chosen from the list (filled in
when read, in the background). Saves run in the background.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

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
from ui.kit.background import load_in_background, save_in_background
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

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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

    def _saved_by(self, name: str, action: Callable[[], IncidentRecord]) -> None:
        """Run `action` (its input read already) in the background; a refusal keeps the form."""
        save_in_background(self.context.tasks, self, name, action, saved=self._written,
                           refused=self._refused)

    def _written(self, incident: IncidentRecord) -> None:
        self.saved = incident
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        self.error.setText(sheets_error_text(error))
        self.error.show()

    def save(self) -> None:
        raise NotImplementedError


class IncidentDialog(_IncidentForm):
    """"Log incident…": kind, when, what it concerns, what happened, who handled it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 reference: str = "") -> None:
        super().__init__(context, parent)
        self.setWindowTitle(translate("Incidents", "Log incident"))
        self.kind = QComboBox()
        for value, text in KINDS.items():
            self.kind.addItem(translate("Incidents", text), value)
        self.occurred = _time_edit()
        self.reference = QLineEdit(reference)
        self.reference.setPlaceholderText(translate("Incidents", "Transfer sheet ZY… or case number"))
        self.station = QComboBox()
        self.station.addItem(translate("Incidents", "From the transfer or case"), None)
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
        database, user = context.database, context.user
        load_in_background(context.tasks, self, "incident stations",
                           lambda: station_choices(database, user), loaded=self._show_stations,
                           refused=self._refused)

    def _show_stations(self, stations: list[tuple[int, str]]) -> None:
        for ident, name in stations:
            self.station.addItem(name, ident)

    def save(self) -> None:
        database, user = self.context.database, self.context.user
        reference, kind, occurred, description, handled_by, station_id = (
            self.reference.text(), str(self.kind.currentData()),
            to_minute(self.occurred.dateTime()), self.description.toPlainText(),
            self.handled_by.text(), self.station.currentData())

        def log() -> IncidentRecord:
            case_id = transfer_id = None
            if reference.strip():
                subject = find_subject(database, user, reference)
                case_id, transfer_id = subject.case_id, subject.transfer_id
            return log_incident(database, user, kind, occurred, description, handled_by=handled_by,
                                case_id=case_id, transfer_id=transfer_id, station_id=station_id)
        self._saved_by("log incident", log)


class CloseIncidentDialog(_IncidentForm):
    """"Close…": the outcome, when, and who handled it (kept if already known)."""

    def __init__(self, context: AppContext, incident: IncidentRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
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
        self._saved_by("close incident", partial(
            close_incident, self.context.database, self.context.user, self.incident.id,
            self.incident.version, self.outcome.toPlainText(),
            handled_by=self.handled_by.text(), closed_at=to_minute(self.closed.dateTime())))
