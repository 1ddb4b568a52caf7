"""Why an edit of the district's master data was refused: the codes ui/district/texts.py words.

A value that breaks one of the district workbook's own rules (a plate that is not a plate,
coordinates outside China) is refused as INVALID_VALUE carrying the workbook's problem, so the
form shows the workbook's sentence for it beside the field."""
from __future__ import annotations

from models.errors import CanvassError, Refusal, RefusalParam
from models.setup.problems import SetupProblem


class DistrictRefusal(Refusal):
    INVALID_VALUE = "district_invalid_value"            # the error's `problem` says which rule
    NO_DISTRICT = "district_none"
    CODE_TAKEN = "district_code_taken"                  # value
    NAME_TAKEN = "district_name_taken"                  # value
    PLATE_TAKEN = "district_plate_taken"                # value
    RESIDENT_ID_TAKEN = "district_resident_id_taken"    # holder: the responder holding it
    ITEM_STOCKED = "district_item_stocked"              # the station already keeps this item
    BEDS_BELOW_TAKEN = "district_beds_below_taken"      # taken
    RETIRED_CHOSEN = "district_retired_chosen"          # value: the retired row's name
    VEHICLE_ON_TRANSFER = "district_vehicle_on_transfer"  # vehicle
    VEHICLE_IN_SERVICE = "district_vehicle_in_service"  # vehicle: not out of service
    DELIVERY_NOT_POSITIVE = "district_delivery_not_positive"
    RACED = "district_raced"


class DistrictRefused(CanvassError):
    """A master-data edit that breaks a rule; nothing was written. `field` is the form's field
    at fault (None: the record as a whole); `problem`, for INVALID_VALUE, the workbook's."""

    def __init__(self, message: str, code: Refusal, *, field: str | None = None,
                 problem: SetupProblem | None = None, **params: RefusalParam) -> None:
        super().__init__(message, code, **params)
        self.field = field
        self.problem = problem
