"""A retired facility or vehicle leaves the everyday boards: the teams view's vehicle board, the
transfers view's facilities (back with "show retired", marked retired) and the wall's bed
totals, bed bars and vehicle counts — on SQLite and PostgreSQL. History keeps naming them."""
from __future__ import annotations

from typing import Any

import pytest

from controllers.dashboard.panels import dashboard_figures
from controllers.dashboard.summary import dashboard_summary
from controllers.district.records import retire_master_record, save_master_record
from controllers.teams.rows import vehicle_rows
from controllers.transfers.rows import facility_rows
from models.db.database import Database
from models.db.row_source import RowSource
from models.district.tables import MasterTable
from tests.support.factories import DispatchScene, make_dispatch_scene, signed_in

COMMANDER, VIEWER = signed_in("commander"), signed_in("viewer")


@pytest.fixture
def scene(database: Database) -> DispatchScene:
    """The dispatch scene (a facility of 10 beds, a team's vehicle 鄂A·10001) and, retired, a
    field hospital of 1,000 beds and a broken-down second vehicle."""
    with database.sessions.begin() as session:
        made = make_dispatch_scene(session)
    hospital = save_master_record(database, COMMANDER, MasterTable.FACILITIES, None, 0, {},
                                  {"name": "江岸方舱医院", "beds_total": 1000})
    van = save_master_record(database, COMMANDER, MasterTable.VEHICLES, None, 0, {},
                             {"plate": "鄂A·10002", "station_id": made.place.station_id,
                              "team_id": made.team_id})
    assert hospital.id is not None and van.id is not None
    retire_master_record(database, COMMANDER, MasterTable.FACILITIES, hospital.id)
    retire_master_record(database, COMMANDER, MasterTable.VEHICLES, van.id)
    return made


def cells(source: RowSource, key: str, **filters: Any) -> list[Any]:
    index = 1 + [column.key for column in source.columns].index(key)
    return [row[index] for row in source.page(filters, source.default_order, 0, 50)]


def test_the_vehicle_board_shows_vehicles_in_use(database: Database, scene: DispatchScene) -> None:
    board = vehicle_rows(database, VIEWER)
    assert cells(board, "plate") == ["鄂A·10001"] and board.count({}) == 1


def test_the_facilities_panel_hides_the_retired_unless_asked(database: Database,
                                                             scene: DispatchScene) -> None:
    panel = facility_rows(database, VIEWER)
    assert panel.count({}) == 1 and cells(panel, "active") == [True]
    assert panel.count({"with_retired": True}) == 2
    shown = dict(zip(cells(panel, "name", with_retired=True),
                     cells(panel, "active", with_retired=True), strict=True))
    assert shown == {"金银潭医院1": True, "江岸方舱医院": False}
    assert panel.count({"category": "confirmed", "has_free_bed": True}) == 1       # the filters too


def test_the_wall_counts_beds_and_vehicles_in_use(database: Database,
                                                  scene: DispatchScene) -> None:
    summary = dashboard_summary(database)
    assert (summary.beds_total, summary.beds_taken) == (10, 0)
    figures = dashboard_figures(database, VIEWER)
    assert [bed[0] for bed in figures.beds] == ["金银潭医院1"]
    assert sum(figures.vehicles.values()) == 1
