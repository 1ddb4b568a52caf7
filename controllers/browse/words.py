"""The domain's words: one vocabulary per stored enum, read alike on screen, on paper, in reports
and exports (the ui's labels, the transfer sheet, the duty roster, the daily report and the
renderer of Canvass's codes all take their words from here).

Values are stored as English identifiers (models/enums.py); each vocabulary maps them to English
source text marked for translation in its context, so the Chinese comes from the glossary in the
.ts catalogues. Words that are not one value's name (a chart legend's plural, a chip's
abbreviation, a sentence) live beside what uses them.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Vocabulary:
    """The words of one enum's stored values, in one translation context."""
    context: str
    sources: Mapping[str, str]

    def word(self, value: object) -> str:
        """The reader's word for a stored value; an unknown value is shown as stored."""
        if value is None or value == "":
            return ""
        text = str(getattr(value, "value", value))
        source = self.sources.get(text)
        return QCoreApplication.translate(self.context, source) if source else text


AREA_KINDS = Vocabulary("Labels", {
    "urban": QT_TRANSLATE_NOOP("Labels", "Urban community"),
    "rural": QT_TRANSLATE_NOOP("Labels", "Village"),
})
CATEGORIES = Vocabulary("Labels", {
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("Labels", "Suspected"),
    "fever": QT_TRANSLATE_NOOP("Labels", "Fever"),
    "close_contact": QT_TRANSLATE_NOOP("Labels", "Close contact"),
})
CASE_STATUSES = Vocabulary("Labels", {
    "identified": QT_TRANSLATE_NOOP("Labels", "Identified"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "awaiting_transfer": QT_TRANSLATE_NOOP("Labels", "Awaiting transfer"),
    "in_transit": QT_TRANSLATE_NOOP("Labels", "In transit"),
    "admitted": QT_TRANSLATE_NOOP("Labels", "Admitted"),
    "released": QT_TRANSLATE_NOOP("Labels", "Released"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused transfer"),
    "home_observation": QT_TRANSLATE_NOOP("Labels", "Home observation"),
    "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared"),
    "deceased": QT_TRANSLATE_NOOP("Labels", "Deceased"),
})
TEAM_KINDS = Vocabulary("Labels", {
    "work_group": QT_TRANSLATE_NOOP("Labels", "Work group"),
    "quick_response": QT_TRANSLATE_NOOP("Labels", "Quick-response team"),
    "contact_tracing": QT_TRANSLATE_NOOP("Labels", "Contact-tracing group"),
})
TRANSFER_STATUSES = Vocabulary("Labels", {
    "ordered": QT_TRANSLATE_NOOP("Labels", "Ordered"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "on_scene": QT_TRANSLATE_NOOP("Labels", "On scene"),
    "picked_up": QT_TRANSLATE_NOOP("Labels", "Picked up"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "disinfected": QT_TRANSLATE_NOOP("Labels", "Vehicle disinfected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
})
SEXES = Vocabulary("Labels", {
    "M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "F": QT_TRANSLATE_NOOP("Labels", "Female"),
})
VISIT_OUTCOMES = Vocabulary("Outcomes", {
    "screened": QT_TRANSLATE_NOOP("Outcomes", "Screened"),
    "nobody_home": QT_TRANSLATE_NOOP("Outcomes", "Nobody home"),
    "refused": QT_TRANSLATE_NOOP("Outcomes", "Refused to open"),
    "moved_out": QT_TRANSLATE_NOOP("Outcomes", "Moved out / vacant"),
})
RESIDENCES = Vocabulary("Residence", {
    "here": QT_TRANSLATE_NOOP("Residence", "Lives here"),
    "away": QT_TRANSLATE_NOOP("Residence", "Away"),
    "moved_out": QT_TRANSLATE_NOOP("Residence", "Moved out"),
    "deceased": QT_TRANSLATE_NOOP("Residence", "Deceased"),
    "elsewhere": QT_TRANSLATE_NOOP("Residence", "Lives elsewhere"),
})
PERSON_ORIGINS = Vocabulary("PersonOrigin", {
    "register": QT_TRANSLATE_NOOP("PersonOrigin", "Register"),
    "door": QT_TRANSLATE_NOOP("PersonOrigin", "Found at the door"),
    "intake": QT_TRANSLATE_NOOP("PersonOrigin", "Contact-tracing list"),
})
ROLES = Vocabulary("Roles", {
    "police": QT_TRANSLATE_NOOP("Roles", "Police"),
    "auxiliary_police": QT_TRANSLATE_NOOP("Roles", "Auxiliary police"),
    "health_worker": QT_TRANSLATE_NOOP("Roles", "Health worker"),
    "cadre": QT_TRANSLATE_NOOP("Roles", "Cadre"),
    "volunteer": QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    "security": QT_TRANSLATE_NOOP("Roles", "Property security"),
    "driver": QT_TRANSLATE_NOOP("Roles", "Driver"),
})
FACILITY_KINDS = Vocabulary("FacilityKind", {
    "designated_hospital": QT_TRANSLATE_NOOP("FacilityKind", "Designated hospital"),
    "field_hospital": QT_TRANSLATE_NOOP("FacilityKind", "Field hospital"),
    "isolation_site": QT_TRANSLATE_NOOP("FacilityKind", "Isolation site"),
    "fever_clinic": QT_TRANSLATE_NOOP("FacilityKind", "Fever clinic"),
})
VEHICLE_STATUSES = Vocabulary("VehicleStatus", {
    "available": QT_TRANSLATE_NOOP("VehicleStatus", "Available"),
    "dispatched": QT_TRANSLATE_NOOP("VehicleStatus", "Dispatched"),
    "on_scene": QT_TRANSLATE_NOOP("VehicleStatus", "On scene"),
    "transporting": QT_TRANSLATE_NOOP("VehicleStatus", "Transporting"),
    "awaiting_disinfection": QT_TRANSLATE_NOOP("VehicleStatus", "Awaiting disinfection"),
    "out_of_service": QT_TRANSLATE_NOOP("VehicleStatus", "Out of service"),
})
SUPPLY_ITEMS = Vocabulary("SuppliesPanel", {
    "protective_suit": QT_TRANSLATE_NOOP("SuppliesPanel", "Protective suit"),
    "mask": QT_TRANSLATE_NOOP("SuppliesPanel", "Mask"),
    "disinfectant": QT_TRANSLATE_NOOP("SuppliesPanel", "Disinfectant"),
})
