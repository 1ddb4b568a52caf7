"""Completeness judged per shift: the crew on duty now must have its leader and the minimum
roles, whatever the whole roster holds (issue 16: the demo's 快反一队 had its leader on the day
shift only, and the board said complete while its night crew went out without one)."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from sqlalchemy import and_, select

from models.db.database import Database
from models.db.row_source import SortOrder
from models.demo import build_demo
from models.enums import TeamKind
from models.schema import DutyShift, Team, TeamMember, TransferOrder
from models.teams.crews import Watch, crews_on_duty
from models.teams.rows import TeamRosterRows
from models.transfers.dispatch import order_transfer
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, make_dispatch_scene
from tests.support.rosters import join, make_roster, on_shift


def test_a_night_crew_without_its_leader_is_not_complete(database: Database) -> None:
    """李队长 leads the day crew (NOW-2h … NOW+10h); 孙警官 and 周警官 take the night alone."""
    with database.sessions.begin() as session:
        roster = make_roster(session)
        for name in ("孙警官", "周警官"):
            join(session, roster.quick, roster.people[name])
            on_shift(session, roster.quick, roster.people[name], starts=NOW + timedelta(hours=10))
    rows = TeamRosterRows(database, clock=lambda: NOW + timedelta(hours=14))
    column = rows.column_index("complete")
    board = {row[0]: row[column + 1] for row in rows.page({}, SortOrder("name"), 0, 10)}
    night = board[roster.quick]
    assert [(s.code, s.needed, s.present) for s in night.shortfalls] == [("leaders", 1, 0)]


def test_the_demo_plans_a_leader_into_every_crew(database: Database) -> None:
    """The demo's quick-response teams keep two crews; each shift of each crew has someone
    leading it (the team's leader, or the other crew's officer named on its shifts), so the
    board at night says what is true: complete, unless the one leading was stood down."""
    build_demo(database, "small", 11, datetime(2020, 2, 20, 18))
    with database.sessions() as session:
        quick = list(session.scalars(select(Team.id).where(Team.kind == TeamKind.QUICK_RESPONSE)))
        leading: dict[tuple[int, datetime], bool] = defaultdict(bool)
        for team, starts, leads, leader in session.execute(
                select(DutyShift.team_id, DutyShift.starts_at, DutyShift.leads, TeamMember.is_leader)
                .join(TeamMember, and_(TeamMember.team_id == DutyShift.team_id,
                                       TeamMember.responder_id == DutyShift.responder_id))
                .where(DutyShift.team_id.in_(quick))):
            leading[(team, starts)] |= bool(leads or leader)
        assert leading and all(leading.values())
        night = datetime(2020, 2, 19, 23)
        crews = crews_on_duty(session, quick, night)
        stood_down_leaders = set(session.scalars(
            select(DutyShift.team_id).where(DutyShift.team_id.in_(quick), DutyShift.leads.is_(True),
                                            DutyShift.starts_at <= night, DutyShift.ends_at > night,
                                            DutyShift.stood_down_at.is_not(None))))
        for team, crew in crews.items():
            assert crew.watch is Watch.NIGHT
            lacks_leader = any(s.code == "leaders" for s in crew.shortfalls)
            assert lacks_leader == (team in stood_down_leaders), team


def test_an_incomplete_crew_is_dispatched_only_with_a_reason(database: Database) -> None:
    """One officer on shift: the crew lacks an officer; the reason is stored with the order."""
    with database.sessions.begin() as session:
        scene = make_dispatch_scene(session, crew=1)
    arguments = dict(case_id=scene.case_id, facility_id=scene.facility_id, team_id=scene.team_id,
                     vehicle_id=scene.vehicle_id, dispatcher_id=None, at=NOW, now=NOW)
    with database.sessions() as session, pytest.raises(TransferRefused) as refused:
        order_transfer(session, **arguments)   # type: ignore[arg-type]
    assert refused.value.code == "transfer_crew_incomplete"
    with database.sessions.begin() as session:
        order_id = order_transfer(session, override_reason="二号车组全员隔离", **arguments)  # type: ignore[arg-type]
        written = session.get(TransferOrder, order_id)
        assert written is not None and written.override_reason == "二号车组全员隔离"
