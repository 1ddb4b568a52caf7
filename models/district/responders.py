"""队员 and 住宿点: the responders (their identity, role, unit and lodging) and the crew lodging.

A responder is found again by the next workbook import through the resident ID, so a new one
needs it, as on the workbook's sheet; it is shown masked to a role that may not see it, and a
masked value is never sent back. Which teams a responder serves in is the roster's business
(models/teams).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import func, select

from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.enums import ResponderRole
from models.schema.geography import PoliceStation
from models.schema.teams import Lodging, Responder
from models.setup.problems import SetupCode, SetupProblem
from models.setup.rows import LodgingRow, ResponderRow


class ResponderEditor(Editor):
    table = MasterTable.RESPONDERS
    model = Responder
    sheet = "responders"
    renamed: ClassVar[Mapping[str, str]] = {"lodging": "lodging_id"}

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"name": obj.name, "resident_id": obj.resident_id or "", "phone": obj.phone or "",
                "role": str(obj.role), "unit": obj.unit or "", "station_id": obj.station_id,
                "lodging_id": obj.lodging_id}

    def defaults(self) -> dict[str, Any]:
        return {"name": "", "resident_id": "", "phone": "", "role": ResponderRole.POLICE.value,
                "unit": "", "station_id": None, "lodging_id": None}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        return {"name": values["name"], "resident_id": values["resident_id"] or "",
                "phone": values["phone"] or "", "role": values["role"], "unit": values["unit"],
                "teams": "", "leader": "否", "lodging": ""}

    def columns(self, row: ResponderRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if not row.resident_id and (obj is None or obj.resident_id):
            code = SetupCode.NEW_RESPONDER_WITHOUT_ID if obj is None else SetupCode.EMPTY
            raise DistrictRefused("A responder needs a resident ID", DistrictRefusal.INVALID_VALUE,
                                  field="resident_id",
                                  problem=SetupProblem(self.sheet, 0, "resident_id", code))
        if row.resident_id:
            holder = self.session.scalar(select(Responder.name).where(
                Responder.resident_id == row.resident_id,
                Responder.id != (obj.id if obj is not None else -1)))
            if holder is not None:
                raise DistrictRefused(f"{holder} has this resident ID",
                                      DistrictRefusal.RESIDENT_ID_TAKEN, field="resident_id",
                                      holder=holder)
        station = self.chosen(PoliceStation, values["station_id"],
                              obj.station_id if obj is not None else None, "station_id")
        if station is None:
            problem = SetupProblem(self.sheet, 0, "station", SetupCode.EMPTY)
            raise DistrictRefused("Choose the responder's station", DistrictRefusal.INVALID_VALUE,
                                  field="station_id", problem=problem)
        lodging = self.chosen(Lodging, values["lodging_id"],
                              obj.lodging_id if obj is not None else None, "lodging_id")
        return {"name": row.name, "resident_id": row.resident_id, "phone": row.phone,
                "role": row.role, "unit": row.unit, "station_id": station.id,
                "lodging_id": lodging.id if lodging else None}


class LodgingEditor(Editor):
    table = MasterTable.LODGING
    model = Lodging
    sheet = "lodging"
    renamed: ClassVar[Mapping[str, str]] = {"rooms": "capacity", "station": "station_id"}

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"name": obj.name, "station_id": obj.station_id, "address": obj.address or "",
                "capacity": obj.capacity}

    def facts_of(self, obj: Any) -> dict[str, Any]:
        lodged = self.session.scalar(select(func.count()).select_from(Responder).where(
            Responder.lodging_id == obj.id, Responder.active.is_(True)))
        return {"lodged": int(lodged or 0)}

    def defaults(self) -> dict[str, Any]:
        return {"name": "", "station_id": None, "address": "", "capacity": 0}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        station = values["station_id"]
        return {"name": values["name"], "address": values["address"],
                "rooms": values["capacity"], "station": "" if station is None else str(station)}

    def columns(self, row: LodgingRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if self.taken(Lodging.name == row.name, obj):
            raise DistrictRefused(f"Lodging {row.name} exists", DistrictRefusal.NAME_TAKEN,
                                  field="name", value=row.name)
        station = self.chosen(PoliceStation, values["station_id"],
                              obj.station_id if obj is not None else None, "station_id")
        if station is None:
            problem = SetupProblem(self.sheet, 0, "station", SetupCode.EMPTY)
            raise DistrictRefused("Choose the lodging's station", DistrictRefusal.INVALID_VALUE,
                                  field="station_id", problem=problem)
        return {"name": row.name, "address": row.address, "capacity": row.rooms,
                "station_id": station.id}
