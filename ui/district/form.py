"""The edit form every master table shares: its fields built from small helpers, the record
loaded before it opens, saved in the background; a refusal is said beside the form and the
field at fault takes the focus with everything typed still there; someone else's save meanwhile
is shown side by side (ConflictDialog) and the person decides.

Only the fields the person changed are sent, with the values the form showed (the conflict
dialog's "when you opened it"), so a masked identifier is never written back.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from controllers.browse.words import Vocabulary
from controllers.district.records import master_record, save_master_record
from controllers.runtime.context import AppContext
from models.district.tables import Choice, DistrictChoices, MasterRecord
from models.errors import CanvassError, EditConflict
from ui.district.texts import district_error_text, record_title
from ui.kit.background import load_in_background, save_in_background
from ui.kit.conflict_dialog import ConflictDialog
from ui.kit.field_names import field_name
from ui.kit.widgets import hbox, named_label

translate = QCoreApplication.translate
Getter = Callable[[], Any]
Setter = Callable[[Any], None]


def text_of(value: Any) -> str:
    return "" if value is None else str(value)


class RecordForm(QDialog):
    """Subclasses lay out their fields in `build` with the helpers below (in tab order)."""

    def __init__(self, context: AppContext, record: MasterRecord, choices: DistrictChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.record, self.choices = context, record, choices
        self.fields: dict[str, tuple[QWidget, Getter, Setter]] = {}
        self.labels: dict[str, str] = {}
        self.conflict: ConflictDialog | None = None
        self.saved_record: MasterRecord | None = None
        title = record_title(record.table)
        self.setWindowTitle(title if record.id is not None else
                            translate("DistrictForm", "New %1").replace("%1", title))
        self.layout_form = QFormLayout()
        self.facts = named_label("formNote", wrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.build()
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        box.addLayout(self.layout_form)
        box.addWidget(self.facts)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.show_record(record)

    # -- what a table's form says ------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def facts_text(self, record: MasterRecord) -> str:
        """What the form shows but does not edit (beds taken, a vehicle's status)."""
        return ""

    def after_show(self) -> None:
        """Fill what depends on other fields once the record is shown (a station's teams)."""

    # -- the helpers -------------------------------------------------------------------------
    def add(self, key: str, widget: QWidget, get: Getter, put: Setter, label: str = "") -> None:
        self.fields[key] = (widget, get, put)
        self.labels[key] = label or field_name(key)
        self.layout_form.addRow(self.labels[key], widget)

    def text(self, key: str, length: int, label: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        self.add(key, edit, edit.text, lambda value: edit.setText(text_of(value)), label)
        return edit

    def coordinate(self, key: str) -> QLineEdit:
        """Typed as text: the workbook's rule says what is wrong with "30,59" or 300."""
        edit = QLineEdit()
        edit.setMaxLength(12)
        edit.setPlaceholderText("30.59" if key == "latitude" else "114.30")
        self.add(key, edit, edit.text, lambda value: edit.setText(text_of(value)))
        return edit

    def number(self, key: str, placeholder: str = "") -> QLineEdit:
        """A count typed as text, as in the workbook: its rules say what is wrong with "1.5",
        and "1,000" is a thousand. Left empty, an optional count is "not recorded"."""
        edit = QLineEdit()
        edit.setMaxLength(12)
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add(key, edit, edit.text, lambda value: edit.setText(text_of(value)))
        return edit

    def choice(self, key: str, words: Vocabulary, values: list[str]) -> QComboBox:
        box = QComboBox()
        for value in values:
            box.addItem(words.word(value), value)
        self.add(key, box, box.currentData, lambda value: box.setCurrentIndex(
            max(box.findData(value), 0)))
        return box

    def reference(self, key: str, optional: bool = False) -> QComboBox:
        """A station, team or lodging; `fill_reference` offers the ones in use (and the current)."""
        box = QComboBox()
        box.setProperty("optional", optional)
        box.setMinimumContentsLength(14)
        self.add(key, box, box.currentData, lambda value: self.fill_reference(key, value))
        return box

    def fill_reference(self, key: str, current: Any, station_id: int | None = None) -> None:
        box = self.fields[key][0]
        assert isinstance(box, QComboBox)
        options = self.options(key)
        box.blockSignals(True)
        box.clear()
        if box.property("optional"):
            box.addItem(translate("DistrictForm", "— none —"), None)
        for choice in options:
            if choice.id == current or (choice.active and (
                    station_id is None or choice.station_id in (None, station_id))):
                shown = choice.name if choice.active else translate(
                    "DistrictForm", "%1 (retired)").replace("%1", choice.name)
                box.addItem(shown, choice.id)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def options(self, key: str) -> tuple[Choice, ...]:
        return {"station_id": self.choices.stations, "team_id": self.choices.teams,
                "lodging_id": self.choices.lodgings}[key]

    def checks(self, key: str, words: Vocabulary, values: list[str]) -> dict[str, QCheckBox]:
        boxes = {value: QCheckBox(words.word(value)) for value in values}
        row = QWidget()
        row.setLayout(hbox(*boxes.values(), 1, spacing=12))

        def get() -> tuple[str, ...]:
            return tuple(value for value, box in boxes.items() if box.isChecked())

        def put(chosen: Any) -> None:
            for value, box in boxes.items():
                box.setChecked(value in set(chosen or ()))
        self.add(key, row, get, put)
        return boxes

    # -- showing and saving ------------------------------------------------------------------
    def show_record(self, record: MasterRecord) -> None:
        self.record = record
        for key, (_widget, _get, put) in self.fields.items():
            put(record.values.get(key))
        self.after_show()
        facts = self.facts_text(record)
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the record's, as their value is sent."""
        found: dict[str, Any] = {}
        for key, (_widget, get, _put) in self.fields.items():
            value, before = get(), self.record.values.get(key)
            if isinstance(value, tuple):
                if sorted(map(str, value)) != sorted(map(str, before or ())):
                    found[key] = value
            elif text_of(value) != text_of(before):
                found[key] = value
        return found

    def save(self, expected_version: int | None = None) -> None:
        changes = self.changes()
        if not changes and self.record.id is not None:
            self.accept()
            return
        database, user, record = self.context.database, self.context.user, self.record
        version = record.version if expected_version is None else expected_version
        original = {key: record.values.get(key) for key in changes}
        save_in_background(self.context.tasks, self, f"save {record.table.value}", lambda: (
            save_master_record(database, user, record.table, record.id, version, original,
                               changes)), saved=self._saved, refused=self._refused)

    def _saved(self, record: MasterRecord) -> None:
        self.saved_record = record
        self.record = record
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        if isinstance(error, EditConflict):
            self.conflict = ConflictDialog(error, self)
            self.conflict.finished.connect(lambda result: self._decided(error, result))
            self.conflict.open()
            return
        self.say(district_error_text(error, lambda key: self.labels.get(key, field_name(key))),
                 getattr(error, "field", None))

    def _decided(self, conflict: EditConflict, result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            self.save(conflict.current_version)
            return
        database, user, record = self.context.database, self.context.user, self.record

        def reloaded(fresh: MasterRecord) -> None:
            self.show_record(fresh)
            self.say(translate("DistrictForm", "Reloaded the saved version; your changes were "
                                               "discarded."), None)

        load_in_background(self.context.tasks, self, "reload", lambda: master_record(
            database, user, record.table, record.id), loaded=reloaded,
            refused=lambda error: self.say(district_error_text(error), None))

    def say(self, text: str, field: str | None) -> None:
        self.message.setText(text)
        self.message.show()
        widget = self.fields.get(field or "", (None,))[0]
        if widget is not None:
            inner = widget.findChild(QCheckBox) if type(widget) is QWidget else None
            (inner or widget).setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
