"""Team membership as the responders sheet says it: join, leave, lead, step down.

One row per team and responder (the team roster's rule, models/teams/shifts.py): a member who
left and comes back gets his old row again. Leaders step down in one flush and step up in the
next, so the one-leader index never sees two at once.

A roster the import changes moves its team to the next version, as a change from the team's
window does (models/teams/membership.py): a roster edit opened before the import is then
refused as stale instead of undoing what the workbook said.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema.teams import Team, TeamMember
from models.setup.existing import Existing
from models.setup.rows import ResponderRow, TeamKey

LOOKUP_CHUNK = 900


def _members(session: Session, responder_ids: list[int]) -> dict[tuple[int, int], TeamMember]:
    found: dict[tuple[int, int], TeamMember] = {}
    for start in range(0, len(responder_ids), LOOKUP_CHUNK):
        part = responder_ids[start:start + LOOKUP_CHUNK]
        for member in session.scalars(select(TeamMember).where(TeamMember.responder_id.in_(part))):
            found[(member.responder_id, member.team_id)] = member
    return found


def load_members(session: Session, existing: Existing, written: list[tuple[ResponderRow, int]],
                 teams: dict[TeamKey, int], today: date, now: datetime) -> None:
    """Make each written responder a member of exactly the teams of his row, leading the first
    when the row says so; `existing` tells which of them were stored (the others are new). The
    stored teams whose roster changed move to their next version."""
    stored = [ident for _, ident in written if ident in existing.responders]
    members = _members(session, stored) if stored else {}
    by_responder: dict[int, list[TeamMember]] = {}
    for (responder, _team), member in members.items():
        by_responder.setdefault(responder, []).append(member)
    stepping_up: list[TeamMember] = []
    changed: set[int] = set()
    for row, ident in written:
        wanted = {teams[key]: row.leader and index == 0 for index, key in enumerate(row.teams)}
        for member in by_responder.get(ident, []):
            if member.left_on is None and member.team_id not in wanted:
                member.left_on = today
                changed.add(member.team_id)
            elif member.left_on is None and member.is_leader and not wanted[member.team_id]:
                member.is_leader = False
                changed.add(member.team_id)
        for team_id, leads in wanted.items():
            found = members.get((ident, team_id))
            if found is None:
                member = TeamMember(team_id=team_id, responder_id=ident, is_leader=False,
                                    joined_on=today)
                session.add(member)
                changed.add(team_id)
            else:
                member = found
                if member.left_on is not None:
                    member.left_on, member.joined_on, member.is_leader = None, today, False
                    changed.add(team_id)
            if leads and not member.is_leader:
                stepping_up.append(member)
                changed.add(team_id)
    session.flush()
    for member in stepping_up:
        member.is_leader = True
    session.flush()
    move_rosters(session, changed & set(existing.team_keys), now)


def move_rosters(session: Session, team_ids: Iterable[int], now: datetime) -> None:
    """The teams to their next version (a team this import created was seen by nobody yet).
    Version-checked like every ORM update: a team another workstation changed meanwhile is a
    StaleDataError, which the loader turns into its "import it again"."""
    ids = sorted(team_ids)
    for start in range(0, len(ids), LOOKUP_CHUNK):
        for team in session.scalars(select(Team).where(Team.id.in_(ids[start:start + LOOKUP_CHUNK]))):
            team.updated_at = now
    session.flush()
