"""The visit dialog's members: one line per person at the door, registered or found there.

A member living here is screened (a temperature), or marked not at home or refusing; a member
found to live elsewhere now is marked away, moved out, living elsewhere or deceased, with where
and since when. Nobody counts as screened without a temperature of their own: a blank line is
sent as it is and refused by the model with the member's name, so the dialog can point at it.

Tab walks temperature → symptoms → status of each line, then the next line.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QToolButton, QWidget

from controllers.browse.words import RESIDENCES
from controllers.communities.visits import (
    FormMember,
    FoundPerson,
    MemberAbsence,
    MemberPresence,
    MemberScreening,
    Residence,
    ResidenceChange,
)
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.qt_time import qdate, to_date

translate = QCoreApplication.translate
PRESENT = "present"
# What the status box offers: at the door now (present, not at home, refusing), or living
# elsewhere now (a residence). Present is a person living here and screened.
PRESENCE_WORDS = {
    PRESENT: QT_TRANSLATE_NOOP("VisitDialog", "At home"),
    MemberPresence.ABSENT.value: QT_TRANSLATE_NOOP("VisitDialog", "Not at home"),
    MemberPresence.REFUSED.value: QT_TRANSLATE_NOOP("VisitDialog", "Refuses screening"),
}
RESIDENCE_CHOICES = (Residence.AWAY, Residence.MOVED_OUT, Residence.ELSEWHERE, Residence.DECEASED)
WITH_WHERE = frozenset({Residence.AWAY.value, Residence.MOVED_OUT.value, Residence.ELSEWHERE.value})


class MemberLine:
    """One person's widgets: a registered member (`member`) or a person found here (`found`)."""

    def __init__(self, grid: MembersGrid, member: FormMember | None, found: FoundPerson | None,
                 visit_day: date) -> None:
        self.member, self.found = member, found
        name = member.name if member is not None else found.name if found is not None else ""
        self.label = QLabel(name)
        if member is not None and member.to_find:
            self.label.setText(translate("VisitDialog", "%1 (to find)").replace("%1", name))
            self.label.setToolTip(translate("VisitDialog", "Named on a contact-tracing list: "
                                            "screen them, or say where they live now."))
        elif found is not None:
            self.label.setText(translate("VisitDialog", "%1 (found here)").replace("%1", name))
        self.temperature = QLineEdit(maxLength=5, placeholderText="36.5")
        self.temperature.setMinimumWidth(self.temperature.fontMetrics().horizontalAdvance("36.5")
                                         + 28)
        self.symptoms = QLineEdit(maxLength=200)
        self.status = QComboBox()
        self.where = QLineEdit(maxLength=100, placeholderText=translate("VisitDialog", "where"))
        self.where.setMinimumWidth(self.where.fontMetrics().horizontalAdvance("汉口区某某街道亲戚家"))
        self.since = QDateEdit(qdate(member.since if member and member.since else visit_day))
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMaximumDate(qdate(visit_day))
        self.since.setToolTip(translate("VisitDialog", "since"))
        self.remove = QToolButton()
        if member is not None:
            self.temperature.setObjectName(f"temperature-{member.person_id}")
            self.symptoms.setObjectName(f"symptoms-{member.person_id}")
            self.status.setObjectName(f"status-{member.person_id}")
            for value, source in PRESENCE_WORDS.items():
                self.status.addItem(translate("VisitDialog", source), value)
            for residence in RESIDENCE_CHOICES:
                self.status.addItem(RESIDENCES.word(residence), residence.value)
            if member.residence != Residence.HERE.value:
                self.status.setCurrentIndex(max(self.status.findData(member.residence), 0))
                self.where.setText(member.where)
            self.remove.hide()
        else:
            assert found is not None
            self.temperature.setText("" if found.temperature_c is None else str(found.temperature_c))
            self.symptoms.setText(found.symptoms)
            self.status.addItem(translate("VisitDialog", "Found here"), PRESENT)
            self.status.setEnabled(False)
            self.remove.setText("✕")
            self.remove.setToolTip(translate("VisitDialog", "Remove this person"))
            self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.remove.clicked.connect(lambda: grid.remove_line(self))
        self.status.currentIndexChanged.connect(lambda _index: self.show_state())
        self.show_state()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.temperature, self.symptoms, self.status, self.where, self.since,
                self.remove)

    def choice(self) -> str:
        return str(self.status.currentData())

    def show_state(self) -> None:
        """Temperatures for who is at home; where and since for who lives elsewhere now."""
        present = self.choice() == PRESENT
        self.temperature.setEnabled(present)
        self.symptoms.setEnabled(present)
        elsewhere = self.choice() in WITH_WHERE
        self.where.setVisible(elsewhere)
        self.since.setVisible(elsewhere)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)
        if visible:
            self.show_state()
            if self.member is not None:
                self.remove.hide()

    def screening(self) -> MemberScreening | None:
        if self.member is None or self.choice() != PRESENT:
            return None
        return MemberScreening(self.member.person_id, self.temperature.text().strip() or None,
                               self.symptoms.text().strip())

    def absence(self) -> MemberAbsence | None:
        if self.member is None or self.choice() not in {p.value for p in MemberPresence}:
            return None
        return MemberAbsence(self.member.person_id, self.choice())

    def residence_change(self) -> ResidenceChange | None:
        """What changed about where the member lives: back home, or gone, or moved on."""
        if self.member is None:
            return None
        choice = self.choice()
        residence = choice if choice in {r.value for r in Residence} else Residence.HERE.value
        where = self.where.text().strip() if residence in WITH_WHERE else ""
        since = to_date(self.since.date()) if residence in WITH_WHERE else None
        before = self.member
        if (residence, where, since) == (before.residence, before.where, before.since) \
                or (residence == before.residence == Residence.HERE.value):
            return None
        return ResidenceChange(before.person_id, residence, where, since)

    def found_person(self) -> FoundPerson | None:
        if self.found is None:
            return None
        values = self.found
        return FoundPerson(values.name, self.temperature.text().strip() or None,
                           self.symptoms.text().strip(), values.sex, values.resident_id,
                           values.no_id_reason, values.phone, values.relation,
                           values.not_registered_here)

    def names(self, name: str) -> bool:
        person = self.member or self.found
        return person is not None and person.name == name


class MembersGrid(QWidget):
    """The lines of one visit, in the order a clerk reads them out."""

    shrunk = Signal()   # a line was removed: the dialog may take less room

    def __init__(self, members: tuple[FormMember, ...], visit_day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_day = visit_day
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for column, source in enumerate((QT_TRANSLATE_NOOP("VisitDialog", "Member"),
                                         QT_TRANSLATE_NOOP("VisitDialog", "Temperature °C"),
                                         QT_TRANSLATE_NOOP("VisitDialog", "Symptoms (empty if none)"),
                                         QT_TRANSLATE_NOOP("VisitDialog", "At home?"),
                                         QT_TRANSLATE_NOOP("VisitDialog", "Where now / since"))):
            self.layout_.addWidget(QLabel(translate("VisitDialog", source)), 0,
                                   column if column < 4 else 4, 1, 1 if column < 4 else 2)
        self.empty = QLabel(translate("VisitDialog", "No members in the register."))
        self.layout_.addWidget(self.empty, 1, 0, 1, 6)
        self.layout_.setColumnStretch(2, 1)
        self.layout_.setColumnStretch(4, 1)
        self.lines: list[MemberLine] = []
        self.registered_shown = True
        for member in members:
            self._add(MemberLine(self, member, None, visit_day))

    def _add(self, line: MemberLine) -> MemberLine:
        row = self.layout_.rowCount()
        for column, widget in enumerate(line.widgets()):
            self.layout_.addWidget(widget, row, column)
        if self.lines:   # a line added later still follows the others when tabbing
            last = self.lines[-1]
            QWidget.setTabOrder(last.since, line.temperature)
            QWidget.setTabOrder(line.temperature, line.symptoms)
            QWidget.setTabOrder(line.symptoms, line.status)
            QWidget.setTabOrder(line.status, line.where)
            QWidget.setTabOrder(line.where, line.since)
        self.lines.append(line)
        self._show_empty()
        return line

    def _show_empty(self) -> None:
        self.empty.setVisible(not any(line.found is not None or self.registered_shown
                                      for line in self.lines))

    def add_found(self, person: FoundPerson) -> MemberLine:
        return self._add(MemberLine(self, None, person, self.visit_day))

    def remove_line(self, line: MemberLine) -> None:
        self.lines.remove(line)
        for widget in line.widgets():
            self.layout_.removeWidget(widget)
            widget.deleteLater()
        self._show_empty()
        self.shrunk.emit()

    def show_registered(self, shown: bool) -> None:
        """A new door has none of this household's members: only the persons found there."""
        self.registered_shown = shown
        for line in self.registered():
            line.set_visible(shown)
        self._show_empty()

    def registered(self) -> list[MemberLine]:
        return [line for line in self.lines if line.member is not None]

    def counted(self) -> list[MemberLine]:
        """The lines this visit reports: the persons found, and the members unless a new door."""
        return [line for line in self.lines if line.found is not None or self.registered_shown]

    def screenings(self) -> list[MemberScreening]:
        return [s for line in self.counted() if (s := line.screening()) is not None]

    def absences(self) -> list[MemberAbsence]:
        return [a for line in self.counted() if (a := line.absence()) is not None]

    def residences(self) -> list[ResidenceChange]:
        return [r for line in self.counted() if (r := line.residence_change()) is not None]

    def found(self) -> list[FoundPerson]:
        return [f for line in self.counted() if (f := line.found_person()) is not None]

    def first_temperature(self) -> QLineEdit | None:
        return next((line.temperature for line in self.counted() if line.temperature.isEnabled()),
                    None)

    def line_of(self, name: str) -> MemberLine | None:
        return next((line for line in self.counted() if line.names(name)), None)
