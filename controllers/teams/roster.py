"""Keeping the rosters: members join, leave and move, the leadership changes hands, members are
lodged; stations against minimums. A change made from the team's window names the team's
version it showed (models/teams/membership.py refuses a stale one); the command line passes
none."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import masked, now
from models.accounts.masking import shown_phone
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.detail import TeamDetail
from models.teams.detail import team_detail as detail_of_team
from models.teams.membership import (
    Candidate,
    LodgingChoice,
    TeamChoice,
    add_member,
    assign_lodging,
    leave_team,
    lodging_choices,
    make_leader,
    move_member,
    responders_to_add,
    teams_to_move_to,
)
from models.teams.rules import StationStrength, leads_as_a_matter_of_course, station_strengths_held

__all__ = ["Candidate", "LodgingChoice", "TeamChoice", "TeamDetail", "candidates_to_join",
           "hand_leadership", "join_team", "leader_needs_confirming", "leave", "lodge", "lodgings", "move_to_team",
           "station_minimums", "team_detail", "teams_to_move"]


@action(Permission.MANAGE_TEAMS)
def join_team(database: Database, user: SignedInUser, team_id: int, responder_id: int,
              on: date, is_leader: bool = False, expected_version: int | None = None) -> None:
    """A second leader is refused with a sentence, even when two workstations race."""
    with user_session(database, user) as session:
        add_member(session, team_id, responder_id, is_leader, on, expected_version)


def leader_needs_confirming(role: str) -> bool:
    """Whether handing the leadership to a member of `role` asks first (models/teams/rules.py:
    a police officer leads as a matter of course, anyone else only after a yes)."""
    return not leads_as_a_matter_of_course(role)


@action(Permission.MANAGE_TEAMS)
def hand_leadership(database: Database, user: SignedInUser, team_id: int, responder_id: int,
                    expected_version: int | None = None) -> None:
    """The old leader steps down and the new one up in one transaction."""
    with user_session(database, user) as session:
        make_leader(session, team_id, responder_id, expected_version)


@action(Permission.MANAGE_TEAMS)
def leave(database: Database, user: SignedInUser, team_id: int, responder_id: int, on: date,
          expected_version: int | None = None) -> int:
    """The member leaves on `on`; their shifts with the team not yet started go. How many."""
    with user_session(database, user) as session:
        return leave_team(session, team_id, responder_id, on, now(), expected_version)


@action(Permission.MANAGE_TEAMS)
def move_to_team(database: Database, user: SignedInUser, from_team: int, to_team: int,
                 responder_id: int, on: date, expected_version: int | None = None) -> None:
    """Leave one team and join another in one transaction."""
    with user_session(database, user) as session:
        move_member(session, from_team, to_team, responder_id, on, now(), expected_version)


@action(Permission.MANAGE_TEAMS)
def lodge(database: Database, user: SignedInUser, responder_id: int, lodging_id: int | None,
          expected_version: int, original: int | None) -> int:
    """Assign a member's lodging (None: none); EditConflict if changed meanwhile. New version."""
    with user_session(database, user) as session:
        return assign_lodging(session, responder_id, lodging_id, expected_version, original)


@action(Permission.VIEW)
def candidates_to_join(database: Database, user: SignedInUser, team_id: int, text: str,
                       limit: int = 20) -> list[Candidate]:
    """Responders whose name starts with `text`, not in the team now, with their teams."""
    with read_session(database) as session:
        return responders_to_add(session, database.kind, text, team_id, limit)


@action(Permission.VIEW)
def teams_to_move(database: Database, user: SignedInUser, team_id: int) -> list[TeamChoice]:
    with read_session(database) as session:
        return teams_to_move_to(session, team_id)


@action(Permission.VIEW)
def lodgings(database: Database, user: SignedInUser, station_id: int) -> list[LodgingChoice]:
    with read_session(database) as session:
        return lodging_choices(session, station_id)


@action(Permission.VIEW)
def station_minimums(database: Database, user: SignedInUser) -> list[StationStrength]:
    """Each station's quick-response teams against the minimum for its area (one round trip)."""
    return station_strengths_held(database)


@action(Permission.VIEW)
def team_detail(database: Database, user: SignedInUser, team_id: int, day: date) -> TeamDetail:
    """A team's members (phones masked per role), its shifts, their crews and today's
    temperatures."""
    full = user.sees_full_identifiers
    with read_session(database) as session:
        detail = detail_of_team(session, team_id, day)
    return replace(detail, members=[replace(m, phone=shown_phone(m.phone, full))
                                    for m in detail.members],
                   shifts=masked(detail.shifts, user))
