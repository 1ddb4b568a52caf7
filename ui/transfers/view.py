"""转运: the dispatch screen. Tabs: Active (trips under way and vehicles waiting for their
disinfection, with the minutes each step took, overdue ones in red), History (every order,
filtered by status, dates, station and facility) and Facilities (beds, live). The buttons beside
the tabs act on the selected order: the next step (Ctrl+Return), refused on scene (Ctrl+R),
cancel (Ctrl+Shift+X), vehicle disinfected (Ctrl+E). Each reads where the order stands first, so
the dialog offers only what the workflow allows; the save is version-checked, so two dispatchers
stepping the same order never overwrite each other. The order is read, and each step saved, in
the background. Ctrl+P prints the selected orders' sheets, every one selected, loaded in the
list or not (ui/transfers/sheet_preview.py, ui/transfers/selected_sheets.py). The
Active board keeps the chosen order by id through its minute tick, each step and the change feed
(ui/transfers/board.py).

Other areas extend the screen without editing it much: `add_tab(widget, title)` adds a tab,
`add_button(button)` a button beside the tabs, and `selected_transfer_id()` says which order
the dispatcher has selected on the tab in front.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLabel, QPushButton, QTabWidget, QWidget

from controllers.browse import Kind
from controllers.browse.vocabulary import TRANSFER_STATUSES
from controllers.communities.rows import station_choices
from controllers.paper.transfer_sheet import sheet_of_transfer
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import Task
from controllers.transfers.dispatch import TransferBrief, advance_transfer, load_transfer, record_disinfection
from controllers.transfers.facilities import facility_beds
from controllers.transfers.rows import transfer_rows
from controllers.transfers.selection import TransferList
from models.errors import CanvassError
from models.transfers.workflow import main_next
from ui.kit.background import load_in_background, save_in_background
from ui.kit.dates import DateFilter, open_on_campaign_day
from ui.kit.filters import ValueFilter
from ui.kit.formatting import count
from ui.kit.labels import transfer_status
from ui.kit.refusals.transfers import transfer_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.selection import loaded_ids
from ui.kit.table_page import TablePage
from ui.kit.widgets import hbox, named_label, vbox
from ui.transfers.board import ActiveBoard
from ui.transfers.disinfection_dialog import DisinfectionDialog
from ui.transfers.facilities_panel import FacilitiesPanel
from ui.transfers.incidents_panel import IncidentsPanel
from ui.transfers.order_window import OrderWindows, open_order_rows
from ui.transfers.selected_sheets import ChosenOrders
from ui.transfers.sheet_preview import TransferSheetButton
from ui.transfers.step_dialog import StepDialog, TimedDialog, earliest_default, set_time

translate = QCoreApplication.translate


class TransfersView(TablePage):
    live_tables = frozenset({"transfer_order", "facility", "person_case", "person", "vehicle",
                             "disinfection"})
    view_id = "transfers"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, transfer_rows(context.database, context.user),
                         translate("TransfersView", "Transfers"),
                         translate("TransfersView", "Order number starts with…"))
        self.station = QComboBox()
        self.station.addItem(translate("TransfersView", "All stations"), None)
        self.station.setMinimumContentsLength(8)
        self.filter_bar.addWidget(self.station)
        self.status = ValueFilter(Kind.TRANSFER_STATUS, TRANSFER_STATUSES,
                                  translate("TransfersView", "All statuses"))
        self.since, self.until = DateFilter(), DateFilter()
        open_on_campaign_day(context, self, [self.since, self.until])
        self.since.setToolTip(translate("TransfersView", "Ordered from"))
        self.until.setToolTip(translate("TransfersView", "Ordered until"))
        self.facility = QComboBox()
        self.facility.addItem(translate("TransfersView", "All facilities"), None)
        self.facility.setMinimumContentsLength(10)
        self.active = ActiveBoard(context)
        self.active.counted.connect(self._active_counted)
        self.active.left.connect(self._order_left)
        self._finished_here: int | None = None
        self.facilities = FacilitiesPanel(context)
        self.tabs = QTabWidget()
        self.page_box.replaceWidget(self.table, self.tabs)
        history = QWidget()
        history.setLayout(vbox(
            hbox(self.status, self.since, QLabel("–"), self.until, self.facility, 1),
            self.table, margins=0))
        self.tabs.addTab(self.active, translate("TransfersView", "Active"))
        self.tabs.addTab(history, translate("TransfersView", "History"))
        self.tabs.addTab(self.facilities, translate("TransfersView", "Facilities"))
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.page_box.addWidget(self.message)
        self.dialog: QDialog | None = None
        self.step_buttons = self._step_buttons(context)
        self.table.empty_text = translate("TransfersView", "No transfers match the filters.")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for table in (self.table, self.active.table):
            table.row_menu.add_buttons(self.step_buttons)
        self.corner = QWidget()
        self.corner_box = hbox(*self.step_buttons, margins=0, spacing=6)
        self.corner.setLayout(self.corner_box)
        self.tabs.setCornerWidget(self.corner)
        self.status.on_change(self.apply_filters)
        self.facility.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        self.station.currentIndexChanged.connect(lambda _i: self.apply_filters())
        # A double-click, Enter or Return opens the order's own window (one per order); the
        # next step stays on Ctrl+Return and its button.
        self.orders = OrderWindows(context, self)
        self.open_rows_with(lambda index: self.orders.open_row(self.model, index))
        open_order_rows(self.active.table, lambda index: self.orders.open_row(self.active.model,
                                                                              index))
        self._choices_loaded = False
        self._reading: Task | None = None
        self.add_button(TransferSheetButton(context, self.selected_transfer_id, self.say,
                                            selected_many=self.selected_transfers, keys_on=self))
        self.add_tab(IncidentsPanel(context), IncidentsPanel.title())

    def _step_buttons(self, context: AppContext) -> list[QPushButton]:
        """The step buttons and their keys, for those who may take the steps (none for the
        others: ui/kit/role_actions.py)."""
        return present(
            action_button(context.user, gate, text, slot, keys, key_on=self,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for gate, text, keys, slot in (
                (advance_transfer, translate("TransferActions", "Next step"), "Ctrl+Return",
                 self.next_step),
                (advance_transfer, translate("TransferActions", "Refused…"), "Ctrl+R",
                 self.refused),
                (advance_transfer, translate("TransferActions", "Cancel…"), "Ctrl+Shift+X",
                 self.cancel),
                (record_disinfection, translate("TransferActions", "Disinfected…"), "Ctrl+E",
                 self.disinfected)))

    # -- what other areas build on ------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another area's tab (incidents, …) beside Active, History and Facilities."""
        return self.tabs.addTab(widget, title)

    def add_button(self, button: QWidget) -> None:
        """Another area's button beside the step buttons (print the sheet, …)."""
        self.corner_box.addWidget(button)

    def selected_transfer_id(self) -> int | None:
        """The order current on the Active or History tab in front (None elsewhere): kept by
        its id through refreshes, so a key pressed as the board reloads acts on it still."""
        shown = self.tabs.currentWidget()
        if shown is self.active:
            return self.active.current_order()
        if shown is self.table.parentWidget() and self.table.currentIndex().isValid():
            return self.table.followed_record()
        return None

    def selected_transfers(self) -> ChosenOrders | None:
        """Every order selected on the tab in front, loaded in its list or not, for printing
        their sheets (the current one when no row is selected); None elsewhere."""
        shown = self.tabs.currentWidget()
        if shown is self.active:
            return self.active.selected_orders()
        if shown is not self.table.parentWidget():
            return None
        return ChosenOrders.of(self.table, self.model, TransferList.HISTORY)

    def selected_transfer_ids(self) -> list[int]:
        """The selected orders the list in front has loaded, in list order (what a test or a
        one-order action reads): printing takes the whole selection (`selected_transfers`)."""
        chosen = self.selected_transfers()
        return [] if chosen is None else loaded_ids(chosen.selection)

    def _order_left(self, transfer_id: int, number: str) -> None:
        """The order the dispatcher had chosen is off the board: nothing stays selected."""
        if transfer_id != self._finished_here:
            self.say(translate("TransferActions", "Transfer %1 is no longer on the board: "
                               "choose the next order.").replace("%1", number))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- TablePage ----------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        return {"number": self.search.text().strip(), "status": self.status.value(),
                "station_id": self.station.currentData(), "facility_id": self.facility.currentData(),
                "since": self.since.value(), "until": self.until.value()}

    def apply_filters(self) -> None:
        super().apply_filters()
        self.active.set_station(self.station.currentData())

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        super().refresh()
        self.facilities.refresh()

    def is_loading(self) -> bool:
        return super().is_loading() or self.active.is_loading() or self.facilities.is_loading()

    def _load_choices(self) -> None:
        """Stations and facilities for the filters: a few dozen rows, read once."""
        self._choices_loaded = True
        database, user = self.context.database, self.context.user

        def show(choices: tuple[list[tuple[int, str]], list[Any]]) -> None:
            stations, facilities = choices
            for station_id, name in stations:
                self.station.addItem(name, station_id)
            for facility in facilities:
                self.facility.addItem(facility.name, facility.facility_id)

        def refused(error: CanvassError) -> None:
            self._choices_loaded = False
            self.say(transfer_error_text(error))

        load_in_background(self.context.tasks, self, "transfer filter choices",
                           lambda: (station_choices(database, user), facility_beds(database, user)),
                           loaded=show, refused=refused)

    def count_text(self, number: int) -> str:
        return translate("TransfersView", "Total: %1", "transfers").replace("%1", count(number))

    def _active_counted(self, number: int, overdue: int) -> None:
        text = translate("TransfersView", "Active (%1)").replace("%1", count(number)) if not overdue \
            else translate("TransfersView", "Active (%1, %2 overdue)").replace(
                "%1", count(number)).replace("%2", count(overdue))
        self.tabs.setTabText(self.tabs.indexOf(self.active), text)

    # -- the steps on the selected order ------------------------------------------------------
    def _with_brief(self, then: Callable[[TransferBrief], None]) -> None:
        """Read where the selected order stands, in the background, then act on it (once: a key
        pressed again meanwhile is not a second dialog)."""
        transfer_id = self.selected_transfer_id()
        if transfer_id is None:
            self.say(translate("TransferActions", "Select a transfer first."))
            return
        if self._reading is not None and not self._reading.is_done():
            return
        database, user = self.context.database, self.context.user
        self._reading = load_in_background(
            self.context.tasks, self, "transfer", lambda: load_transfer(database, user, transfer_id),
            loaded=then, refused=lambda error: self.say(transfer_error_text(error)),
            busy=self.step_buttons)

    def next_step(self) -> None:
        self._with_brief(self._next_step)

    def _next_step(self, brief: TransferBrief) -> None:
        step = main_next(brief.status)
        if brief.awaiting_disinfection or step == "disinfected":
            self._disinfection(brief)
        elif step is None:
            self.say(translate("TransferActions", "Transfer %1 is finished.")
                     .replace("%1", brief.number))
        else:
            self._step(brief, step.value, False)

    def refused(self) -> None:
        self._with_brief(lambda brief: self._step(brief, "failed", True))

    def cancel(self) -> None:
        self._with_brief(lambda brief: self._step(brief, "cancelled", True))

    def disinfected(self) -> None:
        self._with_brief(self._disinfection)

    def _step(self, brief: TransferBrief, step: str, needs_reason: bool) -> None:
        if step not in brief.next_steps:
            self.say(translate("TransferActions", "Transfer %1 is %2: that step is not "
                               "possible now.").replace("%1", brief.number)
                     .replace("%2", transfer_status(brief.status)))
            return
        dialog = StepDialog(transfer_status(step), needs_reason, brief.number, brief.person,
                            brief.plate, self)
        set_time(dialog.when, earliest_default(brief.last_at))
        dialog.submit = lambda: self._save(dialog, brief, step, partial(
            advance_transfer, self.context.database, self.context.user, brief.id, brief.version,
            step, dialog.at(), dialog.reason.text()))
        self._open(dialog)

    def _disinfection(self, brief: TransferBrief) -> None:
        if not brief.awaiting_disinfection:
            self.say(translate("TransferActions", "Transfer %1 holds no vehicle waiting "
                               "for disinfection.").replace("%1", brief.number))
            return
        database, user = self.context.database, self.context.user
        self._reading = load_in_background(
            self.context.tasks, self, "transfer crew",
            lambda: [member.name for member in sheet_of_transfer(database, user, brief.id).crew],
            loaded=lambda crew: self._open_disinfection(brief, crew),
            refused=lambda error: self.say(transfer_error_text(error)), busy=self.step_buttons)

    def _open_disinfection(self, brief: TransferBrief, crew: list[str]) -> None:
        """Filled in as the crew reports it by phone (inside and out, by the trip's crew): Enter
        records it; untick or retype what was not so."""
        dialog = DisinfectionDialog(f"{brief.number} · {brief.person} · {brief.plate}",
                                    "、".join(crew), self)   # cut to the field's length
        dialog.inside.setChecked(True)
        dialog.outside.setChecked(True)
        set_time(dialog.when, earliest_default(brief.last_at))
        dialog.submit = lambda: self._save(dialog, brief, "disinfected", partial(
            record_disinfection, self.context.database, self.context.user, brief.id,
            dialog.inside.isChecked(), dialog.outside.isChecked(), dialog.by.text(), dialog.at(),
            brief.version))
        self._open(dialog)

    def _save(self, dialog: TimedDialog, brief: TransferBrief, step: str,
              save: Callable[[], object]) -> None:
        """`save` (its input read already) runs in the background; a refusal stays in `dialog`."""
        def saved(_result: object) -> None:
            self._finished_here = brief.id
            self.say(translate("TransferActions", "Transfer %1: %2.").replace("%1", brief.number)
                     .replace("%2", transfer_status(step)))
            self.refresh()
            dialog.saved()

        save_in_background(self.context.tasks, dialog, f"transfer {step}", save, saved=saved,
                           refused=lambda error: dialog.show_message(transfer_error_text(error)))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not a nested event loop: the board keeps following the feed."""
        self.dialog = dialog
        dialog.open()
