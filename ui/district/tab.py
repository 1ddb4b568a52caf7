"""One master table's tab: its paged list (the lazy table over the row source a controller
hands out), a search box, "show retired", and the actions — New (Ctrl+N), Edit (Enter or a
double-click), Retire or put back in use — plus the table's own (a vehicle out of service and
back, a delivery received), also on a row's right-click menu. After a change the list keeps the
changed record current (ui/kit/current_row.py), a new one too, wherever the order puts it."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from controllers.browse import RowSource
from controllers.district.records import district_choices, master_record, retire_master_record
from controllers.runtime.context import AppContext
from models.district.tables import DistrictChoices, MasterRecord, MasterTable
from models.errors import CanvassError
from ui.district.form import RecordForm
from ui.district.forms import FORMS
from ui.district.texts import district_error_text, record_title, table_title
from ui.kit.background import load_in_background, save_in_background
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.kit.table_page import TablePage
from ui.kit.widgets import named_label

translate = QCoreApplication.translate


class MasterTab(TablePage):
    """The list and actions of one master table (`table`)."""

    retires = True      # a stock line is never retired

    def __init__(self, context: AppContext, table: MasterTable, source: RowSource,
                 live: frozenset[str], search: str = "") -> None:
        self.master = table
        self.live_tables = live | {table.value}
        super().__init__(context, source, table_title(table),
                         search or translate("DistrictTab", "Name or code starts with…"))
        self.title.hide()
        self.search.setMinimumWidth(220)
        self.page_box.setContentsMargins(0, 8, 0, 0)
        self.show_retired = QCheckBox(translate("DistrictTab", "Show retired"))
        self.show_retired.toggled.connect(lambda _on: self.apply_filters())
        self.show_retired.setVisible(self.retires)
        self.new_button = self.button(translate("DistrictTab", "New…"), "Ctrl+N", self.new_record)
        self.edit_button = self.button(translate("DistrictTab", "Edit…"), "", self.edit_current)
        self.retire_button = self.button(translate("DistrictTab", "Retire…"), "",
                                         self.retire_current)
        self.retire_button.setVisible(self.retires)
        self.message = named_label("formMessage", wrap=True)
        self.filter_bar.addWidget(self.show_retired)
        self.filter_bar.addStretch(1)
        for widget in self.action_widgets():
            self.filter_bar.addWidget(widget)
        self.page_box.insertWidget(2, self.message)
        self.message.hide()
        self.open_rows_with(self.edit_index)
        self.table.setToolTip(translate("DistrictTab", "Enter or a double-click edits the row."))
        self.forms: list[RecordForm] = []
        self.table.record_changed.connect(lambda _record: self.update_actions())
        self.table.row_menu.add_buttons([widget for widget in self.action_widgets()
                                         if isinstance(widget, QPushButton)
                                         and widget not in (self.new_button, self.edit_button)])
        self.model.dataChanged.connect(lambda *_args: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.update_actions()

    # -- what a tab adds ---------------------------------------------------------------------
    def action_widgets(self) -> list[QWidget]:
        return [self.new_button, self.edit_button, self.retire_button]

    def update_actions(self) -> None:
        """Buttons as the selected row allows: retire an active row, put a retired one back."""
        active = self.current_value("active")
        self.edit_button.setEnabled(self.current_id() is not None)
        self.retire_button.setEnabled(active is not None)
        self.retire_button.setText(translate("DistrictTab", "Put back in use") if active is False
                                   else translate("DistrictTab", "Retire…"))

    # -- helpers -----------------------------------------------------------------------------
    def button(self, text: str, keys: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        if keys:
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(slot)
        return button

    def filters(self) -> dict[str, object]:
        found: dict[str, object] = {"text": self.search.text().strip()}
        if self.retires:
            found["active_only"] = not self.show_retired.isChecked()
        return found

    def current_id(self) -> int | None:
        return self.table.current_record()

    def current_value(self, key: str) -> Any:
        index = self.table.currentIndex()
        keys = [column.key for column in self.model.source.columns]
        if not index.isValid() or key not in keys:
            return None
        return self.model.data(self.model.index(index.row(), keys.index(key)), VALUE_ROLE)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refused(self, error: CanvassError) -> None:
        self.say(district_error_text(error))

    # -- the actions -------------------------------------------------------------------------
    def new_record(self) -> None:
        self.open_form(None)

    def edit_current(self) -> None:
        self.edit_index(self.table.currentIndex())

    def edit_index(self, index: QModelIndex) -> None:
        row_id = self.model.row_id(index.row()) if index.isValid() else None
        if row_id is not None:
            self.open_form(row_id)

    def open_form(self, row_id: int | None) -> None:
        """Read the record and the choices off the UI thread, then open its form."""
        database, user, table = self.context.database, self.context.user, self.master

        def read() -> tuple[MasterRecord, DistrictChoices]:
            return master_record(database, user, table, row_id), district_choices(database, user)

        load_in_background(self.context.tasks, self, f"open {table.value}", read,
                           loaded=self._show_form, refused=self.refused,
                           busy=[self.new_button, self.edit_button])

    def _show_form(self, loaded: tuple[MasterRecord, DistrictChoices]) -> None:
        record, choices = loaded
        form = FORMS[self.master](self.context, record, choices, self)
        form.accepted.connect(lambda: self._form_saved(form))
        self.forms = [f for f in self.forms if f.isVisible()] + [form]
        self.say("")
        form.open()

    def _form_saved(self, form: RecordForm) -> None:
        if form.saved_record is not None and form.saved_record.id is not None:
            self.table.keep_record(form.saved_record.id)
        self.refresh()

    def retire_current(self) -> None:
        row_id, active = self.current_id(), self.current_value("active")
        if row_id is None or active is None:
            return
        if not active:
            self.set_retired(row_id, False)
            return
        name = str(self.current_value("name") or self.current_value("plate") or "")
        ask = QMessageBox(QMessageBox.Icon.Question, translate("DistrictTab", "Retire"),
                          translate("DistrictTab", "Retire %1 %2? It stays in the records that "
                                                   "point to it, but cannot be chosen any more.")
                          .replace("%1", record_title(self.master)).replace("%2", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ask.finished.connect(lambda result: self.set_retired(row_id, True)
                             if result == QMessageBox.StandardButton.Yes.value else None)
        ask.open()
        self.confirmation = ask

    def set_retired(self, row_id: int, retired: bool) -> None:
        database, user, table = self.context.database, self.context.user, self.master
        self.run(f"retire {table.value}", lambda: retire_master_record(
            database, user, table, row_id, retired))

    def run(self, name: str, work: Callable[[], MasterRecord]) -> None:
        """One action on the selected row, in the background; the list follows."""
        def done(record: MasterRecord) -> None:
            if record.id is not None:
                self.table.keep_record(record.id)
            self.say("")
            self.refresh()
        # No `busy` buttons: a held button is relabelled "Saving…", and a button's new label
        # drops its shortcut. A second press while this runs is ignored all the same.
        save_in_background(self.context.tasks, self, name, work, saved=done, refused=self.refused)
