"""A day in a district that is not the demo, from an empty database, through the command line
and the controllers the GUI calls, on SQLite and PostgreSQL: 黄陂区 is set up from its
workbook, a community register imported, the quick-response team's shifts planned, a door
knocked and a fever found, the case moved to the transfer queue, dispatched — Canvass proposing
the district's OWN facility, team and vehicle — taken to delivered and disinfected, and the
daily report's sentence counts it.

Times run on the wall clock (the controllers refuse a step in the future): the day's events are
packed into the hour before now, on day and night shifts planned for two days from the morning
before, so that a crew is on duty whatever the hour the test runs.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from controllers.cases.workflow import change_category, change_status, load_case, mark_for_transfer
from controllers.communities.coverage import find_community, household_detail
from controllers.communities.rows import household_rows, station_choices
from controllers.communities.visits import MemberScreening, load_visit_form, save_visit
from controllers.reports.daily import daily_report
from controllers.reports.daily_sections import headline
from controllers.teams.roster import team_detail
from controllers.teams.rows import team_roster_rows, vehicle_rows
from controllers.teams.shifts import ShiftPattern, ShiftPlan, plan_team_shifts, station_duty
from controllers.transfers.dispatch import advance_transfer, dispatch, load_transfer, record_disinfection
from controllers.transfers.facilities import facility_beds
from controllers.transfers.suggestion import suggest_dispatch
from main import run
from models.db.database import Database
from models.db.row_source import SortOrder
from models.opening import open_database
from tests.support.district_workbook import write_district
from tests.support.factories import signed_in
from tests.support.registers import register_of

COMMANDER, CLERK, DISPATCHER = signed_in("commander"), signed_in("clerk"), signed_in("dispatcher")
VIEWER = signed_in("viewer")


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The commands start a QCoreApplication when none exists; the test process has one."""


def the_day_starts(now: datetime) -> datetime:
    """The first event's time: an hour before now, to the minute."""
    return (now - timedelta(hours=1)).replace(second=0, microsecond=0)


def quick_response_team(database: Database, station_id: int) -> int:
    """The station's 快反一队 as the teams view lists it (two stations each have one)."""
    rows = team_roster_rows(database, VIEWER).page(
        {"station_id": station_id, "kind": "quick_response"}, SortOrder("name"), 0, 10)
    assert [row[3] for row in rows] == ["快反一队"]
    return int(rows[0][0])


def plan_the_day(database: Database, team_id: int, start: datetime) -> int:
    """Day and night crews, 08:00–20:00 and 20:00–08:00, from the morning before `start` for
    two days: whatever the hour, the crew is on duty through the hour before now."""
    today = date.today()
    detail = team_detail(database, COMMANDER, team_id, today)
    members = {m.name: m.responder_id for m in detail.members}
    assert set(members) == {"李警官", "王辅警", "赵医生", "刘司机"} and detail.members[0].is_leader
    crew = tuple(members.values())
    plan = ShiftPlan(team_id, (start - timedelta(hours=8)).date(), 2, (
        ShiftPattern(time(8), 12, crew, members["李警官"]),
        ShiftPattern(time(20), 12, crew, members["李警官"])))
    return plan_team_shifts(database, COMMANDER, plan)


def test_a_day_in_huangpi_from_an_empty_database(database_url: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", database_url]
    workbook = write_district(tmp_path / "黄陂区.xlsx")
    assert run([*db, "--lang", "zh", "setup", "import", str(workbook)]) == 0
    assert "全区基础数据已写入" in capsys.readouterr().out
    register = register_of(tmp_path / "百秀社区.csv", "百秀社区", 3)
    assert run([*db, "--lang", "en", "import", str(register)]) == 0
    assert "6 persons" in capsys.readouterr().out

    database = open_database(database_url)
    try:
        day_in_the_district(database)
    finally:
        database.dispose()


def day_in_the_district(database: Database) -> None:
    start = the_day_starts(datetime.now())

    def at(minutes: int) -> datetime:
        return start + timedelta(minutes=minutes)

    community_id, name = find_community(database, "C0101")
    assert name == "百秀社区"
    households = household_rows(database, CLERK).page(
        {"community_id": community_id}, SortOrder("building"), 0, 10)
    assert len(households) == 3
    form = load_visit_form(database, CLERK, int(households[0][0]))
    assert len(household_detail(database, CLERK, form.household_id).members) == 2
    station_id = dict((n, i) for i, n in station_choices(database, VIEWER))["前川派出所"]
    team_id = quick_response_team(database, station_id)
    assert plan_the_day(database, team_id, start) == 16    # 4 members × 2 crews × 2 days
    duty = station_duty(database, COMMANDER, station_id, at(0))
    assert [(team, crew.complete) for team, crew in duty.crews] == [("快反一队", True)]

    # The door: the work group knocks, the head is fine, the spouse has a fever.
    assert [team for _id, team in form.teams][0] == "前川工作组"
    head, spouse = (member.person_id for member in form.members)
    visit = save_visit(database, CLERK, form.household_id, "screened", at(0),
                       team_id=form.teams[0][0],
                       screenings=[MemberScreening(head, "36.6"), MemberScreening(spouse, "38.4")])
    assert visit.fever_person_ids == (spouse,) and len(visit.fever_case_ids) == 1
    case_id = visit.fever_case_ids[0]

    # The fever clinic calls it suspected; the dispatcher queues it for transfer.
    case = load_case(database, DISPATCHER, case_id)
    case = change_status(database, DISPATCHER, case_id, case.version, "verified", "电话核实",
                         at=at(10))
    case = change_category(database, DISPATCHER, case_id, case.version, "suspected",
                           "发热门诊：CT 示磨玻璃影", at=at(15))
    assert mark_for_transfer(database, DISPATCHER, [case_id], "待送治", at=at(20)) == 1

    proposal = suggest_dispatch(database, DISPATCHER, case_id, at=at(21))
    assert proposal.facility is not None and proposal.vehicle is not None
    assert proposal.facility.name == "黄陂区人民医院"       # the nearest that takes suspected
    assert (proposal.vehicle.team, proposal.vehicle.station, proposal.vehicle.plate) == \
        ("快反一队", "前川派出所", "鄂A·H1001")
    assert proposal.vehicle.team_id == team_id
    assert set(proposal.crew) == {"李警官", "王辅警", "赵医生", "刘司机"}
    assert proposal.crews[team_id].complete

    order_id = dispatch(database, DISPATCHER, case_id, proposal.facility.facility_id, team_id,
                        proposal.vehicle.vehicle_id, at=at(22),
                        expected_version=proposal.case_version)
    version = load_transfer(database, DISPATCHER, order_id).version
    for minutes, step in ((24, "dispatched"), (31, "on_scene"), (40, "picked_up"),
                          (52, "delivered")):
        version = advance_transfer(database, DISPATCHER, order_id, version, step, at(minutes))
    assert load_case(database, DISPATCHER, case_id).status == "admitted"
    assert vehicle_status(database, "鄂A·H1001") == "awaiting_disinfection"
    record_disinfection(database, DISPATCHER, order_id, True, True, "刘司机", at(58),
                        expected_version=version)
    assert vehicle_status(database, "鄂A·H1001") == "available"
    beds = {f.name: f.beds_taken for f in facility_beds(database, VIEWER)}
    assert beds["黄陂区人民医院"] == 1

    report = daily_report(database, VIEWER, at(52).date())
    assert (report.screened, report.sent) == (2, 1)
    assert "screened and verified 2 persons and sent 1 for treatment" in headline(report)
    assert [row.station for row in report.stations if row.sent] == ["前川派出所"]


def vehicle_status(database: Database, plate: str) -> str:
    """The vehicle's status as the teams view's vehicle board shows it."""
    source = vehicle_rows(database, VIEWER)
    rows = source.page({}, source.default_order, 0, 50)
    index = 1 + [c.key for c in source.columns].index("status")
    plates = 1 + [c.key for c in source.columns].index("plate")
    return str(next(row[index] for row in rows if row[plates] == plate))
