"""Find a person in the register as you type: name, resident ID or its last digits, phone.

The search runs on the task runner (it answers in about a millisecond at district scale, but a
shared server may be slow); only the newest answer is shown.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.register.search import FoundPerson, find_persons
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from ui.kit.widgets import named_label

TYPING_DELAY_MS = 200


class PersonSearchDialog(QDialog):
    """Accepted with `chosen()` = the person id of the selected row."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.query = QLineEdit(maxLength=64)
        self.query.setPlaceholderText(
            self.tr("Name, resident ID, its last digits, or phone")
            if context.user.sees_full_identifiers   # the others find by whole identifiers only
            else self.tr("Name, whole resident ID or whole phone"))
        self.results = QTableWidget(0, 5)
        self.results.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Resident ID"),
                                                self.tr("Phone"), self.tr("Community"),
                                                self.tr("Open case")])
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.results.doubleClicked.connect(lambda _index: self.accept())
        self.note = named_label("pageSubtitle")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.results, 1)
        box.addWidget(self.note)
        box.addWidget(self.buttons)
        self._found: list[FoundPerson] = []
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(640, 420)

    def search(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.query.text()
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> Any:
            return find_persons(database, user, text)

        def done(found: Any) -> None:
            if generation == self._generation:
                self.show_found(found)

        self.context.tasks.submit("person search", work, succeeded=done, owner=self)

    def show_found(self, found: list[FoundPerson]) -> None:
        self._found = found
        self.results.setRowCount(len(found))
        for row, person in enumerate(found):
            case = self.tr("#%1").replace("%1", str(person.open_case_id)) \
                if person.open_case_id else ""
            for column, text in enumerate((person.name, person.resident_id, person.phone,
                                           person.community, case)):
                self.results.setItem(row, column, QTableWidgetItem(text))
        if found:
            self.results.selectRow(0)
        self.note.setText(self.tr("%1 found").replace("%1", str(len(found))))

    def _enter(self) -> None:
        if self._timer.isActive() or not self._found:
            self._timer.stop()
            self.search()
        else:
            self.accept()

    def chosen(self) -> FoundPerson | None:
        row = self.results.currentRow()
        return self._found[row] if 0 <= row < len(self._found) else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
