"""Fast daily temperatures, keyboard only: type a name (or Ctrl+N for the next member on duty
not yet checked), Tab, the temperature, Enter. The next entry starts at once.

A fever or "unwell" stands the member down at once and shows who can replace them.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.responder_health import find_responders, not_checked_today, record_temperature, replacements
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_labels import role_text
from ui.kit.widgets import hbox, label, vbox

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200


class TemperatureDialog(QDialog):
    def __init__(self, context: AppContext, station_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station_id = station_id
        self.chosen: tuple[int, str] | None = None
        self.unchecked: list[Any] = []
        self._pick_when_found = False
        self.setWindowTitle(translate("TemperatureDialog", "Daily temperatures"))
        self.resize(520, 480)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TemperatureDialog", "Member's name (Ctrl+N: next not yet checked)"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(120)
        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText(translate("TemperatureDialog", "°C, e.g. 36.5"))
        self.unwell = QCheckBox(translate("TemperatureDialog", "Reports feeling unwell"))
        self.message = label("", "formMessage", wrap=True)
        self.pending = label("", "pageSubtitle", wrap=True)
        self.setLayout(vbox(
            label(translate("TemperatureDialog", "Name"), ""), self.name, self.matches,
            hbox(label(translate("TemperatureDialog", "Temperature"), ""), self.temperature,
                 self.unwell),
            self.message, self.pending, margins=18, spacing=8))
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search.timeout.connect(self.search)
        self.name.textEdited.connect(lambda _text: self._typed_name())
        self.name.returnPressed.connect(self._take_first_match)
        self.matches.itemActivated.connect(self._pick)
        self.temperature.returnPressed.connect(self.record)
        next_key = QShortcut(QKeySequence("Ctrl+N"), self)
        next_key.activated.connect(self.pick_next_unchecked)
        self.load_unchecked()
        self.name.setFocus()

    # -- choosing the member ---------------------------------------------------------------
    def _typed_name(self) -> None:
        self.chosen = None
        self._search.start()

    def search(self) -> None:
        text, database, user, station = (self.name.text().strip(), self.context.database,
                                         self.context.user, self.station_id)
        if not text:
            self.matches.clear()
            return

        def work(_control: TaskControl) -> object:
            return find_responders(database, user, text, station)

        self.context.tasks.submit("find responders", work, succeeded=self._show_matches, owner=self)

    def _show_matches(self, found: Any) -> None:
        self.matches.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.name} · {role_text(choice.role)}")
            item.setData(Qt.ItemDataRole.UserRole, (choice.id, choice.name))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
            if self._pick_when_found:
                self._pick_when_found = False
                self._take_first_match()

    def _take_first_match(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self._pick(item)
        elif self.name.text().strip():
            self._pick_when_found = True
            self._search.stop()
            self.search()

    def _pick(self, item: QListWidgetItem) -> None:
        ident, name = item.data(Qt.ItemDataRole.UserRole)
        self.choose(int(ident), str(name))

    def choose(self, responder_id: int, name: str) -> None:
        self.chosen = (responder_id, name)
        self.name.setText(name)
        self.matches.clear()
        self.temperature.setFocus()
        self.temperature.selectAll()

    def pick_next_unchecked(self) -> None:
        if self.unchecked:
            first = self.unchecked[0]
            self.choose(first.responder_id, first.name)

    def load_unchecked(self) -> None:
        database, user, station = self.context.database, self.context.user, self.station_id

        def work(_control: TaskControl) -> object:
            return not_checked_today(database, user, station)

        def show(rows: Any) -> None:
            self.unchecked = list(rows)
            names = "、".join(row.name for row in self.unchecked[:12])
            text = translate("TemperatureDialog", "On duty, not yet checked today: %1").replace(
                "%1", str(len(self.unchecked)))
            self.pending.setText(text + ("\n" + names if names else ""))

        self.context.tasks.submit("unchecked members", work, succeeded=show, owner=self)

    # -- recording -------------------------------------------------------------------------
    def record(self) -> None:
        if self.chosen is None:
            self._take_first_match()
        if self.chosen is None:
            self.say(translate("TemperatureDialog", "Choose a member first: type a name and press Enter."), error=True)
            self.name.setFocus()
            return
        (responder_id, name), typed, unwell = self.chosen, self.temperature.text(), self.unwell.isChecked()
        database, user = self.context.database, self.context.user

        def work() -> object:
            outcome = record_temperature(database, user, responder_id, typed, unwell)
            found = [c for shift in outcome.ended_shift_ids[:1]
                     for c in replacements(database, user, shift)]
            return outcome, found

        def done(result: Any) -> None:
            outcome, found = result
            if outcome.stood_down:
                text = translate("TemperatureDialog", "%1: %2 °C — stood down.").replace("%1", name) \
                    .replace("%2", typed.strip())
                if outcome.ended_shift_ids:
                    text += " " + (translate("TemperatureDialog", "Can replace: %1").replace(
                        "%1", "、".join(c.name for c in found[:6])) if found else translate(
                        "TemperatureDialog", "Nobody of the same role is free and checked healthy."))
                self.say(text, error=True)
            else:
                self.say(translate("TemperatureDialog", "%1: %2 °C recorded.").replace("%1", name)
                         .replace("%2", typed.strip()))
            self.chosen = None
            self.name.clear()
            self.temperature.clear()
            self.unwell.setChecked(False)
            self.name.setFocus()
            self.load_unchecked()

        def refused(error: CanvassError) -> None:
            self.say(roster_error_text(error), error=True)
            self.temperature.setFocus()
            self.temperature.selectAll()

        save_in_background(self.context.tasks, self, "record temperature", work, saved=done,
                           refused=refused)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
