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

# A household "has an outcome" once a visit ended in anything but an unanswered door: the door
# nobody opened stays on the gap list (不漏一户). Belongs in models/ with the coverage rules when
# they are written; kept here, in one place, until then.
DONE_OUTCOMES: tuple[str, ...] = (VisitOutcome.SCREENED.value, VisitOutcome.REFUSED.value,
                                  VisitOutcome.MOVED_OUT.value)
