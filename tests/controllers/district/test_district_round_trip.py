"""A district kept current in the editors still round-trips its workbook: 黄陂区 set up from its
workbook, then a week of everyday changes made through the 辖区资料 editors (a field hospital
opens, beds are added, a facility stops taking a category, a quick-response team is formed with
its vehicle and a new leader, a community is added, a facility is retired, a vehicle breaks
down, suits are delivered), then `setup export` and `setup import --dry-run` of the export
report no change — on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from controllers.district.everyday import receive_delivery, take_out_of_service
from controllers.district.records import master_record, retire_master_record, save_master_record
from controllers.district.rows import (
    facility_list,
    responder_list,
    station_list,
    stock_list,
    team_list,
    vehicle_list,
)
from controllers.setup.workbook import export_workbook, import_workbook, open_workbook
from controllers.teams.roster import join_team
from main import run
from models.db.database import Database
from models.db.row_source import RowSource
from models.district.tables import MasterRecord, MasterTable
from models.enums import Sex
from models.register.resident_id import make
from tests.support.district_workbook import write_district
from tests.support.factories import signed_in

COMMANDER = signed_in("commander")


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The commands start a QCoreApplication when none exists; the test process has one."""


def ids(source: RowSource, key: str, **filters: Any) -> dict[str, int]:
    """Each listed row's id by the text in column `key`, as the editor's list shows them."""
    index = 1 + [column.key for column in source.columns].index(key)
    return {str(row[index]): int(row[0])
            for row in source.page(filters, source.default_order, 0, 200)}


def edit(database: Database, table: MasterTable, row_id: int, **changes: Any) -> MasterRecord:
    """Open the record's form, change `changes`, save: what the editor dialog does."""
    record = master_record(database, COMMANDER, table, row_id)
    return save_master_record(database, COMMANDER, table, row_id, record.version,
                              {key: record.values[key] for key in changes}, changes)


def create(database: Database, table: MasterTable, **values: Any) -> MasterRecord:
    return save_master_record(database, COMMANDER, table, None, 0, {}, values)


def a_week_of_changes(database: Database) -> None:
    stations = ids(station_list(database, COMMANDER), "code")
    facilities = ids(facility_list(database, COMMANDER), "code")
    create(database, MasterTable.FACILITIES, name="黄陂二号方舱医院", beds_total=1000)
    edit(database, MasterTable.FACILITIES, facilities["F01"], beds_total=420)
    edit(database, MasterTable.FACILITIES, facilities["F03"], accepts=("suspected", "fever"))
    retire_master_record(database, COMMANDER, MasterTable.FACILITIES, facilities["F02"])
    create(database, MasterTable.COMMUNITIES, code="C0103", name="滠口社区",
           station_id=stations["S01"], registered_households=450, registered_persons=1200,
           daily_visit_target=50, latitude=30.80, longitude=114.33)
    team = create(database, MasterTable.TEAMS, name="快反二队", kind="quick_response",
                  station_id=stations["S01"])
    assert team.id is not None
    create(database, MasterTable.VEHICLES, plate="鄂A·H1003", station_id=stations["S01"],
           team_id=team.id, seats=7)
    leader = create(database, MasterTable.RESPONDERS, name="何警官",
                    resident_id=make("420116", date(1985, 6, 1), 31, Sex.MALE),
                    phone="13900000031", role="police", unit="前川派出所",
                    station_id=stations["S01"])
    assert leader.id is not None
    join_team(database, COMMANDER, team.id, leader.id, date.today(), is_leader=True)
    vehicles = ids(vehicle_list(database, COMMANDER), "plate")
    take_out_of_service(database, COMMANDER, vehicles["鄂A·H2001"])
    suits = ids(stock_list(database, COMMANDER), "item", station_id=stations["S01"])
    receive_delivery(database, COMMANDER, suits["protective_suit"], 500, "省指挥部调拨")


def test_edits_in_the_editors_round_trip(database: Database, database_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    book = open_workbook(database, COMMANDER, write_district(tmp_path / "黄陂区.xlsx"))
    assert import_workbook(database, COMMANDER, book).written
    a_week_of_changes(database)
    assert "快反二队" in ids(team_list(database, COMMANDER), "name")
    assert "何警官" in ids(responder_list(database, COMMANDER), "name")

    exported = tmp_path / "exported.xlsx"
    counts = export_workbook(database, COMMANDER, exported)
    assert (counts["facilities"], counts["communities"], counts["teams"], counts["vehicles"],
            counts["responders"]) == (3, 4, 4, 4, 10)          # F02 retired: left out
    result = import_workbook(database, COMMANDER, open_workbook(database, COMMANDER, exported),
                             dry_run=True)
    assert result.problems == [] and not result.changes, result.counts

    # The same through the command line, as the issue asks it.
    assert run(["--lang", "zh", "--db", database_url, "setup", "import", str(exported),
                "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "没有变化" in out and "将新增 1" not in out and "将更新 1" not in out
