"""The teams view's lists, handed to a user who may read them: the roster of teams and the
vehicles board. The rows and their SQL are models/teams/rows.py's and vehicle_rows.py's; the
words they are shown in, controllers/teams/words.py's."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.rows import TeamRosterRows
from models.teams.vehicle_rows import VehicleRows


@action(Permission.VIEW)
def team_roster_rows(database: Database, user: SignedInUser) -> TeamRosterRows:
    """The teams with their members, leader, composition and who is on duty now."""
    return TeamRosterRows(database)


@action(Permission.VIEW)
def vehicle_rows(database: Database, user: SignedInUser) -> VehicleRows:
    """The vehicles with their status and how long they have been in it."""
    return VehicleRows(database)
