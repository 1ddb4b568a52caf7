"""Who a team met at the door that the register does not have: name, sex, resident ID (or why
none was shown), phone, relation to the household, "registered elsewhere", and the temperature
taken there and then. The visit dialog lists them with its members and saves them with the
visit, so nothing is written until the visit is; the model checks the values again then.

Keys: Tab walks the fields, Enter adds the person, Esc drops them. Ctrl+I toggles "no ID shown".
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.browse import Kind
from controllers.communities.visits import FoundPerson
from ui.kit.labels import SEXES, label
from ui.kit.widgets import named_label, shortcut

RELATIONS = ("户主", "配偶", "子女", "父母", "亲属", "租客", "借住", "其他")


class FoundPersonDialog(QDialog):
    """Enter one person found at the door; `found()` gives them once accepted."""

    def __init__(self, parent: QWidget | None = None, person: FoundPerson | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person found at the door"))
        self.name = QLineEdit(maxLength=64)
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Not given"), None)
        for value in SEXES:
            self.sex.addItem(label(Kind.SEX, value), value)
        self.resident_id = QLineEdit(maxLength=20, placeholderText=self.tr("18 characters"))
        self.no_id = QCheckBox(self.tr("No ID shown"))
        self.no_id_reason = QLineEdit(maxLength=100,
                                      placeholderText=self.tr("why: left at home, refused …"))
        self.phone = QLineEdit(maxLength=20)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(["", *RELATIONS])
        relation_edit = self.relation.lineEdit()
        assert relation_edit is not None   # an editable combo box has its line edit
        relation_edit.setMaxLength(16)
        relation_edit.setPlaceholderText(self.tr("to the head of the household"))
        self.not_registered_here = QCheckBox(self.tr("Not registered here (household "
                                                     "registration elsewhere)"))
        self.temperature = QLineEdit(maxLength=5, placeholderText="36.5")
        self.symptoms = QLineEdit(maxLength=200)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Sex"), self.sex)
        form.addRow(self.tr("&Resident ID"), self.resident_id)
        form.addRow("", self.no_id)
        form.addRow(self.tr("&Why no ID"), self.no_id_reason)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Re&lation"), self.relation)
        form.addRow("", self.not_registered_here)
        form.addRow(self.tr("&Temperature °C"), self.temperature)
        form.addRow(self.tr("S&ymptoms (empty if none)"), self.symptoms)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.no_id.toggled.connect(self._id_shown)
        shortcut(QKeySequence("Ctrl+I"), self, self.no_id.toggle)
        if person is not None:
            self._show(person)
        self._id_shown(self.no_id.isChecked())
        self.name.setFocus()

    def _show(self, person: FoundPerson) -> None:
        self.name.setText(person.name)
        self.sex.setCurrentIndex(max(self.sex.findData(person.sex), 0))
        self.resident_id.setText(person.resident_id)
        self.no_id.setChecked(bool(person.no_id_reason))
        self.no_id_reason.setText(person.no_id_reason)
        self.phone.setText(person.phone)
        self.relation.setCurrentText(person.relation)
        self.not_registered_here.setChecked(person.not_registered_here)
        self.temperature.setText("" if person.temperature_c is None else str(person.temperature_c))
        self.symptoms.setText(person.symptoms)

    def _id_shown(self, missing: bool) -> None:
        self.resident_id.setEnabled(not missing)
        self.no_id_reason.setEnabled(missing)

    def found(self) -> FoundPerson:
        missing = self.no_id.isChecked()
        return FoundPerson(
            name=self.name.text().strip(), temperature_c=self.temperature.text().strip() or None,
            symptoms=self.symptoms.text().strip(), sex=self.sex.currentData(),
            resident_id="" if missing else self.resident_id.text().strip(),
            no_id_reason=self.no_id_reason.text().strip() if missing else "",
            phone=self.phone.text().strip(), relation=self.relation.currentText().strip(),
            not_registered_here=self.not_registered_here.isChecked())

    def accept(self) -> None:
        """The questions a person can answer here, asked here; the rest when the visit saves."""
        problem = ""
        if not self.name.text().strip():
            problem, field = self.tr("Enter the name."), self.name
        elif self.no_id.isChecked() and not self.no_id_reason.text().strip():
            problem, field = self.tr("Say why no ID was shown."), self.no_id_reason
        elif not self.no_id.isChecked() and not self.resident_id.text().strip():
            problem, field = self.tr("Enter the resident ID, or tick “No ID shown” (Ctrl+I) "
                                     "and say why."), self.resident_id
        elif not self.temperature.text().strip():
            problem, field = self.tr("Enter the temperature taken at the door."), self.temperature
        if problem:
            self.message.setText(problem)
            self.message.show()
            field.setFocus()
            return
        super().accept()
