"""Membership kept from the team's window: join, leave with a date, move between teams in one
transaction, hand the leadership over atomically, lodge a member — each against the version the
commander saw, refused with nothing written otherwise."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.errors import EditConflict
from models.schema import DutyShift, Lodging, Responder, Team, TeamMember
from models.teams.membership import (
    add_member,
    assign_lodging,
    leave_team,
    lodging_choices,
    make_leader,
    move_member,
    responders_to_add,
    teams_to_move_to,
)
from models.teams.shifts import RosterRefused
from tests.support.factories import NOW, TODAY
from tests.support.rosters import make_roster, on_shift


def version(database: Database, team_id: int) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(Team.version).where(Team.id == team_id)) or 0)


def current(database: Database, team_id: int) -> dict[int, bool]:
    with database.sessions() as session:
        return {r: bool(lead) for r, lead in session.execute(
            select(TeamMember.responder_id, TeamMember.is_leader).where(
                TeamMember.team_id == team_id, TeamMember.left_on.is_(None)))}


def test_a_change_from_a_stale_picture_is_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
    seen = version(database, roster.quick)
    with database.sessions.begin() as session:
        add_member(session, roster.quick, roster.people["孙警官"], False, TODAY, seen)
    assert version(database, roster.quick) == seen + 1
    with database.sessions() as session, pytest.raises(RosterRefused) as stale:
        add_member(session, roster.quick, roster.people["周警官"], False, TODAY, seen)
    assert stale.value.code == "roster_changed"
    assert roster.people["周警官"] not in current(database, roster.quick)


def test_the_leadership_changes_hands_in_one_step(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
    lee, wang = roster.people["李队长"], roster.people["王警官"]
    with database.sessions.begin() as session:
        make_leader(session, roster.quick, wang, version(database, roster.quick))
    assert current(database, roster.quick) == {lee: False, wang: True}
    with database.sessions.begin() as session:   # back again, and a non-member is refused
        make_leader(session, roster.quick, lee)
        with pytest.raises(RosterRefused) as stranger:
            make_leader(session, roster.quick, roster.people["孙警官"])
        assert stranger.value.code == "not_a_member"
    assert current(database, roster.quick) == {lee: True, wang: False}


def test_leaving_takes_the_members_planned_shifts_off_the_roster(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        wang = roster.people["王警官"]
        on_shift(session, roster.quick, wang, NOW + timedelta(days=1))
        on_shift(session, roster.quick, wang, NOW + timedelta(days=2))
    with database.sessions.begin() as session:
        with pytest.raises(RosterRefused) as early:
            leave_team(session, roster.quick, wang, TODAY - timedelta(days=1), NOW)
        assert early.value.code == "left_before_joining"
    with database.sessions.begin() as session:
        assert leave_team(session, roster.quick, wang, TODAY, NOW) == 2
    with database.sessions() as session:   # the running shift is finished, the planned ones go
        assert session.scalar(select(func.count()).select_from(DutyShift).where(
            DutyShift.responder_id == wang)) == 1
    assert wang not in current(database, roster.quick)


def test_moving_is_leaving_and_joining_or_neither(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
    wang, lee = roster.people["王警官"], roster.people["李队长"]
    with database.sessions.begin() as session:
        assert [t.name for t in teams_to_move_to(session, roster.quick)] == ["永清工作组"]
        move_member(session, roster.quick, roster.work, wang, TODAY, NOW,
                    version(database, roster.quick))
    assert wang not in current(database, roster.quick) and wang in current(database, roster.work)
    with database.sessions() as session:   # the leader of a quick-response team stays put
        with pytest.raises(RosterRefused) as leader:
            move_member(session, roster.quick, roster.work, lee, TODAY, NOW)
        assert leader.value.code == "no_leader"
        session.rollback()
    with database.sessions.begin() as session:
        add_member(session, roster.quick, roster.people["陈医生"], False, TODAY)
    with database.sessions() as session:   # already in the other team: neither half is written
        with pytest.raises(RosterRefused) as twice:
            move_member(session, roster.work, roster.quick, roster.people["陈医生"], TODAY, NOW)
        assert twice.value.code == "already_member"
        session.rollback()
    assert roster.people["陈医生"] in current(database, roster.work)


def test_candidates_to_join_name_their_teams(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        found = responders_to_add(session, database.kind, "王", roster.work)
        assert [(c.name, c.teams) for c in found] == [("王警官", ("快反一队",))]
        assert responders_to_add(session, database.kind, "王", roster.quick) == []


def test_a_member_is_lodged_one_to_a_room(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        hotel = Lodging(station_id=roster.place.station_id, name="江滩酒店", capacity=1)
        session.add(hotel)
        session.flush()
        hotel_id = hotel.id
    wang, zhao = roster.people["王警官"], roster.people["赵辅警"]

    def responder_version(ident: int) -> int:
        with database.sessions() as session:
            return int(session.scalar(select(Responder.version).where(Responder.id == ident)) or 0)

    seen = responder_version(wang)
    with database.sessions.begin() as session:
        assign_lodging(session, wang, hotel_id, seen, None)
    with database.sessions() as session:
        with pytest.raises(RosterRefused) as full:
            assign_lodging(session, zhao, hotel_id, responder_version(zhao), None)
        assert full.value.code == "lodging_full" and full.value.params["rooms"] == 1
        session.rollback()
    with database.sessions() as session, pytest.raises(EditConflict):
        assign_lodging(session, wang, None, seen, None)       # a stale version
    with database.sessions.begin() as session:
        assert [(c.name, c.rooms, c.lodged) for c in lodging_choices(
            session, roster.place.station_id)] == [("江滩酒店", 1, 1)]
        assign_lodging(session, wang, None, seen + 1, hotel_id)
