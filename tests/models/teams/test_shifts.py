"""Shifts: on duty now and next; overlapping shifts and leader rules refused."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.enums import TeamKind
from models.schema import DutyShift, Team, TeamMember
from models.teams.membership import add_member, leave_team, make_leader
from models.teams.shifts import RosterRefused, add_shift, next_on_duty, on_duty, roster_for_day
from tests.support.factories import NOW, TODAY
from tests.support.rosters import join, make_roster


def test_on_duty_now_and_next(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        station, sun = roster.place.station_id, roster.people["孙警官"]
        join(session, roster.quick, sun)
        add_shift(session, roster.quick, sun, NOW + timedelta(hours=10), NOW + timedelta(hours=22))
        now = on_duty(session, station, NOW)
        assert [(r.name, r.is_leader) for r in now] == [("李队长", True), ("王警官", False)]
        assert [r.name for r in next_on_duty(session, station, NOW)] == ["孙警官"]
        assert len(roster_for_day(session, station, TODAY)) == 3


def test_member_in_two_teams_on_the_same_shift_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        wang = roster.people["王警官"]
        join(session, roster.work, wang)
        before = session.scalar(select(func.count()).select_from(DutyShift))
        with pytest.raises(RosterRefused) as refused:
            add_shift(session, roster.work, wang, NOW, NOW + timedelta(hours=4))
        assert refused.value.code == "shift_overlap" and "快反一队" in str(refused.value)
        assert session.scalar(select(func.count()).select_from(DutyShift)) == before
        # after the quick-response shift ends, the work group may have them
        add_shift(session, roster.work, wang, NOW + timedelta(hours=10), NOW + timedelta(hours=14))


def test_shift_needs_a_member_and_a_sane_time(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        with pytest.raises(RosterRefused) as backwards:
            add_shift(session, roster.quick, roster.people["王警官"], NOW, NOW - timedelta(hours=1))
        assert backwards.value.code == "shift_ends_before_start"
        later = NOW + timedelta(days=10)   # clear of the roster's own shifts
        add_shift(session, roster.quick, roster.people["王警官"], later, later + timedelta(hours=48))
        with pytest.raises(RosterRefused) as endless:   # the on-duty query looks back 48 hours
            add_shift(session, roster.quick, roster.people["王警官"], later + timedelta(days=3),
                      later + timedelta(days=5, minutes=1))
        assert endless.value.code == "shift_too_long"
        with pytest.raises(RosterRefused) as stranger:
            add_shift(session, roster.quick, roster.people["孙警官"], NOW, NOW + timedelta(hours=1))
        assert stranger.value.code == "not_a_member"


def test_two_leaders_refused_and_leader_handover(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        sun, wang, leader = roster.people["孙警官"], roster.people["王警官"], roster.people["李队长"]
        with pytest.raises(RosterRefused) as two:
            add_member(session, roster.quick, sun, True, TODAY)
        assert two.value.code == "two_leaders"
        make_leader(session, roster.quick, wang)
        leaders = session.scalars(select(TeamMember.responder_id).where(
            TeamMember.team_id == roster.quick, TeamMember.is_leader.is_(True))).all()
        assert leaders == [wang]
        with pytest.raises(RosterRefused) as leaderless:
            leave_team(session, roster.quick, wang, TODAY)
        assert leaderless.value.code == "no_leader"
        leave_team(session, roster.quick, leader, TODAY)


def test_leader_index_race_becomes_a_sentence(database: Database) -> None:
    """Two workstations each add a leader: the database index refuses the second."""
    with database.sessions.begin() as session:
        roster = make_roster(session)
        quick, sun = roster.quick, roster.people["孙警官"]
    with database.sessions() as session:
        from models.teams.membership import flush_leaders
        session.add(TeamMember(team_id=quick, responder_id=sun, is_leader=True, joined_on=TODAY))
        with pytest.raises(RosterRefused) as refused:
            flush_leaders(session)
        assert refused.value.code == "two_leaders"
        session.rollback()


def test_quick_response_team_without_leader_cannot_go_on_duty(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        team = Team(station_id=roster.place.station_id, kind=TeamKind.QUICK_RESPONSE, name="快反三队")
        session.add(team)
        session.flush()
        join(session, team.id, roster.people["孙警官"])
        with pytest.raises(RosterRefused) as refused:
            add_shift(session, team.id, roster.people["孙警官"], NOW + timedelta(days=1),
                      NOW + timedelta(days=1, hours=8))
        assert refused.value.code == "no_leader"
