"""Police stations and communities (社区, 村): where everything else is placed.

A new station belongs to the district (there is one per database: the workbook creates it). A
new record's coordinates start at the district's centre, so a station or a community added at
night is on the map at once and moved to its place when someone has the address.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.enums import AreaKind
from models.schema.geography import Community, District, PoliceStation
from models.setup.rows import CommunityRow, StationRow


def district_id(session: Session) -> int:
    """The district everything is set up in; refused while there is none."""
    found = session.scalar(select(District.id).order_by(District.id).limit(1))
    if found is None:
        raise DistrictRefused("Set up the district first (canvass setup import)",
                              DistrictRefusal.NO_DISTRICT)
    return int(found)


def district_centre(session: Session) -> tuple[float | None, float | None]:
    """The mean position of the stations in use: where a new record starts on the map."""
    lat, lon = session.execute(select(func.avg(PoliceStation.latitude),
                                      func.avg(PoliceStation.longitude))
                               .where(PoliceStation.active.is_(True))).one()
    if lat is None or lon is None:
        return None, None
    return round(float(lat), 6), round(float(lon), 6)


def coordinate(value: object) -> object:
    """A coordinate as a workbook cell: blank when not given."""
    return "" if value is None else value


class StationEditor(Editor):
    table = MasterTable.STATIONS
    model = PoliceStation
    sheet = "stations"

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"code": obj.code, "name": obj.name, "area_kind": str(obj.area_kind),
                "address": obj.address or "", "latitude": obj.latitude,
                "longitude": obj.longitude}

    def defaults(self) -> dict[str, Any]:
        lat, lon = district_centre(self.session)
        return {"code": "", "name": "", "area_kind": AreaKind.URBAN.value, "address": "",
                "latitude": lat, "longitude": lon}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        return {"code": values["code"], "name": values["name"], "address": values["address"],
                "latitude": coordinate(values["latitude"]),
                "longitude": coordinate(values["longitude"]), "area_kind": values["area_kind"]}

    def columns(self, row: StationRow, values: Mapping[str, Any], obj: Any | None) -> dict[str, Any]:
        if self.taken(PoliceStation.code == row.code, obj):
            raise DistrictRefused(f"Station code {row.code} is taken",
                                  DistrictRefusal.CODE_TAKEN, field="code", value=row.code)
        found = {"code": row.code, "name": row.name, "address": row.address,
                 "area_kind": row.area_kind or AreaKind.URBAN, "latitude": row.latitude,
                 "longitude": row.longitude}
        if obj is None:
            found["district_id"] = district_id(self.session)
        return found


class CommunityEditor(Editor):
    table = MasterTable.COMMUNITIES
    model = Community
    sheet = "communities"
    renamed: ClassVar[Mapping[str, str]] = {"station": "station_id", "households": "registered_households",
               "persons": "registered_persons", "daily_target": "daily_visit_target"}

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"code": obj.code, "name": obj.name, "station_id": obj.station_id,
                "area_kind": str(obj.area_kind),
                "registered_households": obj.registered_households,
                "registered_persons": obj.registered_persons,
                "daily_visit_target": obj.daily_visit_target,
                "latitude": obj.latitude, "longitude": obj.longitude}

    def defaults(self) -> dict[str, Any]:
        lat, lon = district_centre(self.session)
        return {"code": "", "name": "", "station_id": None, "area_kind": AreaKind.URBAN.value,
                "registered_households": 0, "registered_persons": 0, "daily_visit_target": 0,
                "latitude": lat, "longitude": lon}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        station = values["station_id"]
        return {"code": values["code"], "name": values["name"],
                "station": "" if station is None else str(station),
                "area_kind": values["area_kind"],
                "households": values["registered_households"],
                "persons": values["registered_persons"],
                "daily_target": values["daily_visit_target"],
                "latitude": coordinate(values["latitude"]),
                "longitude": coordinate(values["longitude"])}

    def columns(self, row: CommunityRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if self.taken(Community.code == row.code, obj):
            raise DistrictRefused(f"Community code {row.code} is taken",
                                  DistrictRefusal.CODE_TAKEN, field="code", value=row.code)
        station = self.chosen(PoliceStation, values["station_id"],
                              obj.station_id if obj is not None else None, "station_id")
        return {"code": row.code, "name": row.name, "station_id": station.id,
                "area_kind": row.area_kind, "registered_households": row.households,
                "registered_persons": row.persons, "daily_visit_target": row.daily_target,
                "latitude": row.latitude, "longitude": row.longitude}
