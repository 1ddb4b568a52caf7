"""A person's window: the editable form (what was typed survives every failure, a conflict is
shown side by side), and the person's file in tabs — their cases, screenings, household and its
visits (ui/kit/person_file_tabs.py) — with the record's history.

The person, their file and history are loaded before the window opens (`open_person_dialog`),
and the save runs in the background: the window never shows fields it cannot yet fill. Enter on a
household member opens that person's window; on a case, the case, through `open_case` (the
screen that opened the window knows how)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.accounts.audit_log import HistoryEntry, record_history
from controllers.register.person_file import PersonFile, load_person_file
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
from ui.kit.person_file_tabs import PersonFileTabs
from ui.kit.widgets import named_label

PersonShown = tuple[PersonForm, list[HistoryEntry], PersonFile]
CaseOpener = Callable[[int], None]


def load_person_shown(database: Database, user: SignedInUser, person_id: int) -> PersonShown:
    """The form, its history and the person's file, read together (on the task runner)."""
    form = load_person(database, user, person_id)
    return (form, record_history(database, user, "person", form.id),
            load_person_file(database, user, person_id))


def open_person_dialog(context: AppContext, person_id: int, owner: QWidget,
                       opened: Callable[[PersonDialog], None],
                       refused: Callable[[CanvassError], None],
                       open_case: CaseOpener | None = None) -> None:
    """Load the person in the background, then give `opened` the window (not yet shown). Once
    closed the window is deleted (after `finished` has been told): a clerk opens hundreds of
    persons in a day, and each window kept held its file's tabs and history."""
    database, user = context.database, context.user

    def loaded(shown: PersonShown) -> None:
        dialog = PersonDialog(context, shown, owner, open_case)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        opened(dialog)

    load_in_background(context.tasks, owner, "person",
                       lambda: load_person_shown(database, user, person_id), loaded=loaded,
                       refused=refused)


class PersonDialog(QDialog):
    def __init__(self, context: AppContext, shown: PersonShown,
                 parent: QWidget | None = None, open_case: CaseOpener | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person"))
        self.context = context
        self.open_case = open_case
        self.others: list[QDialog] = []          # windows of household members opened from here
        self._user = context.user
        self.form = shown[0]
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
        self.file = PersonFileTabs()
        self.file.case_chosen.connect(self._case_chosen)
        self.file.person_chosen.connect(self.open_member)
        self.history = HistoryPanel(self)
        self.file.addTab(self.history, self.tr("History"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setVisible(self._user.may(Permission.EDIT_REGISTER))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(layout)
        box.addWidget(self.message)
        box.addWidget(self.file, 1)
        box.addWidget(buttons)
        self._show_form(shown)
        self.resize(720, 600)

    def _case_chosen(self, case_id: int) -> None:
        if self.open_case is not None:
            self.open_case(case_id)

    def open_member(self, person_id: int) -> None:
        """A household member's own window, from which their cases open the same way."""
        def opened(dialog: PersonDialog) -> None:
            self.others.append(dialog)
            dialog.open()

        open_person_dialog(self.context, person_id, self, opened,
                           lambda error: self._complain(error_text(error), None), self.open_case)

    def _show_form(self, shown: PersonShown) -> None:
        self.form, history, file = shown
        self.setWindowTitle(self.tr("Person: %1").replace("%1", file.name))
        self.file.show_file(file)
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
