"""The map's figures, handed to a user who may read them (the SQL: models/map/figures.py).
Called on the task runner by ui/map; the cache keeps the parsed outlines between refreshes."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.map.facility_card import facility_card as read_card
from models.map.figures import map_figures as read_figures
from models.map.spots import FacilityCard, MapCache, MapFigures


@action(Permission.VIEW)
def map_figures(database: Database, user: SignedInUser, cache: MapCache) -> MapFigures:
    """Communities, outlines, facilities, stations, vehicles and open cases, in one read."""
    with read_session(database) as session:
        return read_figures(session, cache)


@action(Permission.VIEW)
def facility_card(database: Database, user: SignedInUser, facility_id: int) -> FacilityCard:
    """One facility's beds, the transfers heading to it and the persons admitted there."""
    with read_session(database) as session:
        return read_card(session, facility_id)
