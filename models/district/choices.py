"""What an edit form offers to choose from: the stations, communities, teams and lodging.

The master tables are small (20 stations, 200 communities, a few hundred teams), so a form
reads them whole, once, when it opens. Retired rows come too, marked, so that a record still
pointing at one shows its name; the form offers only the ones in use for a new choice.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.district.tables import Choice, DistrictChoices
from models.schema.geography import Community, PoliceStation
from models.schema.teams import Lodging, Team


def district_choices(session: Session) -> DistrictChoices:
    return DistrictChoices(
        stations=tuple(Choice(i, n, a) for i, n, a in session.execute(
            select(PoliceStation.id, PoliceStation.name, PoliceStation.active)
            .order_by(PoliceStation.code, PoliceStation.id))),
        communities=tuple(Choice(i, n, a, s) for i, n, a, s in session.execute(
            select(Community.id, Community.name, Community.active, Community.station_id)
            .order_by(Community.code, Community.id))),
        teams=tuple(Choice(i, n, a, s) for i, n, a, s in session.execute(
            select(Team.id, Team.name, Team.active, Team.station_id)
            .order_by(Team.station_id, Team.name, Team.id))),
        lodgings=tuple(Choice(i, n, a, s) for i, n, a, s in session.execute(
            select(Lodging.id, Lodging.name, Lodging.active, Lodging.station_id)
            .order_by(Lodging.name, Lodging.id))))
