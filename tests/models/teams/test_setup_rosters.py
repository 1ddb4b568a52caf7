"""A district workbook that changes a team's roster moves the team to its next version, as a
change from the team's window does: a roster edit opened before the import is refused as stale
instead of undoing the workbook. A team whose roster the workbook leaves alone keeps its
version — on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.db.database import Database
from models.schema import PoliceStation, Responder, Team
from models.teams.membership import make_leader
from models.teams.refusals import TeamRefusal
from models.teams.shifts import RosterRefused
from tests.support.district_workbook import codes, district_rows, import_into, write_district


def versions(database: Database) -> dict[str, int]:
    """Each team's version by "station code/team name"."""
    with database.sessions() as session:
        return {f"{code}/{name}": version for code, name, version in session.execute(
            select(PoliceStation.code, Team.name, Team.version)
            .join(PoliceStation, PoliceStation.id == Team.station_id))}


def ids(database: Database, team: str, responder: str) -> tuple[int, int]:
    code, name = team.split("/")
    with database.sessions() as session:
        return (session.scalars(select(Team.id).join(PoliceStation).where(
                    PoliceStation.code == code, Team.name == name)).one(),
                session.scalars(select(Responder.id).where(Responder.name == responder)).one())


def test_a_roster_the_workbook_changes_moves_its_team(database: Database,
                                                     tmp_path: Path) -> None:
    import_into(database, write_district(tmp_path / "first.xlsx"))
    before = versions(database)
    rows = district_rows()
    rows["responders"][0][6] = "否"                        # 李警官 steps down …
    rows["responders"][1][6] = "是"                        # … 王辅警 leads S01/快反一队
    rows["responders"][6][5] = "S01/快反一队"              # 周警官 leaves 前川工作组 for it
    assert codes(import_into(database, write_district(tmp_path / "second.xlsx", rows))) == []
    after = versions(database)
    assert after["S01/快反一队"] > before["S01/快反一队"]
    assert after["S01/前川工作组"] > before["S01/前川工作组"]
    assert after["S02/快反一队"] == before["S02/快反一队"]   # its roster is as it was

    # The commander's team window, opened before the import, hands the leadership to 赵医生.
    team_id, zhao = ids(database, "S01/快反一队", "赵医生")
    with database.sessions() as session, pytest.raises(RosterRefused) as refused:
        make_leader(session, team_id, zhao, before["S01/快反一队"])
    assert refused.value.code == TeamRefusal.ROSTER_CHANGED


def test_the_same_workbook_again_moves_no_team(database: Database, tmp_path: Path) -> None:
    workbook = write_district(tmp_path / "huangpi.xlsx")
    import_into(database, workbook)
    before = versions(database)
    import_into(database, workbook)
    assert versions(database) == before
