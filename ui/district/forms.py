"""One form per master table: the fields in the order they are typed.

A new facility asks for its name and then its beds, so "a field hospital opens with 1,000 beds"
is Ctrl+N, the name, Tab, 1000, Enter; the rest has a default (a made-up code, a field
hospital taking confirmed patients, the district's centre) and can be put right later.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from controllers.browse import vocabulary
from controllers.browse.words import AREA_KINDS, CATEGORIES, FACILITY_KINDS, ROLES, SUPPLY_ITEMS, TEAM_KINDS, VEHICLE_STATUSES
from models.district.tables import MasterRecord, MasterTable
from models.enums import AreaKind, FacilityKind, ResponderRole, SupplyItem, TeamKind
from ui.district.form import RecordForm
from ui.district.texts import name_label
from ui.kit.formatting import count

translate = QCoreApplication.translate
# The workbook's longest texts (models/setup/parsing.py checks them again).
NAME, CODE, ADDRESS, PHONE, STATION_CODE = 64, 16, 200, 20, 12


class StationForm(RecordForm):
    def build(self) -> None:
        self.text("code", STATION_CODE)
        self.text("name", NAME, name_label())
        self.choice("area_kind", AREA_KINDS, [kind.value for kind in AreaKind])
        self.text("address", ADDRESS)
        self.coordinate("latitude")
        self.coordinate("longitude")


class CommunityForm(RecordForm):
    def build(self) -> None:
        self.text("code", CODE)
        self.text("name", NAME, name_label())
        self.reference("station_id")
        self.choice("area_kind", AREA_KINDS, [kind.value for kind in AreaKind])
        self.number("registered_households")
        self.number("registered_persons")
        self.number("daily_visit_target")
        self.coordinate("latitude")
        self.coordinate("longitude")


class FacilityForm(RecordForm):
    def build(self) -> None:
        self.text("name", NAME, name_label())
        self.number("beds_total")
        self.choice("kind", FACILITY_KINDS, [kind.value for kind in FacilityKind])
        self.checks("accepts", CATEGORIES, list(vocabulary.CATEGORIES))
        code = self.text("code", CODE)
        code.setPlaceholderText(translate("DistrictForm", "made up when left empty"))
        self.text("address", ADDRESS)
        self.coordinate("latitude")
        self.coordinate("longitude")
        self.text("phone", PHONE)

    def facts_text(self, record: MasterRecord) -> str:
        if record.id is None:
            return ""
        return translate("DistrictForm", "Beds taken now: %1. Beds are closed only while free.") \
            .replace("%1", count(int(record.facts.get("beds_taken", 0))))


class VehicleForm(RecordForm):
    def build(self) -> None:
        self.text("plate", 16).setPlaceholderText("鄂A·12345")
        station = self.reference("station_id")
        self.reference("team_id", optional=True)
        self.number("seats", translate("DistrictForm", "not recorded"))
        station.currentIndexChanged.connect(lambda _index: self.station_changed())

    def station_changed(self) -> None:
        self.fill_reference("team_id", self.fields["team_id"][1](), self.fields["station_id"][1]())

    def after_show(self) -> None:
        self.station_changed()

    def facts_text(self, record: MasterRecord) -> str:
        if record.id is None:
            return ""
        return translate("DistrictForm", "Status: %1").replace(
            "%1", VEHICLE_STATUSES.word(record.facts.get("status")))


class TeamForm(RecordForm):
    def build(self) -> None:
        self.text("name", NAME, name_label())
        self.choice("kind", TEAM_KINDS, [kind.value for kind in TeamKind])
        station = self.reference("station_id")
        self.served = QListWidget()
        self.served.setMinimumHeight(140)
        self.add("communities", self.served, self.checked_communities, self.show_communities)
        station.currentIndexChanged.connect(lambda _index: self.show_communities(
            self.checked_communities()))

    def checked_communities(self) -> tuple[int, ...]:
        return tuple(sorted(
            int(item.data(Qt.ItemDataRole.UserRole)) for item in
            (self.served.item(row) for row in range(self.served.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked))

    def show_communities(self, chosen: object) -> None:
        """The station's communities in use, and any already served (from elsewhere, retired)."""
        station_id = self.fields["station_id"][1]() if "station_id" in self.fields else None
        ticked = set(chosen if isinstance(chosen, tuple) else ())
        self.served.clear()
        for community in self.choices.communities:
            if community.id in ticked or (community.active and community.station_id == station_id):
                shown = community.name if community.active else translate(
                    "DistrictForm", "%1 (retired)").replace("%1", community.name)
                item = QListWidgetItem(shown)
                item.setData(Qt.ItemDataRole.UserRole, community.id)
                item.setCheckState(Qt.CheckState.Checked if community.id in ticked
                                   else Qt.CheckState.Unchecked)
                self.served.addItem(item)


class ResponderForm(RecordForm):
    def build(self) -> None:
        self.text("name", NAME)     # a person's name: the field's own label
        resident_id = self.text("resident_id", 18)
        phone = self.text("phone", PHONE)
        self.choice("role", ROLES, [role.value for role in ResponderRole])
        self.text("unit", NAME)
        self.reference("station_id")
        self.reference("lodging_id", optional=True)
        if not self.context.user.sees_full_identifiers:   # shown masked: never sent back
            resident_id.setReadOnly(True)
            phone.setReadOnly(True)


class LodgingForm(RecordForm):
    def build(self) -> None:
        self.text("name", NAME, name_label())
        self.reference("station_id")
        self.text("address", ADDRESS)
        self.number("capacity")

    def facts_text(self, record: MasterRecord) -> str:
        if record.id is None:
            return ""
        return translate("DistrictForm", "Responders lodged here: %1").replace(
            "%1", count(int(record.facts.get("lodged", 0))))


class SupplyForm(RecordForm):
    """A new stock line, or an existing one's low-stock days (deliveries are received)."""

    def build(self) -> None:
        station = self.reference("station_id")
        item = self.choice("item", SUPPLY_ITEMS, [item.value for item in SupplyItem])
        quantity = self.number("quantity")
        self.number("low_stock_days")
        existing = self.record.id is not None
        for widget in (station, item, quantity):
            widget.setEnabled(not existing)

    def facts_text(self, record: MasterRecord) -> str:
        if record.id is None:
            return translate("DistrictForm", "The quantity is the opening stock; later "
                                             "deliveries are received from the list.")
        return translate("DistrictForm", "The stock changes only by movements: receive a "
                                         "delivery from the list (Ctrl+R).")


FORMS: dict[MasterTable, type[RecordForm]] = {
    MasterTable.STATIONS: StationForm, MasterTable.COMMUNITIES: CommunityForm,
    MasterTable.FACILITIES: FacilityForm, MasterTable.VEHICLES: VehicleForm,
    MasterTable.TEAMS: TeamForm, MasterTable.RESPONDERS: ResponderForm,
    MasterTable.LODGING: LodgingForm, MasterTable.SUPPLIES: SupplyForm,
}
