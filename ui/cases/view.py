"""病例: the case board — cases of the four categories, a count chip per category and a count
per status always in sight, filters by place, opening date and free text, and the moves a
dispatcher makes on the selected rows without the mouse: open (Enter), move status (Ctrl+M),
mark for transfer (Ctrl+T), add a note (Ctrl+N), new case (Ctrl+Shift+N), dispatch, search
(Ctrl+F). Bulk moves are all or nothing: the controller says which case stopped them. They act
on the whole selection, rows not loaded included (Ctrl+A is the whole list: ui/kit/selection.py).

The chips are the filter and the answer at once: "confirmed 12" both says how many and, when
pressed, shows them. Their counts come from one GROUP BY on the task runner, under the same
filters as the list except the category itself.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from controllers.browse import Kind
from controllers.browse.vocabulary import CASE_STATUSES, CATEGORIES
from controllers.cases.rows import case_rows
from controllers.cases.workflow import (
    RowSelection,
    bulk_change_status,
    mark_for_transfer,
    note_selected_cases,
    open_case_for_person,
    statuses_for_selection,
)
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from ui.cases import person_flows
from ui.cases.detail import CaseDetailDialog, open_case_detail
from ui.cases.dispatch_dialog import dispatch_button
from ui.cases.move_dialog import ReasonDialog, note_dialog, status_dialog
from ui.cases.time_in_status import TICK_MS, TimeInStatusDelegate
from ui.kit.background import save_in_background
from ui.kit.dates import DateFilter, open_on_campaign_day
from ui.kit.filters import PlaceFilter, ValueFilter
from ui.kit.formatting import count
from ui.kit.labels import CATEGORY_COLORS, case_status, category_short
from ui.kit.labels import category as category_label
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.kit.refusals.cases import case_error_text
from ui.kit.role_actions import action_button, key_text
from ui.kit.selection import loaded_ids, row_selection
from ui.kit.table_page import TablePage
from ui.kit.widgets import dot_icon, hbox, named_label, shortcut

translate = QCoreApplication.translate
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


class CasesView(TablePage):
    live_tables = frozenset({"person_case", "person", "community"})
    view_id = "cases"

    def __init__(self, context: AppContext) -> None:
        self.rows = case_rows(context.database, context.user)
        # A role that sees identifiers masked finds by a whole ID or phone only: the hint says so.
        hint = (translate("CasesView", "Name, ID digits or phone…  Ctrl+F")
                if context.user.sees_full_identifiers
                else translate("CasesView", "Name, whole ID or whole phone…  Ctrl+F"))
        super().__init__(context, self.rows, translate("CasesView", "Cases"), hint)
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self._chip_values: dict[int, str | None] = {}
        chip_row = hbox(spacing=8)
        for index, value in enumerate((None, *CATEGORIES)):
            chip = QPushButton()
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setProperty("category", value or "all")
            chip.setChecked(value is None)
            if value is not None:
                chip.setIcon(dot_icon(CATEGORY_COLORS[value]))
                chip.setToolTip(category_label(value))
            self.chips.addButton(chip, index)
            self._chip_values[index] = value
            chip_row.addWidget(chip)
        chip_row.addStretch(1)
        self.chips.idClicked.connect(lambda _id: self.apply_filters())
        self.status = ValueFilter(Kind.CASE_STATUS, CASE_STATUSES,
                                  translate("CasesView", "All statuses"))
        self.status.on_change(self.apply_filters)
        self.open_only = QCheckBox(translate("CasesView", "Open cases only"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.apply_filters())
        self.filter_bar.addWidget(self.status)
        self.filter_bar.addWidget(self.open_only)
        self.page_box.insertLayout(2, chip_row)
        self.place = PlaceFilter()
        self.opened_from, self.opened_until = DateFilter(), DateFilter()
        place_row = hbox(QLabel(translate("CaseBoard", "Place")), self.place,
                         QLabel(translate("CaseBoard", "Opened from")), self.opened_from,
                         QLabel(translate("CaseBoard", "to")), self.opened_until, 1)
        self.status_counts = named_label("pageSubtitle", wrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons: dict[str, QPushButton] = {}
        action_row = self._action_row(context)
        self.table.empty_text = translate("CasesView", "No cases match the filters.")
        self.opens_single_match(lambda _index: self.open_current())
        self.table.row_menu.add_buttons(list(self.buttons.values()))
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        keys = [column.key for column in self.rows.columns]
        self.status_column = keys.index("status")
        self.table.setItemDelegateForColumn(keys.index("status_since"), TimeInStatusDelegate(
            self.status_column, self.table))
        self.clock_tick = QTimer(self, interval=TICK_MS)   # the times in status move on
        self.clock_tick.timeout.connect(self.table.viewport().update)
        self.clock_tick.start()
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.place.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.opened_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.opened_until.dateChanged.connect(lambda _d: self.apply_filters())
        self.dialog: QWidget | None = None
        self._load_places()
        open_on_campaign_day(context, self, [self.opened_from, self.opened_until])
        self.page_box.insertLayout(3, place_row)
        self.page_box.insertWidget(4, self.status_counts)
        self.page_box.addLayout(action_row)
        self._counts_generation = 0
        self._counts_loading = False
        self._by_status: dict[str, int] = {}
        self._show_chip_counts({})

    def _action_row(self, context: AppContext) -> QHBoxLayout:
        """The moves' buttons under the list, and their keys: only the moves this user's role may
        make (ui/kit/role_actions.py). The keys go in the tooltips: the window must still fit a
        small wall-screen tile."""
        user = context.user
        row = QHBoxLayout()
        opener = QPushButton(translate("CaseBoard", "Open"))
        opener.setToolTip(key_text("Return"))
        opener.clicked.connect(self.open_current)
        shortcut("Return", self.table, self.open_current, WITH_CHILDREN)
        self.buttons["open"] = opener
        row.addWidget(opener)
        for key, gate, text, keys, slot in (
                ("move", bulk_change_status, translate("CaseBoard", "Move status…"), "Ctrl+M",
                 self.move_selected),
                ("transfer", mark_for_transfer, translate("CaseBoard", "Mark for transfer"),
                 "Ctrl+T", self.mark_selected),
                ("note", note_selected_cases, translate("CaseBoard", "Add note…"), "Ctrl+N",
                 self.note_selected),
                ("new", open_case_for_person, translate("CaseBoard", "New case…"),
                 "Ctrl+Shift+N", self.new_case)):
            button = action_button(user, gate, text, slot, keys, key_on=self,
                                   context=WITH_CHILDREN)
            if button is not None:
                self.buttons[key] = button
                row.addWidget(button)
        shortcut("Enter", self.table, self.open_current, WITH_CHILDREN)
        self.dispatch = dispatch_button(context, self,
                                        lambda: next(iter(self.selected_ids()), None),
                                        lambda _order: self.refresh(), self._keep, self.say)
        if self.dispatch is not None:
            row.addWidget(self.dispatch)
        row.addWidget(self.message, 1)
        row.addStretch(0)
        return row

    # -- filters and counts -----------------------------------------------------------------
    def category(self) -> str | None:
        return self._chip_values.get(self.chips.checkedId())

    def filters(self) -> dict[str, object]:
        return {"text": self.search.text().strip()[:64], "category": self.category(),
                "status": self.status.value(), "open_only": self.open_only.isChecked(),
                **self.place.chosen(), "opened_from": self.opened_from.value(),
                "opened_until": self.opened_until.value()}

    def apply_filters(self) -> None:
        super().apply_filters()
        self._count_chips()

    def count_text(self, number: int) -> str:
        return translate("CasesView", "Total: %1", "cases").replace("%1", count(number))

    def is_loading(self) -> bool:
        return super().is_loading() or self._counts_loading

    def _load_places(self) -> None:
        rows = self.rows

        def work(_control: TaskControl) -> Any:
            return rows.places()

        self.context.tasks.submit("case places", work, succeeded=self._show_places, owner=self)

    def _show_places(self, places: Any) -> None:
        self.place.fill(places)

    def _count_chips(self) -> None:
        self._counts_generation += 1
        generation, rows = self._counts_generation, self.rows
        filters = {key: value for key, value in self.filters().items() if value not in (None, "")}
        self._counts_loading = True

        def work(_control: TaskControl) -> tuple[dict[str, int], dict[str, int]]:
            return rows.counts_by_category(filters), rows.counts_by_status(filters)

        def done(result: Any) -> None:
            if generation == self._counts_generation:
                by_category, by_status = result
                self._show_chip_counts(by_category)
                self._by_status = dict(by_status)
                self.status.show_counts(by_status)
                self._show_status_counts(by_status)

        def finished() -> None:
            if generation == self._counts_generation:
                self._counts_loading = False

        self.context.tasks.submit("case counts", work, succeeded=done, finished=finished,
                                  owner=self)

    def _show_chip_counts(self, counts: dict[str, int]) -> None:
        for index, value in self._chip_values.items():
            button = self.chips.button(index)
            number = sum(counts.values()) if value is None else counts.get(value, 0)
            name = translate("CasesView", "All") if value is None else category_short(value)
            button.setText(f"{name}  {count(number)}")

    def _show_status_counts(self, counts: Mapping[str, int]) -> None:
        self.status_counts.setText("   ".join(
            f"{case_status(s)} {count(counts.get(s, 0))}" for s in CASE_STATUSES))

    # -- the moves --------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The loaded selected rows' cases, for the one-case moves (open, dispatch): the bulk
        moves take the whole selection (`_bulk`)."""
        return loaded_ids(row_selection(self.table, self.model))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_case(ids[0])

    def open_case(self, case_id: int) -> None:
        """The case's window (from this board, or from another screen: a person's window)."""
        def opened(dialog: CaseDetailDialog) -> None:
            dialog.finished.connect(lambda _result: self.refresh())
            self._keep(dialog)
            dialog.open()

        open_case_detail(self.context, case_id, self, opened,
                         lambda error: self.say(case_error_text(error)))

    def _bulk(self, dialog: ReasonDialog, name: str,
              save: Callable[[RowSelection, str, str], object]) -> None:
        """`save(selection, chosen, reason)` runs in the background with what the form held at
        OK. The selection is every selected row, loaded or not (ui/kit/selection.py); the
        message says how many cases the controller changed, which is all of them or none."""
        selection = row_selection(self.table, self.model)
        if selection is None:
            return

        def saved(changed: object) -> None:
            number = changed if isinstance(changed, int) else selection.size
            self.say(translate("CaseBoard", "%1 cases changed.").replace("%1", count(number)))
            self.refresh()
            dialog.saved()

        def submit() -> None:
            chosen, reason = dialog.chosen(), dialog.reason_text()
            save_in_background(self.context.tasks, dialog, name,
                               lambda: save(selection, chosen, reason), saved=saved,
                               refused=lambda error: dialog.show_message(case_error_text(error)))

        if selection.size > 1:
            dialog.setWindowTitle(translate("CaseBoard", "%1 (%2 cases)").replace(
                "%1", dialog.windowTitle()).replace("%2", count(selection.size)))
        dialog.submit = submit
        self.dialog = dialog
        dialog.open()

    def _selection_statuses(self) -> list[str]:
        """The statuses the selected cases are in, for the moves the form offers: those of the
        rows held, and when the selection reaches rows not loaded those of the whole list (the
        counts beside the chips; the move still checks every case and refuses with its name)."""
        selection = row_selection(self.table, self.model)
        statuses = {str(self.model.index(row, self.status_column).data(VALUE_ROLE) or "")
                    for row in (selection.seen if selection is not None else ())}
        if selection is not None and selection.loaded_ids() is None:
            shown = selection.filters.get("status")
            statuses |= ({str(shown)} if shown else
                         {status for status, number in self._by_status.items() if number})
        return sorted(status for status in statuses if status)

    def move_selected(self) -> None:
        dialog = status_dialog(statuses_for_selection(self._selection_statuses()), self)
        database, user = self.context.database, self.context.user
        self._bulk(dialog, "bulk status", lambda cases, chosen, reason: bulk_change_status(
            database, user, cases, chosen, reason))

    def mark_selected(self) -> None:
        database, user = self.context.database, self.context.user
        dialog = status_dialog(["awaiting_transfer"], self)
        self._bulk(dialog, "mark for transfer", lambda cases, _chosen, reason: mark_for_transfer(
            database, user, cases, reason))

    def note_selected(self) -> None:
        database, user = self.context.database, self.context.user
        dialog = note_dialog(self)
        self._bulk(dialog, "case note", lambda cases, _chosen, text: note_selected_cases(
            database, user, cases, text))

    def new_case(self) -> None:
        def opened(case_id: int) -> None:
            self.say(translate("CaseBoard", "Case #%1 opened.").replace("%1", str(case_id)))
            self.refresh()

        person_flows.new_case(self.context, self, opened, self._keep)

    def _keep(self, dialog: QWidget) -> None:
        """The window or form open now, kept from collection until it is deleted (a case
        window is deleted when it closes: the board then lets go of it too)."""
        self.dialog = dialog

        def gone(_object: object = None) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.destroyed.connect(gone)
