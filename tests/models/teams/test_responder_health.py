"""Responder health: plausible temperatures, stand-downs, unchecked members, replacements."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.schema import DutyShift, TemperatureCheck
from models.teams.responder_health import (
    ImplausibleTemperature,
    assign_replacement,
    must_stand_down,
    parse_temperature,
    record_check,
    replacement_candidates,
    unchecked_on_duty,
)
from models.teams.rules import team_completeness
from models.teams.shifts import RosterRefused, on_duty
from tests.support.factories import NOW
from tests.support.rosters import checked, make_roster


@pytest.mark.parametrize("text,value", [("36.5", "36.5"), ("37,3", "37.3"), (" 38 ", "38.0"),
                                        ("34", "34.0"), ("43.0", "43.0"), ("36.8℃", "36.8")])
def test_plausible_temperatures(text: str, value: str) -> None:
    assert parse_temperature(text) == Decimal(value)


@pytest.mark.parametrize("text,code", [("33.9", "temperature_out_of_range"),
                                       ("43.1", "temperature_out_of_range"),
                                       ("365", "temperature_out_of_range"),
                                       ("abc", "temperature_not_a_number"),
                                       ("nan", "temperature_not_a_number")])
def test_implausible_temperatures_refused(text: str, code: str) -> None:
    with pytest.raises(ImplausibleTemperature) as refused:
        parse_temperature(text)
    assert refused.value.code == code


def test_fever_threshold() -> None:
    assert not must_stand_down(Decimal("37.2"), False)
    assert must_stand_down(Decimal("37.3"), False)
    assert must_stand_down(Decimal("36.5"), True)


def test_fever_stands_down_and_replacements_keep_team_complete(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        wang, sun, zhou = (roster.people[n] for n in ("王警官", "孙警官", "周警官"))
        checked(session, sun)                       # healthy today, off duty: a candidate
        checked(session, zhou, "37.6")              # feverish: never proposed
        outcome = record_check(session, wang, Decimal("37.3"), False, NOW, None)
        assert outcome.stood_down and len(outcome.ended_shift_ids) == 1
        (shift_id,) = outcome.ended_shift_ids
        shift = session.get(DutyShift, shift_id)
        assert shift is not None and shift.stood_down_at == NOW and "37.3" in shift.stood_down_reason
        assert wang not in {row.responder_id for row in on_duty(session, roster.place.station_id, NOW)}
        candidates = replacement_candidates(session, shift_id, NOW)
        assert [c.name for c in candidates] == ["孙警官"]
        assign_replacement(session, shift_id, sun, NOW)
        assert sun in {row.responder_id for row in on_duty(session, roster.place.station_id, NOW)}
        assert team_completeness(session, [roster.quick])[roster.quick].complete


def test_unwell_replacement_refused_and_nothing_written(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        wang, zhou, sun = (roster.people[n] for n in ("王警官", "周警官", "孙警官"))
        checked(session, zhou, "36.6", unwell=True)
        (shift_id,) = record_check(session, wang, Decimal("36.5"), True, NOW, None).ended_shift_ids
        shifts_before = session.scalar(select(func.count()).select_from(DutyShift))
        with pytest.raises(RosterRefused) as refused:
            assign_replacement(session, shift_id, zhou, NOW)
        assert refused.value.code == "replacement_unwell"
        with pytest.raises(RosterRefused) as unchecked:
            assign_replacement(session, shift_id, sun, NOW)
        assert unchecked.value.code == "replacement_unchecked"
        assert session.scalar(select(func.count()).select_from(DutyShift)) == shifts_before


def test_members_on_duty_not_checked_today(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        station = roster.place.station_id
        names = [row.name for row in unchecked_on_duty(session, station, NOW)]
        assert names == sorted(["李队长", "王警官"])
        checked(session, roster.people["李队长"])
        assert [row.name for row in unchecked_on_duty(session, station, NOW)] == ["王警官"]
        # off duty later: nobody to check
        assert unchecked_on_duty(session, station, NOW + timedelta(days=1)) == []
        assert session.scalar(select(func.count()).select_from(TemperatureCheck)) == 1
