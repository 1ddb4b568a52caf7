"""转运: the dispatch screen. Tabs: Active (trips under way and vehicles waiting for their
disinfection, with the minutes each step took, overdue ones in red), History (every order,
filtered by status, dates, station and facility) and Facilities (beds, live). The buttons beside
the tabs act on the selected order: next step, refused, cancel, disinfected.

Other areas extend the screen without editing it much: `add_tab(widget, title)` adds a tab,
`add_button(button)` a button beside the tabs, and `selected_transfer_id()` says which order
the dispatcher has selected on the tab in front.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QTableView, QTabWidget, QWidget

from controllers.browse.row_source import Kind
from controllers.browse.vocabulary import TRANSFER_STATUSES
from controllers.communities.rows import station_choices
from controllers.runtime.context import AppContext
from controllers.transfers.facilities import facility_beds
from controllers.transfers.rows import TransferRows
from models.errors import CanvassError
from ui.kit.filters import ValueFilter
from ui.kit.formatting import count
from ui.kit.table_page import TablePage
from ui.kit.widgets import hbox, named_label, vbox
from ui.transfers.actions import TransferActions
from ui.transfers.board import ActiveBoard
from ui.transfers.facilities_panel import FacilitiesPanel
from ui.transfers.incidents_panel import IncidentsPanel
from ui.transfers.sheet_preview import TransferSheetButton

translate = QCoreApplication.translate
EARLIEST = QDate(2019, 12, 1)


def date_edit() -> QDateEdit:
    """A date that may be empty: its lowest value reads "any"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(EARLIEST)
    edit.setSpecialValueText(translate("TransfersView", "any"))
    edit.setDate(EARLIEST)
    return edit


def chosen_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value <= EARLIEST else date(value.year(), value.month(), value.day())


class TransfersView(TablePage):
    live_tables = frozenset({"transfer_order", "facility", "person_case", "person", "vehicle",
                             "disinfection"})
    view_id = "transfers"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, TransferRows(context.database),
                         translate("TransfersView", "Transfers"),
                         translate("TransfersView", "Order number starts with…"))
        self.station = QComboBox()
        self.station.addItem(translate("TransfersView", "All stations"), None)
        self.station.setMinimumContentsLength(8)
        self.filter_bar.addWidget(self.station)
        self.status = ValueFilter(Kind.TRANSFER_STATUS, TRANSFER_STATUSES,
                                  translate("TransfersView", "All statuses"))
        self.since, self.until = date_edit(), date_edit()
        self.since.setToolTip(translate("TransfersView", "Ordered from"))
        self.until.setToolTip(translate("TransfersView", "Ordered until"))
        self.facility = QComboBox()
        self.facility.addItem(translate("TransfersView", "All facilities"), None)
        self.facility.setMinimumContentsLength(10)
        self.active = ActiveBoard(context)
        self.active.counted.connect(self._active_counted)
        self.facilities = FacilitiesPanel(context)
        self.tabs = QTabWidget()
        self.layout().replaceWidget(self.table, self.tabs)
        history = QWidget()
        history.setLayout(vbox(
            hbox(self.status, self.since, QLabel("–"), self.until, self.facility, 1),
            self.table, margins=0))
        self.tabs.addTab(self.active, translate("TransfersView", "Active"))
        self.tabs.addTab(history, translate("TransfersView", "History"))
        self.tabs.addTab(self.facilities, translate("TransfersView", "Facilities"))
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.layout().addWidget(self.message)
        self.actions = TransferActions(self)
        self.corner = QWidget()
        self.corner.setLayout(hbox(*self.actions.corner(), margins=0, spacing=6))
        self.tabs.setCornerWidget(self.corner)
        self.status.on_change(self.apply_filters)
        self.facility.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        self.station.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.doubleClicked.connect(lambda _index: self.actions.next_step())
        self.active.table.doubleClicked.connect(lambda _index: self.actions.next_step())
        self._choices_loaded = False
        self.add_button(TransferSheetButton(context, self.selected_transfer_id, self.say))
        self.add_tab(IncidentsPanel(context), IncidentsPanel.title())

    # -- what other areas build on ------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another area's tab (incidents, …) beside Active, History and Facilities."""
        return self.tabs.addTab(widget, title)

    def add_button(self, button: QWidget) -> None:
        """Another area's button beside the step buttons (print the sheet, …)."""
        self.corner.layout().addWidget(button)

    def selected_transfer_id(self) -> int | None:
        """The order selected on the Active or History tab in front (None elsewhere)."""
        shown = self.tabs.currentWidget()
        table: QTableView | None = self.active.table if shown is self.active else (
            self.table if shown is self.table.parentWidget() else None)
        if table is None:
            return None
        index = table.currentIndex()
        model = table.model()
        return model.row_id(index.row()) if index.isValid() else None  # type: ignore[attr-defined]

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- TablePage ----------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        return {"number": self.search.text().strip(), "status": self.status.value(),
                "station_id": self.station.currentData(), "facility_id": self.facility.currentData(),
                "since": chosen_date(self.since), "until": chosen_date(self.until)}

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
        try:
            for station_id, name in station_choices(self.context.database):
                self.station.addItem(name, station_id)
            for facility in facility_beds(self.context.database, self.context.user):
                self.facility.addItem(facility.name, facility.facility_id)
        except CanvassError as error:
            self._choices_loaded = False
            self.say(str(error))

    def count_text(self, number: int) -> str:
        return translate("TransfersView", "Total: %1", "transfers").replace("%1", count(number))

    def _active_counted(self, number: int, overdue: int) -> None:
        text = translate("TransfersView", "Active (%1)").replace("%1", count(number)) if not overdue \
            else translate("TransfersView", "Active (%1, %2 overdue)").replace(
                "%1", count(number)).replace("%2", count(overdue))
        self.tabs.setTabText(self.tabs.indexOf(self.active), text)
