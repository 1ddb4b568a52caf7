"""Sentences for the transfer workflow's refusals, by code; anything else falls back to the
case sentences (a step moves the case too) and then to error_text."""
from __future__ import annotations

from models.errors import CanvassError, DatabaseRefusal, Refusal
from models.transfers.refusals import TransferRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import refusal_sentence
from ui.kit.refusals.cases import case_error_text

CONTEXT = "TransferErrors"

BY_CODE: dict[Refusal, str] = {
    TransferRefusal.CASE_NOT_AWAITING: QT_TRANSLATE_NOOP("TransferErrors", "This case is not awaiting transfer: mark it for transfer first."),
    TransferRefusal.CASE_HAS_ORDER: QT_TRANSLATE_NOOP("TransferErrors", "This case already has a transfer under way."),
    TransferRefusal.FACILITY_FULL: QT_TRANSLATE_NOOP("TransferErrors", "The facility has no free bed: choose another one."),
    TransferRefusal.FACILITY_REFUSES_CATEGORY: QT_TRANSLATE_NOOP("TransferErrors", "The facility does not take this category of patient: choose another one."),
    TransferRefusal.FACILITY_RETIRED: QT_TRANSLATE_NOOP("TransferErrors", "{facility} is retired and can no longer be chosen: choose another facility."),
    TransferRefusal.VEHICLE_NOT_DISINFECTED: QT_TRANSLATE_NOOP("TransferErrors", "The vehicle has not been disinfected since its last trip: record its disinfection first, or choose another vehicle."),
    TransferRefusal.VEHICLE_BUSY: QT_TRANSLATE_NOOP("TransferErrors", "The vehicle is on another transfer: choose another vehicle."),
    TransferRefusal.VEHICLE_TAKEN: QT_TRANSLATE_NOOP("TransferErrors", "Another dispatcher has just sent this vehicle: choose another one."),
    TransferRefusal.VEHICLE_UNAVAILABLE: QT_TRANSLATE_NOOP("TransferErrors", "The vehicle is not available."),
    TransferRefusal.VEHICLE_RETIRED: QT_TRANSLATE_NOOP("TransferErrors", "{vehicle} is retired and can no longer be dispatched: choose another vehicle."),
    TransferRefusal.VEHICLE_OTHER_TEAM: QT_TRANSLATE_NOOP("TransferErrors", "The vehicle does not belong to that team."),
    TransferRefusal.NOT_QUICK_RESPONSE: QT_TRANSLATE_NOOP("TransferErrors", "Only an active quick-response team carries out transfers."),
    TransferRefusal.NO_CREW: QT_TRANSLATE_NOOP("TransferErrors", "Nobody of that team is on duty now."),
    TransferRefusal.OUT_OF_SUITS: QT_TRANSLATE_NOOP("TransferErrors", "The station is out of protective suits for this crew: restock first."),
    TransferRefusal.OVERRIDE_REASON: QT_TRANSLATE_NOOP("TransferErrors", "Say why you depart from the proposed facility or vehicle."),
    TransferRefusal.CREW_INCOMPLETE: QT_TRANSLATE_NOOP("TransferErrors", "The crew on duty lacks its leader or a minimum role: say in Reason why it goes out as it is; nothing was saved."),
    TransferRefusal.NUMBER_TAKEN: QT_TRANSLATE_NOOP("TransferErrors", "Another dispatcher ordered a transfer at the same moment: try again."),
    TransferRefusal.STEP_SKIPPED: QT_TRANSLATE_NOOP("TransferErrors", "A step cannot be skipped: record the steps in order."),
    TransferRefusal.STEP_BACKWARDS: QT_TRANSLATE_NOOP("TransferErrors", "A transfer cannot go back a step."),
    TransferRefusal.STEP_ILLEGAL: QT_TRANSLATE_NOOP("TransferErrors", "That step is not possible from where the transfer stands."),
    TransferRefusal.STEP_UNKNOWN: QT_TRANSLATE_NOOP("TransferErrors", "That is not a step of a transfer."),
    TransferRefusal.FINISHED: QT_TRANSLATE_NOOP("TransferErrors", "This transfer is finished."),
    TransferRefusal.FUTURE_TIME: QT_TRANSLATE_NOOP("TransferErrors", "The time is in the future."),
    TransferRefusal.TIME_BEFORE_PREVIOUS: QT_TRANSLATE_NOOP("TransferErrors", "The time is before the previous step."),
    TransferRefusal.REASON_REQUIRED: QT_TRANSLATE_NOOP("TransferErrors", "Say why: this step needs a reason."),
    TransferRefusal.REASON_TOO_LONG: QT_TRANSLATE_NOOP("TransferErrors", "The text is longer than {limit} characters."),
    TransferRefusal.DISINFECTION_NEEDS_RECORD: QT_TRANSLATE_NOOP("TransferErrors", "Record the disinfection: inside, outside, by whom."),
    TransferRefusal.DISINFECTION_INCOMPLETE: QT_TRANSLATE_NOOP("TransferErrors", "A vehicle is disinfected inside and out: tick both."),
    TransferRefusal.DISINFECTION_BY: QT_TRANSLATE_NOOP("TransferErrors", "Say who disinfected the vehicle."),
    TransferRefusal.ALREADY_DISINFECTED: QT_TRANSLATE_NOOP("TransferErrors", "Nothing to disinfect: the vehicle is already free."),
    TransferRefusal.NOT_FINISHED: QT_TRANSLATE_NOOP("TransferErrors", "The trip is still under way: record the disinfection after delivery."),
    DatabaseRefusal.CONFLICT: QT_TRANSLATE_NOOP("TransferErrors", "Someone else moved this transfer meanwhile: check where it stands and try again."),
}


def transfer_error_text(error: CanvassError) -> str:
    return refusal_sentence(CONTEXT, BY_CODE, error) or case_error_text(error)
