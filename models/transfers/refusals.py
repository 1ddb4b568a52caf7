"""Why a transfer, a sheet look-up or an incident was refused: the transfer codes are translated
by ui/kit/refusals/transfers.py, the sheet and incident codes by ui/kit/refusals/sheets.py."""
from __future__ import annotations

from models.errors import Refusal


class TransferRefusal(Refusal):
    CASE_NOT_AWAITING = "transfer_case_not_awaiting"
    CASE_HAS_ORDER = "transfer_case_has_order"
    FACILITY_FULL = "transfer_facility_full"
    FACILITY_REFUSES_CATEGORY = "transfer_facility_refuses_category"
    FACILITY_RETIRED = "transfer_facility_retired"          # facility
    VEHICLE_NOT_DISINFECTED = "transfer_vehicle_not_disinfected"
    VEHICLE_BUSY = "transfer_vehicle_busy"
    VEHICLE_TAKEN = "transfer_vehicle_taken"
    VEHICLE_UNAVAILABLE = "transfer_vehicle_unavailable"
    VEHICLE_RETIRED = "transfer_vehicle_retired"            # vehicle
    VEHICLE_OTHER_TEAM = "transfer_vehicle_other_team"
    NOT_QUICK_RESPONSE = "transfer_not_quick_response"
    NO_CREW = "transfer_no_crew"
    OUT_OF_SUITS = "transfer_out_of_suits"
    OVERRIDE_REASON = "transfer_override_reason"
    CREW_INCOMPLETE = "transfer_crew_incomplete"
    NUMBER_TAKEN = "transfer_number_taken"
    STEP_SKIPPED = "transfer_step_skipped"
    STEP_BACKWARDS = "transfer_step_backwards"
    STEP_ILLEGAL = "transfer_step_illegal"
    STEP_UNKNOWN = "transfer_step_unknown"
    FINISHED = "transfer_finished"
    FUTURE_TIME = "transfer_future_time"
    TIME_BEFORE_PREVIOUS = "transfer_time_before_previous"
    REASON_REQUIRED = "transfer_reason_required"
    REASON_TOO_LONG = "transfer_reason_too_long"            # limit
    DISINFECTION_NEEDS_RECORD = "transfer_disinfection_needs_record"
    DISINFECTION_INCOMPLETE = "transfer_disinfection_incomplete"
    DISINFECTION_BY = "transfer_disinfection_by"
    ALREADY_DISINFECTED = "transfer_already_disinfected"
    NOT_FINISHED = "transfer_not_finished"


class SheetRefusal(Refusal):
    """Looking a transfer sheet up by its number."""
    NOT_FOUND = "sheet_not_found"


class IncidentRefusal(Refusal):
    DESCRIPTION_EMPTY = "incident_description_empty"
    TEXT_TOO_LONG = "incident_text_too_long"                # limit
    HANDLER_TOO_LONG = "incident_handler_too_long"          # limit
    FUTURE_TIME = "incident_future_time"
    UNKNOWN_KIND = "incident_unknown_kind"
    UNKNOWN_CASE = "incident_unknown_case"
    UNKNOWN_TRANSFER = "incident_unknown_transfer"
    TRANSFER_OTHER_CASE = "incident_transfer_other_case"
    UNKNOWN_PLACE = "incident_unknown_place"
    NOT_FOUND = "incident_not_found"
    ALREADY_CLOSED = "incident_already_closed"
    OUTCOME_EMPTY = "incident_outcome_empty"
    CLOSED_BEFORE = "incident_closed_before"
