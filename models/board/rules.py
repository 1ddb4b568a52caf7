"""What "done" means for each of the four categories, and what can hold a case that is not.

应收尽收、应治尽治、应检尽检、应隔尽隔 — every confirmed case admitted, every suspected case
isolated, every fever patient seen, every close contact isolated. Canvass records where a case is
by its status (a delivered transfer moves the case to ADMITTED at the order's facility, whatever
the facility's kind: models/transfers/steps.py), so each category's goal is a set of statuses:

* confirmed (应收尽收): ADMITTED.
* suspected (应隔尽隔 for the suspected): ADMITTED — isolated at an isolation site and admitted
  to a hospital are both ADMITTED at a facility; there is no separate "isolated" status.
* fever (应检尽检): ADMITTED — seen at a fever clinic is a delivery to a fever clinic, i.e.
  ADMITTED there. Canvass records no "seen and sent home" state: a fever patient under home
  observation has not been seen at a clinic as far as the record goes, and counts as not yet.
* close contact (应隔尽隔): ADMITTED (centralised isolation) or HOME_OBSERVATION.

Only open cases count, in the share and in the list: a closed case (released, cleared,
deceased) is owed nothing any more, and counting the released as done would let the campaign's
history hide today's backlog.

What holds a case not yet done, first match wins (each a fact on record, never a guess; the
SQL is models/board/rows.py `hold_expression`):
refused (and being persuaded: the persuasion visits are counted); a trip under way (dispatched,
on scene, picked up); a transfer ordered but its vehicle not yet dispatched; no active facility
that accepts the category has a free bed; marked for transfer and waiting for the dispatcher;
nothing recorded.
"""
from __future__ import annotations

from enum import StrEnum

from models.cases.goals import DONE_STATUSES
from models.enums import CaseCategory, CaseStatus, TransferStatus

C, S = CaseCategory, CaseStatus

# The goal of each category, as a set of statuses (models/cases/goals.py: the dashboard shows
# the same shares).
__all__ = ["BOARD_ORDER", "DONE_STATUSES", "UNDER_WAY", "Hold", "is_done"]

# The board's order: most serious first, as the wall reads the four slogans.
BOARD_ORDER: tuple[CaseCategory, ...] = (C.CONFIRMED, C.SUSPECTED, C.FEVER, C.CLOSE_CONTACT)

# A vehicle is on its way or has the patient aboard.
UNDER_WAY: frozenset[TransferStatus] = frozenset(
    {TransferStatus.DISPATCHED, TransferStatus.ON_SCENE, TransferStatus.PICKED_UP})


class Hold(StrEnum):
    """Why a case is not yet where its category says it must be (stored nowhere: read live)."""
    PERSUADING = "persuading"              # refused; persuasion visits follow
    UNDER_WAY = "under_way"                # a vehicle is on the way or carrying the patient
    AWAITING_VEHICLE = "awaiting_vehicle"  # an order written, its vehicle not yet dispatched
    NO_BED = "no_bed"                      # no active facility taking the category has a bed
    AWAITING_DISPATCH = "awaiting_dispatch"  # marked for transfer, no order yet
    NOTHING = "nothing"                    # nothing on record holds it: someone must act


def is_done(category: str, status: str) -> bool:
    """Whether a case of `category` in `status` meets its category's goal."""
    return CaseStatus(status) in DONE_STATUSES[CaseCategory(category)]
