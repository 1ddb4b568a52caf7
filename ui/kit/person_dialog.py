"""Editing a person: the form keeps what was typed through every failure, a conflict is shown
side by side, and the record's history sits underneath.

The person and their history are loaded before the form opens (`open_person_dialog`), and the
save runs in the background: the form never shows fields it cannot yet fill."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.audit_log import HistoryEntry, record_history
from controllers.register.persons import PersonForm, load_person, save_person
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, Database
from models.accounts.permissions import Permission
from models.errors import CanvassError, EditConflict
from models.register.person_fields import InvalidField
from ui.kit.background import load_in_background, save_in_background
from ui.kit.conflict_dialog import ConflictDialog
from ui.kit.error_text import error_text
from ui.kit.history_panel import HistoryPanel
from ui.kit.widgets import named_label

PersonShown = tuple[PersonForm, list[HistoryEntry]]


def load_person_shown(database: Database, user: SignedInUser, person_id: int) -> PersonShown:
    """The form and its history, read together (on the task runner)."""
    form = load_person(database, user, person_id)
    return form, record_history(database, user, "person", form.id)


def open_person_dialog(context: AppContext, person_id: int, owner: QWidget,
                       opened: Callable[[PersonDialog], None],
                       refused: Callable[[CanvassError], None]) -> None:
    """Load the person in the background, then give `opened` the form (not yet shown)."""
    database, user = context.database, context.user
    load_in_background(context.tasks, owner, "person",
                       lambda: load_person_shown(database, user, person_id),
                       loaded=lambda shown: opened(PersonDialog(context, shown, owner)),
                       refused=refused)


class PersonDialog(QDialog):
    def __init__(self, context: AppContext, shown: PersonShown,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person"))
        self.context = context
        self._user = context.user
        self.form, history = shown
        self._person_id = self.form.id
        self.conflict: ConflictDialog | None = None
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
        self.save_button.setVisible(self._user.may(Permission.EDIT_REGISTER))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(self.message)
        box.addWidget(named_label("sectionTitle", self.tr("History")))
        box.addWidget(self.history, 1)
        box.addWidget(buttons)
        self._show_form((self.form, history))
        self.resize(560, 520)

    def _show_form(self, shown: PersonShown) -> None:
        self.form, history = shown
        for field, edit in self.fields.items():
            edit.setText(self.form.shown.get(field, ""))
            editable = self._user.may(Permission.EDIT_REGISTER) and (
                field == "name" or self.form.may_edit_identifiers)
            edit.setReadOnly(not editable)
        self.address.setText(self.form.address)
        self.history.show_entries(history)

    def typed_changes(self) -> dict[str, Any]:
        """Only fields whose text differs from what was shown: masked fields are never sent."""
        return {field: edit.text() for field, edit in self.fields.items()
                if not edit.isReadOnly() and edit.text() != self.form.shown.get(field, "")}

    def save(self, expected_version: int | None = None) -> None:
        """Save in the background; the form closes when saved, and stays with its text if not."""
        changes = self.typed_changes()
        if not changes:
            self.accept()
            return
        database, user, person_id, values = (self.context.database, self._user, self._person_id,
                                             self.form.values)
        version = self.form.version if expected_version is None else expected_version
        save_in_background(self.context.tasks, self, "save person", lambda: save_person(
            database, user, person_id, version, values, changes), saved=self._saved,
            refused=self._refused)

    def _saved(self, form: PersonForm) -> None:
        self.form = form
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        if isinstance(error, EditConflict):
            self._resolve(error)
        elif isinstance(error, InvalidField):
            self._complain(error_text(error), self.fields.get(error.field))
        else:  # unreachable database, permission: input stays
            self._complain(error_text(error), None)

    def _resolve(self, conflict: EditConflict) -> None:
        """Window-modal, not a nested event loop: the answer comes to `_decided`."""
        self.conflict = ConflictDialog(conflict, self)
        self.conflict.finished.connect(lambda result: self._decided(conflict, result))
        self.conflict.open()

    def _decided(self, conflict: EditConflict, result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            self.save(conflict.current_version)
            return
        database, user, person_id = self.context.database, self._user, self._person_id

        def reloaded(shown: PersonShown) -> None:
            self._show_form(shown)
            self._complain(self.tr("Reloaded the saved version; your changes were discarded."),
                           None)

        load_in_background(self.context.tasks, self, "person",
                           lambda: load_person_shown(database, user, person_id), loaded=reloaded,
                           refused=lambda error: self._complain(error_text(error), None))

    def _complain(self, text: str, field: QLineEdit | None) -> None:
        self.message.setText(text)
        self.message.show()
        if field is not None:
            field.setFocus()
            field.selectAll()
