"""The roster actions as a person triggers them: permissions, masking, refusals writing nothing."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from controllers.teams.responder_health import (
    find_responders,
    not_checked_today,
    record_temperature,
    replace_stood_down,
    replacements,
)
from controllers.teams.roster import hand_leadership, join_team, station_minimums, team_detail
from controllers.teams.shifts import duty_roster, put_on_duty, station_duty
from controllers.teams.supplies import low_stock_warnings, record_movement, station_stock
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import SupplyItem
from models.schema import DutyShift, SupplyMovement, SupplyStock, TeamMember, TemperatureCheck, team_community
from models.teams.responder_health import ImplausibleTemperature
from models.teams.shifts import RosterRefused
from models.teams.supplies import SupplyRefused
from tests.support.factories import NOW, TODAY, signed_in
from tests.support.rosters import Roster, checked, make_roster

COMMANDER, CLERK, VIEWER = signed_in("commander"), signed_in("clerk"), signed_in("viewer")


@pytest.fixture
def roster(database: Database) -> Roster:
    with database.sessions.begin() as session:
        return make_roster(session)


def count(database: Database, table: type) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize("typed", ["33.9", "43.1", "3.65", "abc", ""])
def test_temperature_outside_range_writes_nothing(database: Database, roster: Roster,
                                                  typed: str) -> None:
    with pytest.raises(ImplausibleTemperature):
        record_temperature(database, CLERK, roster.people["王警官"], typed, at=NOW)
    assert count(database, TemperatureCheck) == 0


def test_fever_entered_by_a_clerk_stands_down_and_proposes(database: Database, roster: Roster) -> None:
    with database.sessions.begin() as session:
        checked(session, roster.people["孙警官"])
    station = roster.place.station_id
    assert [u.name for u in not_checked_today(database, VIEWER, station, at=NOW)] == ["李队长", "王警官"]
    outcome = record_temperature(database, CLERK, roster.people["王警官"], "38.1", at=NOW)
    assert outcome.stood_down
    duty = station_duty(database, VIEWER, station, at=NOW)
    assert [row.name for row in duty.on_duty] == ["李队长"]
    (shift_id,) = outcome.ended_shift_ids
    assert [c.name for c in replacements(database, VIEWER, shift_id, at=NOW)] == ["孙警官"]
    with pytest.raises(PermissionDenied):
        replace_stood_down(database, CLERK, shift_id, roster.people["孙警官"], at=NOW)
    replace_stood_down(database, COMMANDER, shift_id, roster.people["孙警官"], at=NOW)
    assert "孙警官" in [row.name for row in station_duty(database, VIEWER, station, at=NOW).on_duty]


def test_unwell_replacement_refused(database: Database, roster: Roster) -> None:
    with database.sessions.begin() as session:
        checked(session, roster.people["周警官"], "37.5")
    (shift_id,) = record_temperature(database, CLERK, roster.people["王警官"], "36.4", unwell=True,
                                     at=NOW).ended_shift_ids
    before = count(database, DutyShift)
    with pytest.raises(RosterRefused) as refused:
        replace_stood_down(database, COMMANDER, shift_id, roster.people["周警官"], at=NOW)
    assert refused.value.code == "replacement_unwell"
    assert count(database, DutyShift) == before


def test_overlapping_shift_and_second_leader_refused(database: Database, roster: Roster) -> None:
    join_team(database, COMMANDER, roster.work, roster.people["王警官"], TODAY)
    before = count(database, DutyShift)
    with pytest.raises(RosterRefused) as overlap:
        put_on_duty(database, COMMANDER, roster.work, roster.people["王警官"], NOW,
                    NOW + timedelta(hours=2))
    assert overlap.value.code == "shift_overlap"
    assert count(database, DutyShift) == before
    members = count(database, TeamMember)
    with pytest.raises(RosterRefused) as two:
        join_team(database, COMMANDER, roster.quick, roster.people["孙警官"], TODAY, is_leader=True)
    assert two.value.code == "two_leaders"
    assert count(database, TeamMember) == members
    hand_leadership(database, COMMANDER, roster.quick, roster.people["王警官"])
    detail = team_detail(database, VIEWER, roster.quick, TODAY)
    assert [m.name for m in detail.members if m.is_leader] == ["王警官"]


def test_team_detail_masks_phones_by_role(database: Database, roster: Roster) -> None:
    masked = team_detail(database, CLERK, roster.quick, TODAY)
    assert masked.members[0].phone == "139****5678" and masked.completeness.complete
    assert masked.vehicles == [("鄂A·00001", "available")]
    with database.sessions.begin() as session:
        session.execute(team_community.insert().values(team_id=roster.work,
                                                       community_id=roster.place.community_id))
    assert team_detail(database, VIEWER, roster.work, TODAY).communities == ["永清社区"]
    full = team_detail(database, COMMANDER, roster.quick, TODAY)
    assert full.members[0].phone == "13912345678"
    assert all(row.phone == "139****5678" for row in duty_roster(database, CLERK,
                                                                  roster.place.station_id, TODAY))
    (strength,) = station_minimums(database, VIEWER)
    assert strength.quick_response_teams == 1 and not strength.meets_minimum
    assert [r.name for r in find_responders(database, VIEWER, "王")] == ["王警官"]


def test_negative_stock_refused(database: Database, roster: Roster) -> None:
    with database.sessions.begin() as session:
        stock = SupplyStock(station_id=roster.place.station_id, item=SupplyItem.PROTECTIVE_SUIT,
                            quantity=4, low_threshold=10)
        session.add(stock)
        session.flush()
        stock_id = stock.id
    with pytest.raises(SupplyRefused) as refused:
        record_movement(database, COMMANDER, stock_id, -5, "trip", at=NOW)
    assert refused.value.code == "negative_stock"
    assert count(database, SupplyMovement) == 0
    with pytest.raises(PermissionDenied):
        record_movement(database, CLERK, stock_id, 10, "received", at=NOW)
    record_movement(database, COMMANDER, stock_id, -4, "trip", at=NOW)
    (level,) = station_stock(database, VIEWER, roster.place.station_id, at=NOW)
    assert level.quantity == 0 and level.low
    assert [w.stock_id for w in low_stock_warnings(database, VIEWER, at=NOW)] == [stock_id]
