"""Recording a door-knock visit from the keyboard: a clerk taking phoned-in results records a
hundred an hour without the mouse.

Keys: 1–4 choose the outcome (screened, nobody home, refused, moved out); Tab walks each member's
temperature, symptoms and whether they are at home (Down in that box: not at home, refusing,
away, moved out, living elsewhere, deceased); Alt+A adds a person found at the door who is not
in the register; Alt+D records the visit at a door the list does not have; Enter saves; Esc
closes. The time starts at now and the team at the community's own work group. "Screened" needs
each member living here screened (a temperature) or marked not at home or refusing: a refused
save keeps everything typed, says why and puts the cursor where the answer is missing.

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from controllers.communities.visits import (
    VISIT_OUTCOMES,
    FoundPerson,
    NewDoor,
    RecordedVisit,
    VisitForm,
    load_visit_form,
    save_visit,
)
from controllers.runtime.context import AppContext
from models.communities.refusals import CommunityRefusal
from models.errors import CanvassError
from ui.communities.found_person_dialog import FoundPersonDialog
from ui.communities.labels import coverage_error_text
from ui.communities.visit_members import MembersGrid
from ui.kit.background import load_in_background, save_in_background
from ui.kit.labels import outcome
from ui.kit.qt_time import to_minute
from ui.kit.widgets import named_label

# Refusals that name a person: the cursor goes to that person's line.
NAMED = frozenset({CommunityRefusal.VISIT_TEMPERATURE_MISSING,
                   CommunityRefusal.VISIT_MEMBER_UNACCOUNTED})


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
        self.members = MembersGrid(self.form.members, to_minute(self.when.dateTime()).date())
        self.members.shrunk.connect(self._fit_height)
        self.members_box = QWidget()
        members_layout = QVBoxLayout(self.members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.members)
        self.add_found_button = QPushButton(self.tr("&Add a person found here…"))
        self.add_found_button.clicked.connect(self.add_found)
        self.add_found_button.setAutoDefault(False)   # Enter saves the visit, wherever typed
        members_layout.addWidget(self.add_found_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.door_label = QLabel(self.form.place or self.form.address)
        self.new_door_button = QPushButton(self.tr("New &door not on the list"))
        self.new_door_button.setCheckable(True)
        self.new_door_button.setAutoDefault(False)
        self.new_door_button.toggled.connect(self._new_door)
        self.building = QLineEdit(self.form.building, maxLength=16)
        self.unit = QLineEdit(self.form.unit, maxLength=16)
        self.door = QLineEdit(maxLength=16)
        self.address = QLineEdit(maxLength=200)
        for edit, hint in ((self.building, self.tr("building")), (self.unit, self.tr("unit")),
                           (self.door, self.tr("door")),
                           (self.address, self.tr("address (a rented room, a shed …)"))):
            edit.setPlaceholderText(hint)
        self.door_fields = QWidget()
        fields = QHBoxLayout(self.door_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        for edit, stretch in ((self.building, 1), (self.unit, 1), (self.door, 1),
                              (self.address, 4)):
            fields.addWidget(edit, stretch)
        self.door_fields.hide()
        door_row = QHBoxLayout()
        door_row.addWidget(self.door_label)
        door_row.addStretch(1)
        door_row.addWidget(self.new_door_button)
        form = QFormLayout()
        form.addRow(self.tr("Door"), door_row)
        form.addRow("", self.door_fields)
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
        first = self.members.first_temperature()
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

    def add_found(self) -> None:
        """Ask for the person found at the door (window-modal over this one); they join the
        lines of this visit, screened, and Enter then saves the visit."""
        dialog = FoundPersonDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._found(dialog.found()))
        dialog.open()

    def _found(self, person: FoundPerson) -> None:
        self._choose(self.outcomes.button(1))
        self.members.add_found(person)
        self.save_button.setFocus()

    def _new_door(self, on: bool) -> None:
        """The visit is at a door beside this one that the list does not have: its own
        household, with only the persons found there."""
        self.door_fields.setVisible(on)
        self.door_label.setEnabled(not on)
        self.members.show_registered(not on)
        self._fit_height()
        if on:
            self.door.setFocus()

    def _fit_height(self) -> None:
        """No blank band where lines were hidden: the layouts are brought up to date at once
        (their own update is only posted), then the dialog takes the height they need."""
        for widget in (self.members, self.members_box, self):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def new_door(self) -> NewDoor | None:
        if not self.new_door_button.isChecked():
            return None
        return NewDoor(self.building.text().strip(), self.unit.text().strip(),
                       self.door.text().strip(), self.address.text().strip())

    def found(self) -> list[FoundPerson]:
        return self.members.found() if self.chosen_outcome() == "screened" else []

    def visited_at(self) -> datetime:
        return to_minute(self.when.dateTime())

    def save(self) -> None:
        database, user, household = self.context.database, self.context.user, self.form.household_id
        screened = self.chosen_outcome() == "screened"
        outcome, when, team, note = (self.chosen_outcome(), self.visited_at(),
                                     self.team.currentData(), self.note.text())
        screenings = self.members.screenings() if screened else []
        absences = self.members.absences() if screened else []
        residences = self.members.residences() if screened else []
        found, door, key = self.found(), self.new_door(), self.form.entry_key
        # Every save of this form sends its key: Save pressed again after a lost answer
        # (the database did not answer) finds the visit stored, not a second one.
        save_in_background(self.context.tasks, self, "visit", lambda: save_visit(
            database, user, household, outcome, when, team, note, screenings,
            absences=absences, residences=residences, found=found, new_door=door, key=key),
            saved=self._recorded, refused=self._refused)

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(coverage_error_text(error))
        self.message.show()
        line = self.members.line_of(str(error.params.get("name", ""))) \
            if error.code in NAMED else None
        if line is not None:
            (line.temperature if line.temperature.isEnabled() else line.status).setFocus()

    def _recorded(self, visit: RecordedVisit) -> None:
        self.result_visit = visit
        self.recorded.emit(visit)
        self.accept()
