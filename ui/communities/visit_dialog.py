"""Recording a door-knock visit from the keyboard: a clerk taking phoned-in results records a
hundred an hour without the mouse.

Keys: 1–4 choose the outcome (screened, nobody home, refused, moved out); Tab walks the members'
temperature and symptom fields; Enter saves; Esc closes. The time starts at now and the team at
the community's own work group. A refused save keeps everything typed and says why.

The dialog opens with its household already read (`open_visit_dialog` reads it in the
background: its members are the form), and the save runs in the background too.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from controllers.communities.visits import (
    VISIT_OUTCOMES,
    MemberScreening,
    RecordedVisit,
    VisitForm,
    load_visit_form,
    save_visit,
)
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from ui.communities.labels import coverage_error_text
from ui.kit.background import load_in_background, save_in_background
from ui.kit.labels import outcome
from ui.kit.qt_time import to_minute
from ui.kit.widgets import named_label


def open_visit_dialog(context: AppContext, household_id: int, owner: QWidget,
                      opened: Callable[[VisitDialog], None],
                      refused: Callable[[CanvassError], None]) -> None:
    """Read the household in the background, then give `opened` the form (not yet shown)."""
    database, user = context.database, context.user
    load_in_background(context.tasks, owner, "visit form",
                       lambda: load_visit_form(database, user, household_id),
                       loaded=lambda form: opened(VisitDialog(context, form, owner)),
                       refused=refused)


class VisitDialog(QDialog):
    recorded = Signal(object)  # RecordedVisit

    def __init__(self, context: AppContext, household: VisitForm,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = household
        self.result_visit: RecordedVisit | None = None
        self.setWindowTitle(self.tr("Visit to household %1").replace("%1", self.form.place))
        self.outcomes = QButtonGroup(self)
        outcome_row = QGridLayout()
        for number, value in enumerate(VISIT_OUTCOMES, start=1):
            button = QRadioButton(f"&{number} {outcome(value)}")
            button.setProperty("outcome", value)
            self.outcomes.addButton(button, number)
            outcome_row.addWidget(button, 0, number - 1)
        self.outcomes.button(1).setChecked(True)
        self.outcomes.idToggled.connect(lambda _id, _on: self._enable_members())
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.team = QComboBox()
        self.team.addItem(self.tr("No team given"), None)
        for ident, name in self.form.teams:
            self.team.addItem(name, ident)
        if self.form.teams:
            self.team.setCurrentIndex(1)
        self.note = QLineEdit(maxLength=500)
        self.temperatures: dict[int, QLineEdit] = {}
        self.symptoms: dict[int, QLineEdit] = {}
        members = QGridLayout()
        members.addWidget(QLabel(self.tr("Member")), 0, 0)
        members.addWidget(QLabel(self.tr("Temperature °C")), 0, 1)
        members.addWidget(QLabel(self.tr("Symptoms (empty if none)")), 0, 2)
        for row, (person_id, name) in enumerate(self.form.members, start=1):
            temperature = QLineEdit(maxLength=5, placeholderText="36.5")
            temperature.setObjectName(f"temperature-{person_id}")
            symptoms = QLineEdit(maxLength=200)
            symptoms.setObjectName(f"symptoms-{person_id}")
            members.addWidget(QLabel(name), row, 0)
            members.addWidget(temperature, row, 1)
            members.addWidget(symptoms, row, 2)
            self.temperatures[person_id] = temperature
            self.symptoms[person_id] = symptoms
        self.members_box = QWidget()
        self.members_box.setLayout(members)
        if not self.form.members:
            members.addWidget(QLabel(self.tr("No members in the register.")), 1, 0, 1, 3)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("&Time"), self.when)
        form.addRow(self.tr("T&eam"), self.team)
        form.addRow(self.tr("&Note"), self.note)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.members_box)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self._enable_members()
        self._checked_outcome().setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits 1–4 that no field took (a field keeps its figures) choose the outcome."""
        number = event.key() - Qt.Key.Key_0
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and 1 <= number <= len(VISIT_OUTCOMES):
            self._choose(self.outcomes.button(number))
            return
        super().keyPressEvent(event)

    def _choose(self, button: QAbstractButton) -> None:
        """Go straight to where typing continues: the first temperature of a screened
        household, else the Save button (Enter saves)."""
        button.setChecked(True)
        first = next(iter(self.temperatures.values()), None)
        if self.chosen_outcome() == "screened" and first is not None:
            first.setFocus()
        else:
            self.save_button.setFocus()

    def chosen_outcome(self) -> str:
        return str(self._checked_outcome().property("outcome"))

    def _checked_outcome(self) -> QAbstractButton:
        """The group is exclusive and starts with the first outcome checked: one always is."""
        button = self.outcomes.checkedButton()
        if button is None:
            raise RuntimeError("no visit outcome is checked")
        return button

    def _enable_members(self) -> None:
        self.members_box.setEnabled(self.chosen_outcome() == "screened")

    def screenings(self) -> list[MemberScreening]:
        if self.chosen_outcome() != "screened":
            return []
        return [MemberScreening(person_id, self.temperatures[person_id].text().strip() or None,
                                self.symptoms[person_id].text().strip())
                for person_id, _name in self.form.members]

    def visited_at(self) -> datetime:
        return to_minute(self.when.dateTime())

    def save(self) -> None:
        database, user, household = self.context.database, self.context.user, self.form.household_id
        outcome, when, team, note, screenings = (self.chosen_outcome(), self.visited_at(),
                                                 self.team.currentData(), self.note.text(),
                                                 self.screenings())
        save_in_background(self.context.tasks, self, "visit", lambda: save_visit(
            database, user, household, outcome, when, team, note, screenings),
            saved=self._recorded, refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(coverage_error_text(error))
        self.message.show()

    def _recorded(self, visit: RecordedVisit) -> None:
        self.result_visit = visit
        self.recorded.emit(visit)
        self.accept()
