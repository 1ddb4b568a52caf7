"""Planning a block of shifts in one action: day and night crews for a week, each led; an
overlap with a shift a responder already has is refused naming them and the time, and nothing
of the block is written; a shift longer than the 48-hour limit is refused, a long block is not."""
from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.schema import DutyShift
from models.teams.crews import Watch, crews_on_duty
from models.teams.planning import MOST_DAYS, ShiftPattern, ShiftPlan, plan_shifts
from models.teams.shifts import RosterRefused
from tests.support.factories import TODAY
from tests.support.rosters import join, make_roster, on_shift

WEEK_FROM = TODAY + timedelta(days=1)


def shifts(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(DutyShift)) or 0)


def week(roster_people: dict[str, int], quick: int, days: int = 7) -> ShiftPlan:
    """李队长 leads the day crew with 王警官; 孙警官 leads the night crew with 周警官."""
    people = roster_people
    return ShiftPlan(quick, WEEK_FROM, days, (
        ShiftPattern(time(8), 12, (people["李队长"], people["王警官"]), people["李队长"]),
        ShiftPattern(time(20), 12, (people["孙警官"], people["周警官"]), people["孙警官"])))


def test_a_week_of_day_and_night_crews_each_with_its_leader(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        for name in ("孙警官", "周警官"):
            join(session, roster.quick, roster.people[name])
    before = shifts(database)
    with database.sessions.begin() as session:
        assert plan_shifts(session, week(roster.people, roster.quick)) == 28
    assert shifts(database) == before + 28
    with database.sessions() as session:
        for at, watch in ((datetime.combine(WEEK_FROM, time(10)), Watch.DAY),
                          (datetime.combine(WEEK_FROM + timedelta(days=6), time(23)), Watch.NIGHT)):
            crew = crews_on_duty(session, [roster.quick], at)[roster.quick]
            assert (crew.watch, crew.complete, crew.counts.leaders) == (watch, True, 1)


def test_an_overlap_names_the_responder_and_the_time_and_nothing_is_written(
        database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
        for name in ("孙警官", "周警官"):
            join(session, roster.quick, roster.people[name])
        join(session, roster.work, roster.people["周警官"])
        taken = datetime.combine(WEEK_FROM + timedelta(days=4), time(22))
        on_shift(session, roster.work, roster.people["周警官"], taken, hours=4)
    before = shifts(database)
    with database.sessions() as session, pytest.raises(RosterRefused) as overlap:
        plan_shifts(session, week(roster.people, roster.quick))
    refused = overlap.value
    assert refused.code == "plan_overlap"
    assert dict(refused.params) == {"name": "周警官", "team": "永清工作组",
                                    "starts": f"{taken:%Y-%m-%d %H:%M}",
                                    "ends": f"{taken + timedelta(hours=4):%Y-%m-%d %H:%M}"}
    assert shifts(database) == before


def test_a_plan_that_overlaps_itself_is_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
    wang = roster.people["王警官"]
    plan = ShiftPlan(roster.quick, WEEK_FROM, 2, (ShiftPattern(time(8), 30, (wang,)),))
    with database.sessions() as session, pytest.raises(RosterRefused) as itself:
        plan_shifts(session, plan)
    assert itself.value.code == "plan_overlap" and itself.value.params["team"] == "快反一队"


def test_shape_of_a_plan(database: Database) -> None:
    with database.sessions.begin() as session:
        roster = make_roster(session)
    wang, lee, sun = roster.people["王警官"], roster.people["李队长"], roster.people["孙警官"]
    refusals = {
        "shift_too_long": ShiftPlan(roster.quick, WEEK_FROM, 1, (ShiftPattern(time(8), 49, (wang,)),)),
        "plan_days": ShiftPlan(roster.quick, WEEK_FROM, MOST_DAYS + 1,
                               (ShiftPattern(time(8), 12, (wang,)),)),
        "plan_empty": ShiftPlan(roster.quick, WEEK_FROM, 7, (ShiftPattern(time(8), 12, ()),)),
        "not_a_member": ShiftPlan(roster.quick, WEEK_FROM, 7, (ShiftPattern(time(8), 12, (sun,)),)),
        "plan_leader_off_shift": ShiftPlan(roster.quick, WEEK_FROM, 7,
                                           (ShiftPattern(time(8), 12, (wang,), lee),)),
    }
    for code, plan in refusals.items():
        with database.sessions() as session, pytest.raises(RosterRefused) as refused:
            plan_shifts(session, plan)
        assert refused.value.code == code
    # a 48-hour standby is one shift within the limit; a month of 12-hour shifts is fine
    with database.sessions.begin() as session:
        assert plan_shifts(session, ShiftPlan(roster.quick, WEEK_FROM, 1,
                                              (ShiftPattern(time(8), 48, (wang,)),))) == 1
        assert plan_shifts(session, ShiftPlan(roster.quick, WEEK_FROM + timedelta(days=3),
                                              MOST_DAYS, (ShiftPattern(time(8), 12, (lee, wang)),))
                           ) == 2 * MOST_DAYS
