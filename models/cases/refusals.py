"""Why a case change or an exposure back-trace was refused: the codes the case screens translate
(ui/kit/refusals/cases.py; the back-trace's in ui/kit/refusals/sheets.py)."""
from __future__ import annotations

from models.errors import Refusal


class CaseRefusal(Refusal):
    CLOSED = "case_closed"
    MOVE_ILLEGAL = "case_move_illegal"             # from_status, to_status
    STATUS_UNKNOWN = "case_status_unknown"
    TRANSFER_ONLY = "case_transfer_only"
    NEEDS_FACILITY = "case_needs_facility"
    CONFIRMED_CLEAR = "case_confirmed_clear"
    CATEGORY_ILLEGAL = "case_category_illegal"
    REASON_REQUIRED = "case_reason_required"
    REASON_TOO_LONG = "case_reason_too_long"        # limit
    FUTURE_TIME = "case_future_time"
    TIME_BEFORE_LAST = "case_time_before_last"
    ALREADY_OPEN = "case_already_open"
    NO_PERSON = "case_no_person"
    NOT_FOUND = "case_not_found"
    CONTACT_SELF = "contact_self"
    CONTACT_DUPLICATE = "contact_duplicate"
    PERSUASION_NOT_REFUSED = "persuasion_not_refused"


class ExposureRefusal(Refusal):
    """The back-trace from a case to the responders who met the person."""
    CASE_NOT_FOUND = "exposure_case_not_found"
    NOBODY = "exposure_nobody"
    NOT_EXPOSED = "exposure_not_exposed"             # days: the window looked back
