"""Reading and setting the district's team minimums (a commander's decision, audited)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.editing import EditConflict, last_change
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.minimums import POLICY_ROW, TeamMinimums, checked_minimums, store_minimums, stored_minimums


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
    chosen = checked_minimums(values)
    with user_session(database, user) as session:
        _current, version = stored_minimums(session)
        if version != expected_version:
            by, at = last_change(session, "team_minimums", POLICY_ROW)
            raise EditConflict("team_minimums", POLICY_ROW, version, by, at, [])
        row = store_minimums(session, chosen)
        saved = MinimumsForm(TeamMinimums(**{k: getattr(row, k) for k in asdict(chosen)}),
                             row.version)
    return saved
