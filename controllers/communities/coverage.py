"""Looking at one community: its figures, a household's members and visits, finding it by name.

The readers and their refusals are models.communities.summary's and .household's; here the
permission is checked, one session opened, and resident IDs masked as the user's role requires.
Plain dataclasses of plain values leave here; the views never hold ORM objects.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import shown_resident_id
from models.accounts.permissions import Permission
from models.communities import household, summary
from models.communities.household import HouseholdDetail, MemberRow
from models.communities.summary import CommunitySummary, UnknownCommunity
from models.db.database import Database

__all__ = ["CommunitySummary", "HouseholdDetail", "MemberRow", "UnknownCommunity", "community_summary",
           "find_community", "household_detail"]


@action(Permission.VIEW)
def community_summary(database: Database, user: SignedInUser, community_id: int,
                      now: datetime | None = None) -> CommunitySummary:
    return summary.community_summary_held(database, community_id, now or datetime.now())


@action(Permission.VIEW)
def household_detail(database: Database, user: SignedInUser,
                     household_id: int) -> HouseholdDetail:
    """Members with their latest screening, and the visit history newest first."""
    with read_session(database) as session:
        detail = household.household_detail(session, household_id)
    may_see = user.sees_full_identifiers
    return replace(detail, members=tuple(
        replace(member, resident_id=shown_resident_id(member.resident_id, may_see))
        for member in detail.members))


def find_community(database: Database, text: str) -> tuple[int, str]:
    """(id, name) of the community whose code or exact name is `text`; UnknownCommunity when none
    or when several communities share the name (then the code is needed)."""
    with read_session(database) as session:
        return summary.find_community(session, text)
