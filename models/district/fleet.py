"""车辆: the quick-response teams' vehicles.

A vehicle breaks down and goes out of service, and comes back: one action each, only while it
is not on a transfer (nor waiting for its disinfection after one, which the transfer's own
steps end). A vehicle sold or scrapped is retired: its transfers still point at it, it is never
chosen for another.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterRecord, MasterTable
from models.editing import apply_edit
from models.enums import VehicleStatus
from models.errors import RecordGone
from models.schema.fleet import Vehicle
from models.schema.geography import PoliceStation
from models.schema.teams import Team
from models.setup.rows import VehicleRow
from models.transfers.rules import holding_order, on_the_road_with


def on_transfer(session: Session, vehicle: Vehicle) -> bool:
    """Whether a transfer has the vehicle: under way, or not yet disinfected after one."""
    return (vehicle.status not in (VehicleStatus.AVAILABLE, VehicleStatus.OUT_OF_SERVICE)
            or holding_order(session, vehicle.id) is not None
            or on_the_road_with(session, vehicle.id) is not None)


class VehicleEditor(Editor):
    table = MasterTable.VEHICLES
    model = Vehicle
    sheet = "vehicles"
    renamed: ClassVar[Mapping[str, str]] = {"station": "station_id", "team": "team_id"}

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"plate": obj.plate, "station_id": obj.station_id, "team_id": obj.team_id,
                "seats": obj.seats}

    def facts_of(self, obj: Any) -> dict[str, Any]:
        return {"status": str(obj.status), "status_since": obj.status_since}

    def defaults(self) -> dict[str, Any]:
        return {"plate": "", "station_id": None, "team_id": None, "seats": None}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        station, seats = values["station_id"], values["seats"]
        return {"plate": values["plate"], "station": "" if station is None else str(station),
                "team": "", "seats": "" if seats in (None, "") else seats}

    def columns(self, row: VehicleRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if self.taken(Vehicle.plate == row.plate, obj):
            raise DistrictRefused(f"Plate {row.plate} is taken", DistrictRefusal.PLATE_TAKEN,
                                  field="plate", value=row.plate)
        station = self.chosen(PoliceStation, values["station_id"],
                              obj.station_id if obj is not None else None, "station_id")
        team = self.chosen(Team, values["team_id"], obj.team_id if obj is not None else None,
                           "team_id")
        found = {"plate": row.plate, "station_id": station.id,
                 "team_id": team.id if team is not None else None, "seats": row.seats}
        if obj is None:
            found.update(status=VehicleStatus.AVAILABLE, status_since=self.now)
        return found

    def check_retire(self, obj: Any) -> None:
        if on_transfer(self.session, obj):
            raise DistrictRefused(f"{obj.plate} is on a transfer", DistrictRefusal.VEHICLE_ON_TRANSFER,
                                  vehicle=obj.plate)

    def out_of_service(self, vehicle_id: int) -> MasterRecord:
        """Broken down, in repair: not proposed or dispatched until it comes back."""
        vehicle = self.session.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise RecordGone("This vehicle was deleted by someone else")
        if vehicle.status == VehicleStatus.OUT_OF_SERVICE:
            return self.record(vehicle_id)
        if on_transfer(self.session, vehicle):
            raise DistrictRefused(f"{vehicle.plate} is on a transfer",
                                  DistrictRefusal.VEHICLE_ON_TRANSFER, vehicle=vehicle.plate)
        return self._status(vehicle, VehicleStatus.OUT_OF_SERVICE, self.now)

    def back_in_service(self, vehicle_id: int) -> MasterRecord:
        vehicle = self.session.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise RecordGone("This vehicle was deleted by someone else")
        if vehicle.status != VehicleStatus.OUT_OF_SERVICE:
            raise DistrictRefused(f"{vehicle.plate} is not out of service",
                                  DistrictRefusal.VEHICLE_IN_SERVICE, vehicle=vehicle.plate)
        return self._status(vehicle, VehicleStatus.AVAILABLE, self.now)

    def _status(self, vehicle: Vehicle, status: VehicleStatus, at: datetime) -> MasterRecord:
        apply_edit(self.session, Vehicle, vehicle.id, vehicle.version,
                   {"status": vehicle.status, "status_since": vehicle.status_since},
                   {"status": status, "status_since": at})
        return self.record(vehicle.id)
