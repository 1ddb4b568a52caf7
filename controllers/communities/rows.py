"""The communities' lists, handed to a user who may read them: the community list, a
community's households and its gap list, and the choices of their filters. The rows and their
SQL are models/communities/rows.py's and household_rows.py's."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.communities import household_rows as households
from models.communities import rows as communities
from models.communities.household_rows import OUTCOME_COLUMN, GapRows, HouseholdRows
from models.communities.rows import CommunityRows, Place
from models.db.database import Database

# OUTCOME_COLUMN: the column the community detail shows through the visit outcomes' words.
__all__ = ["OUTCOME_COLUMN", "Place", "buildings", "community_rows", "gap_rows", "household_rows",
           "place_choices", "station_choices"]


@action(Permission.VIEW)
def community_rows(database: Database, user: SignedInUser) -> CommunityRows:
    """The communities with their register figures and door-to-door coverage."""
    return CommunityRows(database)


@action(Permission.VIEW)
def household_rows(database: Database, user: SignedInUser) -> HouseholdRows:
    """A community's households (filter by `community_id`) with their latest visits."""
    return HouseholdRows(database)


@action(Permission.VIEW)
def gap_rows(database: Database, user: SignedInUser) -> GapRows:
    """A community's households without a finished outcome, the longest-waiting first."""
    return GapRows(database)


@action(Permission.VIEW)
def station_choices(database: Database, user: SignedInUser) -> list[tuple[int, str]]:
    """(id, name) of every police station, for a station filter."""
    with read_session(database) as session:
        return communities.station_choices(session)


@action(Permission.VIEW)
def place_choices(database: Database, user: SignedInUser) -> list[Place]:
    """Every station with its communities, for a list's place filter."""
    with read_session(database) as session:
        return communities.places(session)


@action(Permission.VIEW)
def buildings(database: Database, user: SignedInUser, community_id: int) -> list[str]:
    """The community's buildings (楼栋 / 组), for the building filter."""
    with read_session(database) as session:
        return households.buildings(session, community_id)
