"""车辆: the vehicles status board, shown as a tab of the teams view."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from controllers.runtime.context import AppContext
from controllers.teams.rows import vehicle_rows
from controllers.teams.words import VEHICLE_STATUSES, status_text
from ui.kit.formatting import count
from ui.kit.table_page import TablePage

translate = QCoreApplication.translate


class VehiclesBoard(TablePage):
    """Plate, team, status and time in status; the longest in one status first."""

    live_tables = frozenset({"vehicle", "team", "disinfection", "transfer_order"})
    view_id = "vehicles"

    def __init__(self, context: AppContext) -> None:
        self.rows = vehicle_rows(context.database, context.user)
        super().__init__(context, self.rows, translate("VehiclesBoard", "Vehicles"),
                         translate("VehiclesBoard", "Plate starts with…"))
        self.status = QComboBox()
        self.status.addItem(translate("VehiclesBoard", "All statuses"), None)
        for value in VEHICLE_STATUSES:
            self.status.addItem(status_text(value), value)
        self.status.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.filter_bar.addWidget(self.status)
        self.station_id: int | None = None
        self.table.empty_text = translate("VehiclesBoard", "No vehicle matches the filters.")
        self.title.hide()

    def filters(self) -> dict[str, object]:
        return {"plate": self.search.text().strip(), "status": self.status.currentData(),
                "station_id": self.station_id}

    def show_station(self, station_id: int | None) -> None:
        self.station_id = station_id
        self.apply_filters()

    def count_text(self, number: int) -> str:
        return translate("VehiclesBoard", "Vehicles: %1").replace("%1", count(number))

