"""Fast daily temperatures, keyboard only: type a name (or Ctrl+N for the next member on duty
not yet checked), Tab, the temperature, Enter. The next entry starts at once.

Entries are queued and saved one after another, so Enter never waits for the database; the
members queued or saved in this sitting are crossed off the "not yet checked" list at once (Ctrl+N
cannot pick one twice while its save is under way), and the list follows other workstations'
checks through the change feed. A fever or "unwell" stands the member down and shows who can
replace them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget

from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from controllers.teams.responder_health import (
    checked_temperature,
    find_responders,
    not_checked_today,
    record_temperature,
    replacements,
)
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.refusals.teams import roster_error_text
from ui.kit.role_labels import role_text
from ui.kit.widgets import hbox, label, vbox

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
LIVE_TABLES = ("temperature_check", "duty_shift", "responder")


@dataclass(frozen=True)
class Entry:
    """One member's reading, typed and waiting for (or under) its save."""
    responder_id: int
    name: str
    typed: str
    unwell: bool


class TemperatureDialog(QDialog):
    def __init__(self, context: AppContext, station_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.station_id = station_id
        self.chosen: tuple[int, str] | None = None
        self.unchecked: list[Any] = []
        self.taken: set[int] = set()        # queued, saving or saved in this sitting
        self.queue: list[Entry] = []
        self.saving: Entry | None = None
        self._pick_when_found = False
        self._loading = self._load_again = False
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
        context.feed.changed.connect(self._on_feed)
        self.load_unchecked()
        self.name.setFocus()

    # -- choosing the member ---------------------------------------------------------------
    def _typed_name(self) -> None:
        self.chosen = None
        self._pick_when_found = False   # Enter was for an earlier name, not this one
        self._search.start()

    def search(self) -> None:
        text, database, user, station = (self.name.text().strip(), self.context.database,
                                         self.context.user, self.station_id)
        if not text:
            self.matches.clear()
            return

        def work(_control: TaskControl) -> object:
            return find_responders(database, user, text, station)

        self.context.tasks.submit("find responders", work, owner=self,
                                  succeeded=lambda found: self._show_matches(text, found))

    def _show_matches(self, text: str, found: Any) -> None:
        if text != self.name.text().strip():
            return              # an answer for a name since changed: a newer search is coming
        pick, self._pick_when_found = self._pick_when_found, False
        self.matches.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.name} · {role_text(choice.role)}")
            item.setData(Qt.ItemDataRole.UserRole, (choice.id, choice.name))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
            if pick:
                self._take_first_match()
        elif pick:
            self.say(translate("TemperatureDialog", "No member matches “%1”.").replace("%1", text),
                     error=True)

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

    def still_unchecked(self) -> list[Any]:
        """Not yet checked today, less those typed in this sitting (saved or not yet)."""
        return [row for row in self.unchecked if row.responder_id not in self.taken]

    def pick_next_unchecked(self) -> None:
        """The next member to check: after the one chosen now, so Ctrl+N again moves on."""
        rows = self.still_unchecked()
        if not rows:
            return
        ids = [row.responder_id for row in rows]
        current = self.chosen[0] if self.chosen is not None else None
        following = rows[(ids.index(current) + 1) % len(rows)] if current in ids else rows[0]
        self.choose(following.responder_id, following.name)

    def load_unchecked(self) -> None:
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        database, user, station = self.context.database, self.context.user, self.station_id

        def work(_control: TaskControl) -> object:
            return not_checked_today(database, user, station)

        def show(rows: Any) -> None:
            self._loading = False
            self.unchecked = list(rows)
            self.show_pending()
            if self._load_again:
                self._load_again = False
                self.load_unchecked()

        self.context.tasks.submit("unchecked members", work, succeeded=show, owner=self)

    def show_pending(self) -> None:
        rows = self.still_unchecked()
        names = "、".join(row.name for row in rows[:12])
        text = translate("TemperatureDialog", "On duty, not yet checked today: %1").replace(
            "%1", str(len(rows)))
        self.pending.setText(text + ("\n" + names if names else ""))

    def _on_feed(self, change: ChangeSet) -> None:
        """Another workstation checked someone, or the duty changed: the count follows."""
        if change.touches(*LIVE_TABLES):
            self.load_unchecked()

    # -- recording -------------------------------------------------------------------------
    def record(self) -> None:
        """Check the reading, queue its save and clear the form for the next member at once."""
        if self.chosen is None:
            self._take_first_match()
        if self.chosen is None:
            self.say(translate("TemperatureDialog", "Choose a member first: type a name and press Enter."), error=True)
            self.name.setFocus()
            return
        try:
            checked_temperature(self.temperature.text())
        except CanvassError as error:
            self._refused_reading(error)
            return
        (responder_id, name) = self.chosen
        self.queue.append(Entry(responder_id, name, self.temperature.text(),
                                self.unwell.isChecked()))
        self.taken.add(responder_id)
        self.chosen = None
        self.name.clear()
        self.temperature.clear()
        self.unwell.setChecked(False)
        self.name.setFocus()
        self.show_pending()
        self._save_next()

    def _refused_reading(self, error: CanvassError) -> None:
        self.say(roster_error_text(error), error=True)
        self.temperature.setFocus()
        self.temperature.selectAll()

    def _save_next(self) -> None:
        """One save at a time, in the order typed."""
        if self.saving is not None or not self.queue:
            return
        entry = self.saving = self.queue.pop(0)
        database, user = self.context.database, self.context.user

        def work() -> object:
            outcome = record_temperature(database, user, entry.responder_id, entry.typed,
                                         entry.unwell)
            found = [c for shift in outcome.ended_shift_ids[:1]
                     for c in replacements(database, user, shift)]
            return outcome, found

        save_in_background(self.context.tasks, self, "record temperature", work,
                           saved=lambda result: self._saved(entry, result),
                           refused=lambda error: self._refused(entry, error))

    def _saved(self, entry: Entry, result: Any) -> None:
        outcome, found = result
        typed = entry.typed.strip()
        if outcome.stood_down:
            text = translate("TemperatureDialog", "%1: %2 °C — stood down.").replace(
                "%1", entry.name).replace("%2", typed)
            if outcome.ended_shift_ids:
                text += " " + (translate("TemperatureDialog", "Can replace: %1").replace(
                    "%1", "、".join(c.name for c in found[:6])) if found else translate(
                    "TemperatureDialog", "Nobody of the same role is free and checked healthy."))
            self.say(text, error=True)
        else:
            self.say(translate("TemperatureDialog", "%1: %2 °C recorded.").replace(
                "%1", entry.name).replace("%2", typed))
        self._next_after(entry)

    def _refused(self, entry: Entry, error: CanvassError) -> None:
        """Not saved: the member goes back on the list to be entered again."""
        self.taken.discard(entry.responder_id)
        self.say(f"{entry.name}: {roster_error_text(error)}", error=True)
        self.show_pending()
        self._next_after(entry)

    def _next_after(self, entry: Entry) -> None:
        self.saving = None
        self._save_next()
        if self.saving is None:
            self.load_unchecked()   # the queue is empty: what the database now says

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
