"""Why a whole contact-tracing list was refused before any row was taken: the codes the intake
wizard and `canvass intake` word (controllers/intake/problem_text.py)."""
from __future__ import annotations

from models.errors import Refusal


class IntakeRefusal(Refusal):
    NO_IDENTITY_COLUMN = "intake_no_identity_column"      # headers: what the list has
    SOURCE_CASE_UNKNOWN = "intake_source_case_unknown"    # case
    SOURCE_CASE_NOT_INFECTIOUS = "intake_source_case_not_infectious"  # case, category
    CANCELLED = "intake_cancelled"                        # the person's own choice
