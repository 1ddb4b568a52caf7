"""Editing a person: the form keeps what was typed through every failure, a conflict is shown
side by side, and the record's history sits underneath."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.audit_log import record_history
from controllers.register.persons import PersonForm, load_person, save_person
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import Database
from models.accounts.permissions import Permission
from models.errors import CanvassError, EditConflict
from models.register.person_fields import InvalidField
from ui.kit.conflict_dialog import ConflictDialog
from ui.kit.error_text import error_text
from ui.kit.history_panel import HistoryPanel
from ui.kit.widgets import named_label


class PersonDialog(QDialog):
    def __init__(self, database: Database, user: SignedInUser, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person"))
        self._database = database
        self._user = user
        self._person_id = person_id
        self.form: PersonForm = load_person(database, user, person_id)
        self.fields = {"name": QLineEdit(maxLength=64), "phone": QLineEdit(maxLength=20),
                       "resident_id": QLineEdit(maxLength=18)}
        self.address = QLabel(wordWrap=True)
        layout = QFormLayout()
        layout.addRow(self.tr("Name"), self.fields["name"])
        layout.addRow(self.tr("Resident ID"), self.fields["resident_id"])
        layout.addRow(self.tr("Phone"), self.fields["phone"])
        layout.addRow(self.tr("Address"), self.address)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.history = HistoryPanel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setVisible(user.may(Permission.EDIT_REGISTER))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(self.message)
        box.addWidget(named_label("sectionTitle", self.tr("History")))
        box.addWidget(self.history, 1)
        box.addWidget(buttons)
        self._show_form(self.form)
        self.resize(560, 520)

    def _show_form(self, form: PersonForm) -> None:
        self.form = form
        for field, edit in self.fields.items():
            edit.setText(form.shown.get(field, ""))
            editable = self._user.may(Permission.EDIT_REGISTER) and (
                field == "name" or form.may_edit_identifiers)
            edit.setReadOnly(not editable)
        self.address.setText(form.address)
        self.history.show_entries(record_history(self._database, self._user, "person", form.id))

    def typed_changes(self) -> dict[str, Any]:
        """Only fields whose text differs from what was shown: masked fields are never sent."""
        return {field: edit.text() for field, edit in self.fields.items()
                if not edit.isReadOnly() and edit.text() != self.form.shown.get(field, "")}

    def save(self, expected_version: int | None = None) -> bool:
        changes = self.typed_changes()
        if not changes:
            self.accept()
            return True
        version = self.form.version if expected_version is None else expected_version
        try:
            form = save_person(self._database, self._user, self._person_id, version,
                               self.form.values, changes)
        except EditConflict as conflict:
            return self._resolve(conflict)
        except InvalidField as invalid:
            self._complain(error_text(invalid), self.fields.get(invalid.field))
            return False
        except CanvassError as error:  # unreachable database, permission: input stays
            self._complain(error_text(error), None)
            return False
        self._show_form(form)
        self.accept()
        return True

    def _resolve(self, conflict: EditConflict) -> bool:
        dialog = ConflictDialog(conflict, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return self.save(conflict.current_version)
        self._show_form(load_person(self._database, self._user, self._person_id))
        self._complain(self.tr("Reloaded the saved version; your changes were discarded."), None)
        return False

    def _complain(self, text: str, field: QLineEdit | None) -> None:
        self.message.setText(text)
        self.message.show()
        if field is not None:
            field.setFocus()
            field.selectAll()
