"""The case board's own controls: place and date filters, the per-status counts, and the moves
on the selected rows — open (Enter), move status (Ctrl+M), mark for transfer (Ctrl+T), add a
note (Ctrl+N), search (Ctrl+F). Bulk moves are all or nothing: the controller says which case
stopped them."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from controllers.browse.vocabulary import CASE_STATUSES
from controllers.cases.workflow import add_case_note, bulk_change_status, mark_for_transfer, statuses_for_selection
from controllers.runtime.tasks import TaskControl
from models.accounts.permissions import Permission
from models.errors import CanvassError
from ui.cases.detail import CaseDetailDialog
from ui.cases.dispatch_dialog import dispatch_button
from ui.cases.move_dialog import ReasonDialog, note_dialog, status_dialog
from ui.cases.person_flows import new_case
from ui.kit.formatting import count
from ui.kit.labels import case_status
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.kit.refusals.cases import case_error_text
from ui.kit.widgets import hbox, named_label

if TYPE_CHECKING:
    from ui.cases.view import CasesView

translate = QCoreApplication.translate
EARLIEST = QDate(2019, 12, 1)
STATUS_COLUMN = 2


def date_edit() -> QDateEdit:
    """A date that may be empty: its lowest value reads "any"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(EARLIEST)
    edit.setSpecialValueText(translate("CaseBoard", "any"))
    edit.setDate(EARLIEST)
    return edit


class CaseBoardControls:
    def __init__(self, view: CasesView) -> None:
        self.view = view
        self.place = QComboBox()
        self.place.addItem(translate("CaseBoard", "All stations and communities"), None)
        self.place.setMinimumContentsLength(8)
        self.place.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opened_from, self.opened_until = date_edit(), date_edit()
        self.place_row = hbox(QLabel(translate("CaseBoard", "Place")), self.place,
                              QLabel(translate("CaseBoard", "Opened from")), self.opened_from,
                              QLabel(translate("CaseBoard", "to")), self.opened_until, 1)
        self.status_counts = named_label("pageSubtitle", wrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        may_manage = view.context.user.may(Permission.MANAGE_CASES)
        self.buttons: dict[str, QPushButton] = {}
        self.action_row = QHBoxLayout()
        for key, text, keys, slot, managing in (
                ("open", translate("CaseBoard", "Open"), "Return", self.open_current, False),
                ("move", translate("CaseBoard", "Move status…"), "Ctrl+M", self.move_selected,
                 True),
                ("transfer", translate("CaseBoard", "Mark for transfer"), "Ctrl+T",
                 self.mark_selected, True),
                ("note", translate("CaseBoard", "Add note…"), "Ctrl+N", self.note_current, True),
                ("new", translate("CaseBoard", "New case…"), "Ctrl+Shift+N", self.new_case,
                 True)):
            # The keys go in the tooltip: the window must still fit a small wall-screen tile.
            button = QPushButton(text)
            button.setToolTip(QKeySequence(keys).toString(
                QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(slot)
            button.setVisible(may_manage or not managing)
            self.buttons[key] = button
            self.action_row.addWidget(button)
            if may_manage or not managing:
                self._shortcut(keys, slot, view.table if key == "open" else view)
        self._shortcut("Enter", self.open_current, view.table)
        self._shortcut("Ctrl+F", self.focus_search, view)
        self.dispatch = dispatch_button(view.context, view,
                                        lambda: next(iter(self.selected_ids()), None),
                                        lambda _order: view.refresh(), self._keep, self.say)
        if self.dispatch is not None:
            self.action_row.addWidget(self.dispatch)
        self.action_row.addWidget(self.message, 1)
        self.action_row.addStretch(0)
        view.table.setSelectionMode(view.table.SelectionMode.ExtendedSelection)
        view.table.doubleClicked.connect(lambda _index: self.open_current())
        self.place.currentIndexChanged.connect(lambda _i: view.apply_filters())
        self.opened_from.dateChanged.connect(lambda _d: view.apply_filters())
        self.opened_until.dateChanged.connect(lambda _d: view.apply_filters())
        self.dialog: QWidget | None = None
        self._load_places()

    def _shortcut(self, keys: str, slot: Callable[[], None], on: QWidget) -> None:
        shortcut = QShortcut(QKeySequence(keys), on, activated=slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _load_places(self) -> None:
        rows = self.view.rows

        def work(_control: TaskControl) -> Any:
            return rows.places()

        self.view.context.tasks.submit("case places", work, succeeded=self._show_places,
                                       owner=self.view)

    def _show_places(self, places: Any) -> None:
        for station_id, name, communities in places:
            self.place.addItem(name, ("station_id", station_id))
            for community_id, community in communities:
                self.place.addItem(f"    {community}", ("community_id", community_id))

    def filters(self) -> dict[str, object]:
        chosen: dict[str, object] = {}
        place = self.place.currentData()
        if place:
            chosen[place[0]] = place[1]
        for key, edit in (("opened_from", self.opened_from), ("opened_until", self.opened_until)):
            if edit.date() > EARLIEST:
                value = edit.date()
                chosen[key] = date(value.year(), value.month(), value.day())
        return chosen

    def show_status_counts(self, counts: Mapping[str, int]) -> None:
        self.status_counts.setText("   ".join(
            f"{case_status(s)} {count(counts.get(s, 0))}" for s in CASE_STATUSES))

    # -- the moves --------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.view.table.selectionModel().selectedRows()}
        current = self.view.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        ids = [self.view.model.row_id(row) for row in self.selected_rows()]
        return [i for i in ids if i is not None]

    def focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_current(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            dialog = CaseDetailDialog(self.view.context, ids[0], self.view)
        except CanvassError as error:
            self.say(case_error_text(error))
            return
        dialog.finished.connect(lambda _result: self.view.refresh())
        self.dialog = dialog
        dialog.open()

    def _bulk(self, dialog: ReasonDialog, save: Callable[[list[int]], object]) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def submit() -> str | None:
            try:
                save(ids)
            except CanvassError as error:
                return case_error_text(error)
            self.say(translate("CaseBoard", "%1 cases changed.").replace("%1", str(len(ids))))
            self.view.refresh()
            return None

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()

    def move_selected(self) -> None:
        statuses = {self.view.model.index(row, STATUS_COLUMN).data(VALUE_ROLE)
                    for row in self.selected_rows()}
        dialog = status_dialog(statuses_for_selection([str(s) for s in statuses if s]), self.view)
        context = self.view.context
        self._bulk(dialog, lambda ids: bulk_change_status(
            context.database, context.user, ids, dialog.chosen(), dialog.reason_text()))

    def mark_selected(self) -> None:
        context = self.view.context
        dialog = status_dialog(["awaiting_transfer"], self.view)
        self._bulk(dialog, lambda ids: mark_for_transfer(context.database, context.user, ids,
                                                          dialog.reason_text()))

    def note_current(self) -> None:
        context = self.view.context
        dialog = note_dialog(self.view)
        self._bulk(dialog, lambda ids: [add_case_note(context.database, context.user, i,
                                                      dialog.reason_text()) for i in ids[:1]])

    def new_case(self) -> None:
        def opened(case_id: int) -> None:
            self.say(translate("CaseBoard", "Case #%1 opened.").replace("%1", str(case_id)))
            self.view.refresh()

        new_case(self.view.context, self.view, opened, self._keep)

    def _keep(self, dialog: QWidget) -> None:
        self.dialog = dialog
