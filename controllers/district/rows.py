"""The 辖区资料 lists, handed to a user who may set up the district. The rows and their SQL
are models/district/rows.py's and team_rows.py's."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.district.rows import CommunityList, FacilityList, LodgingList, StationList
from models.district.team_rows import ResponderList, StockList, TeamList, VehicleList


@action(Permission.SET_UP_DISTRICT)
def station_list(database: Database, user: SignedInUser) -> StationList:
    return StationList(database)


@action(Permission.SET_UP_DISTRICT)
def community_list(database: Database, user: SignedInUser) -> CommunityList:
    return CommunityList(database)


@action(Permission.SET_UP_DISTRICT)
def facility_list(database: Database, user: SignedInUser) -> FacilityList:
    return FacilityList(database)


@action(Permission.SET_UP_DISTRICT)
def vehicle_list(database: Database, user: SignedInUser) -> VehicleList:
    return VehicleList(database)


@action(Permission.SET_UP_DISTRICT)
def team_list(database: Database, user: SignedInUser) -> TeamList:
    return TeamList(database)


@action(Permission.SET_UP_DISTRICT)
def responder_list(database: Database, user: SignedInUser) -> ResponderList:
    """Resident IDs and phones masked in SQL unless `user`'s role may see them in full."""
    return ResponderList(database, sees_full=user.sees_full_identifiers)


@action(Permission.SET_UP_DISTRICT)
def lodging_list(database: Database, user: SignedInUser) -> LodgingList:
    return LodgingList(database)


@action(Permission.SET_UP_DISTRICT)
def stock_list(database: Database, user: SignedInUser) -> StockList:
    return StockList(database)
