"""The tabs whose tables have actions of their own: vehicles out of service and back, supply
stock received; and every tab of the screen, each over the row source its controller hands out.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from controllers.browse.words import SUPPLY_ITEMS
from controllers.district import rows
from controllers.district.everyday import put_back_in_service, take_out_of_service
from controllers.runtime.context import AppContext
from models.district.tables import MasterTable
from ui.district.delivery_dialog import DeliveryDialog
from ui.district.tab import MasterTab

translate = QCoreApplication.translate
T = MasterTable
OUT_OF_SERVICE = "out_of_service"


class VehiclesTab(MasterTab):
    """A vehicle breaks down (Ctrl+O) and comes back (Ctrl+Shift+O): one action each."""

    def __init__(self, context: AppContext) -> None:
        self.out_button = QPushButton(translate("DistrictTab", "Out of service"))
        self.back_button = QPushButton(translate("DistrictTab", "Back in service"))
        super().__init__(context, T.VEHICLES, rows.vehicle_list(context.database, context.user),
                         frozenset({"team", "police_station", "transfer_order", "disinfection"}),
                         translate("DistrictTab", "Plate starts with…"))
        for button, keys, slot in ((self.out_button, "Ctrl+O", self.take_out),
                                   (self.back_button, "Ctrl+Shift+O", self.bring_back)):
            button.setShortcut(keys)
            button.setToolTip(button.shortcut().toString())
            button.clicked.connect(slot)

    def action_widgets(self) -> list[QWidget]:
        return [*super().action_widgets(), self.out_button, self.back_button]

    def update_actions(self) -> None:
        super().update_actions()
        status = self.current_value("status")
        self.out_button.setEnabled(status is not None and status != OUT_OF_SERVICE)
        self.back_button.setEnabled(status == OUT_OF_SERVICE)

    def take_out(self) -> None:
        vehicle_id = self.current_id()
        if vehicle_id is not None:
            database, user = self.context.database, self.context.user
            self.run("out of service", lambda: take_out_of_service(database, user, vehicle_id))

    def bring_back(self) -> None:
        vehicle_id = self.current_id()
        if vehicle_id is not None:
            database, user = self.context.database, self.context.user
            self.run("back in service", lambda: put_back_in_service(database, user, vehicle_id))


class SuppliesTab(MasterTab):
    """Stock per station and item: a new stock line, its low-stock days, a delivery (Ctrl+R)."""

    retires = False

    def __init__(self, context: AppContext) -> None:
        self.receive_button = QPushButton(translate("DistrictTab", "Receive delivery…"))
        super().__init__(context, T.SUPPLIES, rows.stock_list(context.database, context.user),
                         frozenset({"supply_movement", "police_station"}))
        self.search.hide()
        self.receive_button.setShortcut("Ctrl+R")
        self.receive_button.setToolTip(self.receive_button.shortcut().toString())
        self.receive_button.clicked.connect(self.receive)
        self.delivery: DeliveryDialog | None = None

    def filters(self) -> dict[str, object]:
        return {}

    def action_widgets(self) -> list[QWidget]:
        return [*super().action_widgets(), self.receive_button]

    def update_actions(self) -> None:
        super().update_actions()
        self.receive_button.setEnabled(self.current_id() is not None)

    def receive(self) -> None:
        stock_id = self.current_id()
        if stock_id is None:
            return
        what = f"{self.current_value('station')} · {SUPPLY_ITEMS.word(self.current_value('item'))}"
        self.delivery = DeliveryDialog(self.context, stock_id, what, self)
        self.delivery.accepted.connect(self._received)
        self.delivery.open()

    def _received(self) -> None:
        self._keep_id = self.current_id()
        self.refresh()


def district_tabs(context: AppContext) -> list[MasterTab]:
    """Every tab of the 辖区资料 screen, in the order the district is set up."""
    database, user = context.database, context.user
    stations = frozenset({"police_station"})
    named = translate("DistrictTab", "Name starts with…")
    return [
        MasterTab(context, T.STATIONS, rows.station_list(database, user), frozenset({"community"})),
        MasterTab(context, T.COMMUNITIES, rows.community_list(database, user), stations),
        MasterTab(context, T.FACILITIES, rows.facility_list(database, user),
                  frozenset({"facility_accepts"})),
        VehiclesTab(context),
        MasterTab(context, T.TEAMS, rows.team_list(database, user),
                  stations | {"team_community", "community"}, named),
        MasterTab(context, T.RESPONDERS, rows.responder_list(database, user),
                  stations | {"lodging"}, translate("DistrictTab", "Responder's name starts with…")),
        MasterTab(context, T.LODGING, rows.lodging_list(database, user), stations | {"responder"},
                  named),
        SuppliesTab(context),
    ]
