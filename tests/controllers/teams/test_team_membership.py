"""Membership and planning as a commander does them: who may, and the audit trail each leaves."""
from __future__ import annotations

import json
from datetime import time, timedelta

import pytest
from sqlalchemy import select

from controllers.teams.roster import (
    candidates_to_join,
    hand_leadership,
    join_team,
    leave,
    lodge,
    lodgings,
    move_to_team,
    team_detail,
    teams_to_move,
)
from controllers.teams.shifts import ShiftPattern, ShiftPlan, plan_team_shifts
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.schema import AuditEntry, Lodging
from models.teams.shifts import RosterRefused
from tests.support.factories import TODAY, signed_in
from tests.support.rosters import Roster, make_roster

COMMANDER, DISPATCHER, VIEWER = signed_in("commander"), signed_in("dispatcher"), signed_in("viewer")


@pytest.fixture
def roster(database: Database) -> Roster:
    with database.sessions.begin() as session:
        return make_roster(session)


def audited(database: Database, table: str) -> list[tuple[str, str, dict[str, object]]]:
    with database.sessions() as session:
        return [(user, action, json.loads(changes)) for user, action, changes in session.execute(
            select(AuditEntry.username, AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.table_name == table).order_by(AuditEntry.id))]


def test_only_a_commander_keeps_the_roster(database: Database, roster: Roster) -> None:
    sun = roster.people["孙警官"]
    seen = team_detail(database, VIEWER, roster.quick, TODAY).version
    plan = ShiftPlan(roster.quick, TODAY + timedelta(days=1), 7,
                     (ShiftPattern(time(8), 12, (roster.people["王警官"],)),))
    for user in (DISPATCHER, VIEWER):
        with pytest.raises(PermissionDenied):
            join_team(database, user, roster.quick, sun, TODAY, expected_version=seen)
        with pytest.raises(PermissionDenied):
            hand_leadership(database, user, roster.quick, roster.people["王警官"], seen)
        with pytest.raises(PermissionDenied):
            leave(database, user, roster.quick, roster.people["王警官"], TODAY, seen)
        with pytest.raises(PermissionDenied):
            move_to_team(database, user, roster.quick, roster.work, roster.people["王警官"], TODAY)
        with pytest.raises(PermissionDenied):
            plan_team_shifts(database, user, plan)
    # everyone may look up who could join, where to move, where to lodge
    assert [c.name for c in candidates_to_join(database, VIEWER, roster.quick, "孙")] == ["孙警官"]
    assert [t.name for t in teams_to_move(database, VIEWER, roster.quick)] == ["永清工作组"]
    assert lodgings(database, VIEWER, roster.place.station_id) == []


def test_every_roster_change_is_audited_under_the_commander(database: Database,
                                                           roster: Roster) -> None:
    sun, wang = roster.people["孙警官"], roster.people["王警官"]
    version = team_detail(database, VIEWER, roster.quick, TODAY).version
    earlier = len(audited(database, "team_member"))     # the roster's own rows, audited too
    join_team(database, COMMANDER, roster.quick, sun, TODAY, expected_version=version)
    with pytest.raises(RosterRefused) as stale:         # the picture the window showed is old
        hand_leadership(database, COMMANDER, roster.quick, wang, version)
    assert stale.value.code == "roster_changed"
    hand_leadership(database, COMMANDER, roster.quick, wang, version + 1)
    move_to_team(database, COMMANDER, roster.quick, roster.work, sun, TODAY, version + 2)
    members = audited(database, "team_member")[earlier:]
    assert members and all(user == COMMANDER.username for user, _action, _changes in members)
    assert [(action, changes.get("is_leader")) for _user, action, changes in members[-4:-1]] == [
        ("update", [True, False]), ("update", [False, True]), ("update", None)]
    assert members[-1][1] == "insert" and members[-1][2]["team_id"] == roster.work
    earlier = len(audited(database, "duty_shift"))
    planned = plan_team_shifts(database, COMMANDER, ShiftPlan(
        roster.quick, TODAY + timedelta(days=1), 7,
        (ShiftPattern(time(8), 12, (wang,), wang),)))
    assert planned == 7
    shifts = audited(database, "duty_shift")[earlier:]
    assert len(shifts) == 7 and all(c["leads"] is True for _u, _a, c in shifts)


def test_lodging_a_member(database: Database, roster: Roster) -> None:
    with database.sessions.begin() as session:
        session.add(Lodging(station_id=roster.place.station_id, name="江滩酒店", capacity=20))
    (hotel,) = lodgings(database, VIEWER, roster.place.station_id)
    member = team_detail(database, VIEWER, roster.quick, TODAY).members[1]
    with pytest.raises(PermissionDenied):
        lodge(database, DISPATCHER, member.responder_id, hotel.id, member.version, None)
    lodge(database, COMMANDER, member.responder_id, hotel.id, member.version, None)
    after = team_detail(database, VIEWER, roster.quick, TODAY).members[1]
    assert (after.lodging, after.lodging_id) == ("江滩酒店", hotel.id)
    assert audited(database, "responder")[-1][2] == {"lodging_id": [None, hotel.id]}
