"""Keeping the rosters: members join and leave, leaders change, stations against minimums."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import masked
from models.accounts.masking import shown_phone
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.detail import TeamDetail
from models.teams.detail import team_detail as detail_of_team
from models.teams.rules import StationStrength, station_strengths
from models.teams.shifts import add_member, leave_team, make_leader

__all__ = ["TeamDetail", "hand_leadership", "join_team", "leave", "station_minimums", "team_detail"]


@action(Permission.MANAGE_TEAMS)
def join_team(database: Database, user: SignedInUser, team_id: int, responder_id: int,
              on: date, is_leader: bool = False) -> None:
    """A second leader is refused with a sentence, even when two workstations race."""
    with user_session(database, user) as session:
        add_member(session, team_id, responder_id, is_leader, on)


@action(Permission.MANAGE_TEAMS)
def hand_leadership(database: Database, user: SignedInUser, team_id: int, responder_id: int) -> None:
    with user_session(database, user) as session:
        make_leader(session, team_id, responder_id)


@action(Permission.MANAGE_TEAMS)
def leave(database: Database, user: SignedInUser, team_id: int, responder_id: int, on: date) -> None:
    with user_session(database, user) as session:
        leave_team(session, team_id, responder_id, on)


@action(Permission.VIEW)
def station_minimums(database: Database, user: SignedInUser) -> list[StationStrength]:
    """Each station's quick-response teams against the minimum for its area."""
    with read_session(database) as session:
        return station_strengths(session)


@action(Permission.VIEW)
def team_detail(database: Database, user: SignedInUser, team_id: int, day: date) -> TeamDetail:
    """A team's members (phones masked per role), its shifts and today's temperatures."""
    full = user.sees_full_identifiers
    with read_session(database) as session:
        detail = detail_of_team(session, team_id, day)
    return replace(detail, members=[replace(m, phone=shown_phone(m.phone, full))
                                    for m in detail.members],
                   shifts=masked(detail.shifts, user))
