"""收治机构: facilities, their beds and the categories each takes.

The everyday changes: a field hospital opens overnight with a thousand beds (only a name and
the beds need typing: a code is made up, the kind and the category default to a field
hospital's), beds are added or closed — never below the beds taken, which the database refuses
too — and a facility stops taking a category.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select

from models.district.fields import listed
from models.district.geography import coordinate, district_centre, district_id
from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.enums import CaseCategory, FacilityKind
from models.schema.facilities import Facility, facility_accepts, new_facility_code
from models.setup.rows import FacilityRow
from models.setup.words import CATEGORIES

ORDER = [category.value for category in CaseCategory]


def in_order(categories: Any) -> tuple[str, ...]:
    """Categories once each, as stored and in the enum's order (so two equal sets compare
    equal), whichever of the workbook's words named them."""
    chosen = {CATEGORIES.parse(str(getattr(category, "value", category)))
              for category in categories}
    return tuple(value for value in ORDER if value in chosen)


class FacilityEditor(Editor):
    table = MasterTable.FACILITIES
    model = Facility
    sheet = "facilities"
    links = ("accepts",)

    def accepts(self, facility_id: int) -> tuple[str, ...]:
        return in_order(self.session.scalars(select(facility_accepts.c.category).where(
            facility_accepts.c.facility_id == facility_id)))

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"code": obj.code, "name": obj.name, "kind": str(obj.kind),
                "accepts": self.accepts(obj.id), "beds_total": obj.beds_total,
                "address": obj.address or "", "latitude": obj.latitude,
                "longitude": obj.longitude, "phone": obj.phone or ""}

    def facts_of(self, obj: Any) -> dict[str, Any]:
        return {"beds_taken": obj.beds_taken}

    def defaults(self) -> dict[str, Any]:
        lat, lon = district_centre(self.session)
        return {"code": "", "name": "", "kind": FacilityKind.FIELD_HOSPITAL.value,
                "accepts": (CaseCategory.CONFIRMED.value,), "beds_total": 0, "address": "",
                "latitude": lat, "longitude": lon, "phone": ""}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        made_up = new_facility_code() if self.saving is None else ""   # an old one keeps its code
        return {"code": values["code"] or made_up, "name": values["name"],
                "kind": values["kind"], "accepts": listed(values["accepts"]),
                "beds_total": values["beds_total"], "address": values["address"],
                "latitude": coordinate(values["latitude"]),
                "longitude": coordinate(values["longitude"]), "phone": values["phone"] or ""}

    def columns(self, row: FacilityRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if self.taken(Facility.code == row.code, obj):
            raise DistrictRefused(f"Facility code {row.code} is taken",
                                  DistrictRefusal.CODE_TAKEN, field="code", value=row.code)
        if self.taken(Facility.name == row.name, obj):
            raise DistrictRefused(f"Facility name {row.name} is taken",
                                  DistrictRefusal.NAME_TAKEN, field="name", value=row.name)
        taken = obj.beds_taken if obj is not None else 0
        if row.beds_total < taken:
            raise DistrictRefused(f"{row.beds_total} beds is fewer than the {taken} taken",
                                  DistrictRefusal.BEDS_BELOW_TAKEN, field="beds_total",
                                  taken=taken)
        found = {"code": row.code, "name": row.name, "kind": row.kind,
                 "beds_total": row.beds_total, "address": row.address,
                 "latitude": row.latitude, "longitude": row.longitude, "phone": row.phone}
        if obj is None:
            found.update(district_id=district_id(self.session), beds_taken=0)
        return found

    def write_links(self, obj: Any, before: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        old, new = set(in_order(before["accepts"])), set(in_order(values["accepts"]))
        if old - new:
            self.session.execute(delete(facility_accepts).where(
                facility_accepts.c.facility_id == obj.id,
                facility_accepts.c.category.in_(sorted(old - new))))
        if new - old:
            self.session.execute(insert(facility_accepts), [
                {"facility_id": obj.id, "category": category} for category in in_order(new - old)])
        self.audit_links(obj, "accepts", list(in_order(old)), list(in_order(new)))
