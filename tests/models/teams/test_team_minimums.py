"""The district's team minimums: defaults until set, then every roster judges by them."""
from __future__ import annotations

from datetime import date

import pytest

from controllers.teams.minimums import set_team_minimums, team_minimums
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import ResponderRole, TeamKind
from models.errors import EditConflict
from models.schema import Responder, Team, TeamMember
from models.teams.minimums import DEFAULT_MINIMUMS, InvalidMinimums, save_minimums
from models.teams.rules import team_completeness
from tests.support.factories import make_place, signed_in

COMMANDER = signed_in("commander")


def work_group_with_one_of_each(database: Database) -> int:
    with database.sessions() as session:
        place = make_place(session)
        team = Team(station_id=place.station_id, kind=TeamKind.WORK_GROUP, name="第一工作组")
        session.add(team)
        session.flush()
        for name, role in (("刘警官", ResponderRole.POLICE), ("王医生", ResponderRole.HEALTH_WORKER),
                           ("陈干部", ResponderRole.CADRE)):
            responder = Responder(station_id=place.station_id, name=name, role=role)
            session.add(responder)
            session.flush()
            session.add(TeamMember(team_id=team.id, responder_id=responder.id,
                                   joined_on=date(2020, 2, 1)))
        session.commit()
        return team.id


def test_defaults_until_the_district_sets_its_own(database: Database) -> None:
    team_id = work_group_with_one_of_each(database)
    form = team_minimums(database, COMMANDER)
    assert form.minimums == DEFAULT_MINIMUMS and form.version == 0
    with database.sessions() as session:
        assert team_completeness(session, [team_id])[team_id].complete
    saved = set_team_minimums(database, COMMANDER, {"work_group_police": 2}, form.version)
    assert saved.minimums.work_group_police == 2 and saved.version == 1
    with database.sessions() as session:
        verdict = team_completeness(session, [team_id])[team_id]
    assert not verdict.complete  # one officer is now too few, on every workstation


@pytest.mark.parametrize("values, field", [
    ({"work_group_police": -1}, "work_group_police"),
    ({"quick_response_officers": 51}, "quick_response_officers"),
    ({"quick_response_leaders": 0}, "quick_response_leaders"),
    ({"work_group_cadres": "2"}, "work_group_cadres"),
    ({"chefs": 1}, "chefs"),
])
def test_impossible_minimums_are_refused(database: Database, values: dict[str, object],
                                         field: str) -> None:
    with pytest.raises(InvalidMinimums) as refused:
        set_team_minimums(database, COMMANDER, values, 0)
    assert refused.value.field == field
    assert team_minimums(database, COMMANDER).version == 0


def test_a_second_workstation_sees_the_conflict(database: Database) -> None:
    first = team_minimums(database, COMMANDER)
    set_team_minimums(database, signed_in("commander", "other"), {"work_group_cadres": 2}, 0)
    with pytest.raises(EditConflict) as conflict:
        set_team_minimums(database, COMMANDER, {"work_group_cadres": 3}, first.version)
    assert conflict.value.by == "other"
    assert team_minimums(database, COMMANDER).minimums.work_group_cadres == 2


def test_only_roster_keepers_change_them(database: Database) -> None:
    for role in ("clerk", "viewer", "dispatcher", "admin"):
        with pytest.raises(PermissionDenied):
            set_team_minimums(database, signed_in(role), {"work_group_police": 3}, 0)


def test_saving_against_the_version_the_commander_saw(database: Database) -> None:
    """The model's save, called directly: checked, stored, and a stale version refused."""
    with database.sessions() as session:
        minimums, version = save_minimums(session, {"quick_response_teams_rural": 2}, 0)
        assert (minimums.quick_response_teams_rural, version) == (2, 1)
        with pytest.raises(EditConflict):
            save_minimums(session, {"quick_response_teams_rural": 3}, 0)
        with pytest.raises(InvalidMinimums):
            save_minimums(session, {"quick_response_teams_rural": 99}, 1)
