"""The audit log's field names: what each stored column is called on the forms and lists that
edit it, so "phone" reads 电话 and "dispatched_at" 出车时间 in the log as on the board.

The register's and the district's fields have their words in ui/kit/field_names.py (the
history panels' and conflict dialogs'); the others are here, in the "AuditFields" context. A
field named differently in one table (a team's "name" is its 名称, not a person's 姓名; a
household's "unit" is its 单元, a responder's is an agency) has its own entry under the table.
A field nobody named yet reads as stored.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.field_names import FIELDS as KIT_FIELDS
from ui.kit.field_names import field_name

CONTEXT = "AuditFields"

FIELDS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("AuditFields", "Order no."),
    "case_id": QT_TRANSLATE_NOOP("AuditFields", "Case"),
    "person_id": QT_TRANSLATE_NOOP("AuditFields", "Person"),
    "household_id": QT_TRANSLATE_NOOP("AuditFields", "Household"),
    "community_id": QT_TRANSLATE_NOOP("AuditFields", "Community"),
    "district_id": QT_TRANSLATE_NOOP("AuditFields", "District"),
    "vehicle_id": QT_TRANSLATE_NOOP("AuditFields", "Vehicle"),
    "facility_id": QT_TRANSLATE_NOOP("AuditFields", "Facility"),
    "responder_id": QT_TRANSLATE_NOOP("AuditFields", "Responder"),
    "transfer_id": QT_TRANSLATE_NOOP("AuditFields", "Transfer order"),
    "stock_id": QT_TRANSLATE_NOOP("AuditFields", "Supply stock"),
    "visit_id": QT_TRANSLATE_NOOP("AuditFields", "Visit"),
    "source_visit_id": QT_TRANSLATE_NOOP("AuditFields", "Found at the visit"),
    "merged_into_id": QT_TRANSLATE_NOOP("AuditFields", "Merged into"),
    "source_case_id": QT_TRANSLATE_NOOP("AuditFields", "Exposed to"),
    "contact_case_id": QT_TRANSLATE_NOOP("AuditFields", "Contact"),
    "user_id": QT_TRANSLATE_NOOP("AuditFields", "Recorded by"),
    "by_user_id": QT_TRANSLATE_NOOP("AuditFields", "Recorded by"),
    "recorded_by_user_id": QT_TRANSLATE_NOOP("AuditFields", "Recorded by"),
    "dispatcher_user_id": QT_TRANSLATE_NOOP("AuditFields", "Dispatcher"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    "password_hash": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    "failed_sign_ins": QT_TRANSLATE_NOOP("AuditFields", "Failed sign-ins"),
    "locked_until": QT_TRANSLATE_NOOP("AuditFields", "Locked until"),
    "last_sign_in_at": QT_TRANSLATE_NOOP("AuditFields", "Last sign-in"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditFields", "Must change the password"),
    "opened_at": QT_TRANSLATE_NOOP("AuditFields", "Opened at"),
    "status_since": QT_TRANSLATE_NOOP("AuditFields", "In status since"),
    "category_since": QT_TRANSLATE_NOOP("AuditFields", "In category since"),
    "is_open": QT_TRANSLATE_NOOP("AuditFields", "Open"),
    "closed_at": QT_TRANSLATE_NOOP("AuditFields", "Closed at"),
    "origin_address": QT_TRANSLATE_NOOP("AuditFields", "Pick-up address"),
    "override_reason": QT_TRANSLATE_NOOP("AuditFields", "Why the proposal was not taken"),
    "failure_reason": QT_TRANSLATE_NOOP("AuditFields", "Why it failed"),
    "ordered_at": QT_TRANSLATE_NOOP("AuditFields", "Ordered at"),
    "dispatched_at": QT_TRANSLATE_NOOP("AuditFields", "Dispatched at"),
    "on_scene_at": QT_TRANSLATE_NOOP("AuditFields", "On scene at"),
    "picked_up_at": QT_TRANSLATE_NOOP("AuditFields", "Picked up at"),
    "delivered_at": QT_TRANSLATE_NOOP("AuditFields", "Delivered at"),
    "disinfected_at": QT_TRANSLATE_NOOP("AuditFields", "Disinfected at"),
    "cancelled_at": QT_TRANSLATE_NOOP("AuditFields", "Cancelled at"),
    "failed_at": QT_TRANSLATE_NOOP("AuditFields", "Failed at"),
    "holds_vehicle": QT_TRANSLATE_NOOP("AuditFields", "Holds the vehicle"),
    "building": QT_TRANSLATE_NOOP("AuditFields", "Building"),
    "door": QT_TRANSLATE_NOOP("AuditFields", "Door"),
    "is_household_head": QT_TRANSLATE_NOOP("AuditFields", "Head of household"),
    "registered_at": QT_TRANSLATE_NOOP("AuditFields", "Registered at"),
    "origin": QT_TRANSLATE_NOOP("AuditFields", "Came from"),
    "residence": QT_TRANSLATE_NOOP("AuditFields", "Residence"),
    "residence_where": QT_TRANSLATE_NOOP("AuditFields", "Lives where"),
    "residence_since": QT_TRANSLATE_NOOP("AuditFields", "Residence since"),
    "household_relation": QT_TRANSLATE_NOOP("AuditFields", "Relation to the head"),
    "not_registered_here": QT_TRANSLATE_NOOP("AuditFields", "Not registered here"),
    "no_id_reason": QT_TRANSLATE_NOOP("AuditFields", "Why no resident ID"),
    "to_find": QT_TRANSLATE_NOOP("AuditFields", "To find"),
    "beds_taken": QT_TRANSLATE_NOOP("AuditFields", "Beds taken"),
    "starts_at": QT_TRANSLATE_NOOP("AuditFields", "Starts at"),
    "ends_at": QT_TRANSLATE_NOOP("AuditFields", "Ends at"),
    "leads": QT_TRANSLATE_NOOP("AuditFields", "Leads the shift"),
    "stood_down_at": QT_TRANSLATE_NOOP("AuditFields", "Stood down at"),
    "checked_on": QT_TRANSLATE_NOOP("AuditFields", "Day"),
    "checked_at": QT_TRANSLATE_NOOP("AuditFields", "Taken at"),
    "temperature_c": QT_TRANSLATE_NOOP("AuditFields", "Temperature (°C)"),
    "unwell": QT_TRANSLATE_NOOP("AuditFields", "Unwell"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "is_leader": QT_TRANSLATE_NOOP("AuditFields", "Leader"),
    "joined_on": QT_TRANSLATE_NOOP("AuditFields", "Joined on"),
    "left_on": QT_TRANSLATE_NOOP("AuditFields", "Left on"),
    "visited_at": QT_TRANSLATE_NOOP("AuditFields", "Visited at"),
    "outcome": QT_TRANSLATE_NOOP("AuditFields", "Outcome"),
    "presence": QT_TRANSLATE_NOOP("AuditFields", "Why not screened"),
    "has_symptoms": QT_TRANSLATE_NOOP("AuditFields", "Symptoms"),
    "symptoms": QT_TRANSLATE_NOOP("AuditFields", "Which symptoms"),
    "at": QT_TRANSLATE_NOOP("AuditFields", "Time"),
    "from_value": QT_TRANSLATE_NOOP("AuditFields", "From"),
    "to_value": QT_TRANSLATE_NOOP("AuditFields", "To"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "by_name": QT_TRANSLATE_NOOP("AuditFields", "By"),
    "said": QT_TRANSLATE_NOOP("AuditFields", "What was said"),
    "agreed": QT_TRANSLATE_NOOP("AuditFields", "Agreed to go"),
    "relation": QT_TRANSLATE_NOOP("AuditFields", "Relation"),
    "last_exposure": QT_TRANSLATE_NOOP("AuditFields", "Last exposure"),
    "inside": QT_TRANSLATE_NOOP("AuditFields", "Inside disinfected"),
    "outside": QT_TRANSLATE_NOOP("AuditFields", "Outside disinfected"),
    "delta": QT_TRANSLATE_NOOP("AuditFields", "Change in quantity"),
    "low_threshold": QT_TRANSLATE_NOOP("AuditFields", "Low below"),
    "occurred_at": QT_TRANSLATE_NOOP("AuditFields", "Occurred at"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "What happened"),
    "resolution": QT_TRANSLATE_NOOP("AuditFields", "Outcome"),
    "handled_by": QT_TRANSLATE_NOOP("AuditFields", "Handled by"),
    "step": QT_TRANSLATE_NOOP("AuditFields", "Step"),
    "level": QT_TRANSLATE_NOOP("AuditFields", "Level"),
    "minutes_overdue": QT_TRANSLATE_NOOP("AuditFields", "Minutes overdue"),
    "acknowledged_at": QT_TRANSLATE_NOOP("AuditFields", "Acknowledged at"),
    "work_group_police": QT_TRANSLATE_NOOP("AuditFields", "Work group: police"),
    "work_group_health_workers": QT_TRANSLATE_NOOP("AuditFields", "Work group: health workers"),
    "work_group_cadres": QT_TRANSLATE_NOOP("AuditFields", "Work group: cadres"),
    "quick_response_vehicles": QT_TRANSLATE_NOOP("AuditFields", "Quick-response team: vehicles"),
    "quick_response_officers": QT_TRANSLATE_NOOP("AuditFields", "Quick-response team: officers"),
    "quick_response_leaders": QT_TRANSLATE_NOOP("AuditFields", "Quick-response team: leaders"),
    "quick_response_teams_urban": QT_TRANSLATE_NOOP("AuditFields",
                                                    "Quick-response teams per urban station"),
    "quick_response_teams_rural": QT_TRANSLATE_NOOP("AuditFields",
                                                    "Quick-response teams per rural station"),
    # what an export, an import or a merge records
    "file": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "rows": QT_TRANSLATE_NOOP("AuditFields", "Rows"),
    "masked": QT_TRANSLATE_NOOP("AuditFields", "Identifiers masked"),
    "filters": QT_TRANSLATE_NOOP("AuditFields", "Filters"),
    "merged": QT_TRANSLATE_NOOP("AuditFields", "Entry merged away"),
    "cases": QT_TRANSLATE_NOOP("AuditFields", "Cases moved"),
    "screenings": QT_TRANSLATE_NOOP("AuditFields", "Screenings moved"),
    "screenings_left": QT_TRANSLATE_NOOP("AuditFields", "Screenings left"),
    "filled": QT_TRANSLATE_NOOP("AuditFields", "Fields filled in"),
    # what a sign-in attempt and the clearing of its delays record
    "workstation": QT_TRANSLATE_NOOP("AuditFields", "Workstation"),
    "seconds": QT_TRANSLATE_NOOP("AuditFields", "Seconds left to wait"),
    "failures": QT_TRANSLATE_NOOP("AuditFields", "Failures in a row"),
    "counters": QT_TRANSLATE_NOOP("AuditFields", "Delays cleared"),
}
# Where one table calls a field otherwise than the rest do.
TABLE_FIELDS: dict[tuple[str, str], str] = {
    **{(table, "name"): QT_TRANSLATE_NOOP("AuditFields", "Name")
       for table in ("team", "facility", "community", "police_station", "district", "lodging")},
    ("household", "unit"): QT_TRANSLATE_NOOP("AuditFields", "Unit"),
    ("person_case", "facility_id"): QT_TRANSLATE_NOOP("AuditFields", "Admitted at"),
    ("transfer_order", "facility_id"): QT_TRANSLATE_NOOP("AuditFields", "Destination"),
    ("transfer_order", "case_id"): QT_TRANSLATE_NOOP("AuditFields", "Patient"),
    ("case_event", "kind"): QT_TRANSLATE_NOOP("AuditFields", "What changed"),
    ("alert_acknowledgement", "kind"): QT_TRANSLATE_NOOP("AuditFields", "Alert"),
    ("alert_acknowledgement", "user_id"): QT_TRANSLATE_NOOP("AuditFields", "Acknowledged by"),
}


def field_label(table: str, field: str) -> str:
    """What `field` of `table` is called on the screens that edit it; as stored if nowhere."""
    if (table, field) in TABLE_FIELDS:
        return QCoreApplication.translate(CONTEXT, TABLE_FIELDS[table, field])
    if field in FIELDS:
        return QCoreApplication.translate(CONTEXT, FIELDS[field])
    if field in KIT_FIELDS:
        return field_name(field)
    return field
