"""Sentences for the transfer workflow's refusals, by code; anything else falls back to the
case sentences (a step moves the case too) and then to error_text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.refusals.cases import case_error_text

CONTEXT = "TransferErrors"

BY_CODE: dict[str, str] = {
    "transfer_case_not_awaiting": QT_TRANSLATE_NOOP("TransferErrors", "This case is not awaiting transfer: mark it for transfer first."),
    "transfer_case_has_order": QT_TRANSLATE_NOOP("TransferErrors", "This case already has a transfer under way."),
    "transfer_facility_full": QT_TRANSLATE_NOOP("TransferErrors", "The facility has no free bed: choose another one."),
    "transfer_facility_refuses_category": QT_TRANSLATE_NOOP("TransferErrors", "The facility does not take this category of patient: choose another one."),
    "transfer_vehicle_not_disinfected": QT_TRANSLATE_NOOP("TransferErrors", "The vehicle has not been disinfected since its last trip: record its disinfection first, or choose another vehicle."),
    "transfer_vehicle_busy": QT_TRANSLATE_NOOP("TransferErrors", "The vehicle is on another transfer: choose another vehicle."),
    "transfer_vehicle_taken": QT_TRANSLATE_NOOP("TransferErrors", "Another dispatcher has just sent this vehicle: choose another one."),
    "transfer_vehicle_unavailable": QT_TRANSLATE_NOOP("TransferErrors", "The vehicle is not available."),
    "transfer_vehicle_other_team": QT_TRANSLATE_NOOP("TransferErrors", "The vehicle does not belong to that team."),
    "transfer_not_quick_response": QT_TRANSLATE_NOOP("TransferErrors", "Only an active quick-response team carries out transfers."),
    "transfer_no_crew": QT_TRANSLATE_NOOP("TransferErrors", "Nobody of that team is on duty now."),
    "transfer_out_of_suits": QT_TRANSLATE_NOOP("TransferErrors", "The station is out of protective suits for this crew: restock first."),
    "transfer_override_reason": QT_TRANSLATE_NOOP("TransferErrors", "Say why you depart from the proposed facility or vehicle."),
    "transfer_number_taken": QT_TRANSLATE_NOOP("TransferErrors", "Another dispatcher ordered a transfer at the same moment: try again."),
    "transfer_step_skipped": QT_TRANSLATE_NOOP("TransferErrors", "A step cannot be skipped: record the steps in order."),
    "transfer_step_backwards": QT_TRANSLATE_NOOP("TransferErrors", "A transfer cannot go back a step."),
    "transfer_step_illegal": QT_TRANSLATE_NOOP("TransferErrors", "That step is not possible from where the transfer stands."),
    "transfer_step_unknown": QT_TRANSLATE_NOOP("TransferErrors", "That is not a step of a transfer."),
    "transfer_finished": QT_TRANSLATE_NOOP("TransferErrors", "This transfer is finished."),
    "transfer_future_time": QT_TRANSLATE_NOOP("TransferErrors", "The time is in the future."),
    "transfer_time_before_previous": QT_TRANSLATE_NOOP("TransferErrors", "The time is before the previous step."),
    "transfer_reason_required": QT_TRANSLATE_NOOP("TransferErrors", "Say why: this step needs a reason."),
    "transfer_reason_too_long": QT_TRANSLATE_NOOP("TransferErrors", "The text is longer than 200 characters."),
    "transfer_disinfection_needs_record": QT_TRANSLATE_NOOP("TransferErrors", "Record the disinfection: inside, outside, by whom."),
    "transfer_disinfection_incomplete": QT_TRANSLATE_NOOP("TransferErrors", "A vehicle is disinfected inside and out: tick both."),
    "transfer_disinfection_by": QT_TRANSLATE_NOOP("TransferErrors", "Say who disinfected the vehicle."),
    "transfer_already_disinfected": QT_TRANSLATE_NOOP("TransferErrors", "Nothing to disinfect: the vehicle is already free."),
    "transfer_not_finished": QT_TRANSLATE_NOOP("TransferErrors", "The trip is still under way: record the disinfection after delivery."),
    "conflict": QT_TRANSLATE_NOOP("TransferErrors", "Someone else moved this transfer meanwhile: check where it stands and try again."),
}


def transfer_error_text(error: CanvassError) -> str:
    if error.code in BY_CODE:
        return QCoreApplication.translate(CONTEXT, BY_CODE[error.code])
    return case_error_text(error)
