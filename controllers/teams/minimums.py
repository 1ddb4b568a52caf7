"""Reading and setting the district's team minimums (a commander's decision, audited)."""
from __future__ import annotations

from dataclasses import dataclass

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.minimums import TeamMinimums, save_minimums, stored_minimums


@dataclass(frozen=True)
class MinimumsForm:
    minimums: TeamMinimums
    version: int          # 0: the district never set its own; the defaults apply


@action(Permission.VIEW)
def team_minimums(database: Database, user: SignedInUser) -> MinimumsForm:
    with read_session(database) as session:
        minimums, version = stored_minimums(session)
    return MinimumsForm(minimums, version)


@action(Permission.MANAGE_TEAMS)
def set_team_minimums(database: Database, user: SignedInUser, values: dict[str, object],
                      expected_version: int) -> MinimumsForm:
    """Save new minimums; EditConflict when another workstation changed them first."""
    with user_session(database, user) as session:
        minimums, version = save_minimums(session, values, expected_version)
    return MinimumsForm(minimums, version)
