"""Composition rules: complete teams, the reason an incomplete one is not, station minimums."""
from __future__ import annotations

from models.db.database import Database
from models.enums import ResponderRole, TeamKind
from models.teams.minimums import TeamMinimums
from models.teams.rules import TeamCounts, shortfalls, station_strengths, team_completeness
from tests.support.rosters import join, make_roster, responder


def test_rules_without_a_database() -> None:
    assert shortfalls(TeamKind.WORK_GROUP, TeamCounts(police=1, health_workers=1, cadres=1)) == ()
    missing = shortfalls(TeamKind.WORK_GROUP, TeamCounts(police=1, cadres=1))
    assert [s.code for s in missing] == ["health_workers"]
    assert missing[0].message == "needs at least 1 health workers, has 0"
    quick = shortfalls(TeamKind.QUICK_RESPONSE, TeamCounts(police=2, leaders=2, vehicles=0))
    assert {s.code for s in quick} == {"vehicles", "leaders"}
    assert shortfalls(TeamKind.CONTACT_TRACING, TeamCounts()) == ()
    stricter = TeamMinimums(quick_response_officers=3)
    assert [s.code for s in shortfalls(TeamKind.QUICK_RESPONSE,
                                       TeamCounts(police=2, leaders=1, vehicles=1), stricter)] == ["officers"]


def test_completeness_counted_in_sql(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        result = team_completeness(session, [roster.quick, roster.work])
        assert result[roster.quick].complete and result[roster.work].complete
        # auxiliary police count as police in a work group
        assert result[roster.work].counts.police == 1
        # the cadre leaves: the work group is incomplete, and says why
        from models.teams.membership import leave_team
        from tests.support.factories import TODAY
        leave_team(session, roster.work, roster.people["刘干部"], TODAY)
        result = team_completeness(session, [roster.work])
        assert not result[roster.work].complete
        assert result[roster.work].reasons == ("needs at least 1 cadres, has 0",)


def test_quick_response_team_needs_two_officers_and_a_leader(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        from models.schema import Team
        lone = Team(station_id=roster.place.station_id, kind=TeamKind.QUICK_RESPONSE, name="快反二队")
        session.add(lone)
        session.flush()
        join(session, lone.id, responder(session, roster.place, "吴警官", ResponderRole.POLICE))
        result = team_completeness(session, [lone.id])[lone.id]
        assert {s.code for s in result.shortfalls} == {"vehicles", "officers", "leaders"}


def test_station_counts_against_minimum(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        (strength,) = station_strengths(session)
        assert strength.station_id == roster.place.station_id
        assert (strength.quick_response_teams, strength.minimum) == (1, 2)
        assert not strength.meets_minimum
        (relaxed,) = station_strengths(session, TeamMinimums(quick_response_teams_urban=1))
        assert relaxed.meets_minimum
