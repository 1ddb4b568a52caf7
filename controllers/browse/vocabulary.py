"""The domain's closed vocabularies in the order people read them, as plain strings.

The UI shows chips and filter lists from these tuples; it never imports the models (and their
SQLAlchemy column types) to learn what categories exist.
"""
from __future__ import annotations

from models.enums import AreaKind, CaseCategory, CaseStatus, TeamKind, TransferStatus, VisitOutcome

# Most serious first: the order of the chips and of a sort by category.
CATEGORIES: tuple[str, ...] = (CaseCategory.CONFIRMED.value, CaseCategory.SUSPECTED.value,
                               CaseCategory.FEVER.value, CaseCategory.CLOSE_CONTACT.value)
# The workflow's main road, then its side roads.
CASE_STATUSES: tuple[str, ...] = tuple(status.value for status in CaseStatus)
TRANSFER_STATUSES: tuple[str, ...] = tuple(status.value for status in TransferStatus)
TEAM_KINDS: tuple[str, ...] = tuple(kind.value for kind in TeamKind)
AREA_KINDS: tuple[str, ...] = tuple(kind.value for kind in AreaKind)

VISIT_OUTCOMES: tuple[str, ...] = tuple(outcome.value for outcome in VisitOutcome)
# Which visit outcomes count as done: a coverage rule, kept beside the tallies (models/schema/tallies.py).
from models.schema.tallies import DONE_OUTCOMES  # noqa: E402,F401
