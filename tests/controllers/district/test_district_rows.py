"""Every 辖区资料 list pages to its end in every order it offers, both directions, by key and
by offset, on both databases; its filters find what they say; retired rows hide on request."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from controllers.district import rows
from models.accounts.audit import Actor
from models.db.database import Database
from models.db.row_source import ID_ORDER, SqlRowSource
from models.district.editors import editor_of
from models.district.rows import CommunityList, FacilityList, LodgingList, StationList
from models.district.tables import MasterTable
from models.district.team_rows import ResponderList, StockList, TeamList, VehicleList
from tests.support.factories import TODAY, make_place, signed_in
from tests.support.paging import orders_offered, walk

NOW = datetime(2020, 2, 20, 9, 30)
COMMANDER = signed_in("commander")
IDS = ["110101199003070011", "110101199003070038", "110101199003070054", "110101199003070070",
       "110101199003070097", "110101199003070118", "110101199003070134"]


def district(session: Session) -> None:
    """Three stations, each with two communities, a team, a vehicle, a lodging, a stock and
    responders: names chosen so that sorting by name and by station disagree."""
    session.info["actor"] = Actor(None, "commander1")
    make_place(session)
    save = lambda table, values: editor_of(session, table, TODAY, NOW).save(None, 0, {}, values)  # noqa: E731
    for s, station_name in enumerate(["丙所", "甲所", "乙所"]):
        station = save(MasterTable.STATIONS, {"code": f"S9{s}", "name": station_name,
                                              "latitude": 30.5 + s / 10, "longitude": 114.3})
        lodging = save(MasterTable.LODGING, {"name": f"宾馆{2 - s}", "station_id": station.id,
                                             "capacity": 10})
        for c in range(2):
            save(MasterTable.COMMUNITIES, {"code": f"C9{s}{c}", "name": f"社区{c}{s}",
                                           "station_id": station.id})
        save(MasterTable.TEAMS, {"name": f"快反{s % 2}队", "station_id": station.id})
        save(MasterTable.VEHICLES, {"plate": f"鄂A·9000{s}", "station_id": station.id})
        save(MasterTable.SUPPLIES, {"station_id": station.id, "item": "mask", "quantity": 10 * s})
        for r in range(2):
            save(MasterTable.RESPONDERS, {"name": f"队员{r}", "resident_id": IDS[s * 2 + r],
                                          "station_id": station.id, "lodging_id": lodging.id})
        save(MasterTable.FACILITIES, {"name": f"方舱{s}", "beds_total": 100 * (3 - s)})


@pytest.fixture
def scene(database: Database) -> Database:
    with database.sessions.begin() as session:
        district(session)
    return database


LISTS = {"stations": rows.station_list, "communities": rows.community_list,
         "facilities": rows.facility_list, "vehicles": rows.vehicle_list,
         "teams": rows.team_list, "responders": rows.responder_list,
         "lodging": rows.lodging_list, "stock": rows.stock_list}


@pytest.mark.parametrize("name", list(LISTS))
def test_every_district_list_pages_in_every_order(scene: Database, name: str) -> None:
    source = LISTS[name](scene, COMMANDER)
    assert isinstance(source, SqlRowSource)
    total = source.count({})
    assert total >= 3, name
    for order in orders_offered(source):
        whole = source.page({}, order, 0, total + 10)
        ids = [row[0] for row in whole]
        assert len(set(ids)) == total, (name, order)
        for by_key in (True, False):
            assert [row[0] for row in walk(source, {}, order, 2, by_key)] == ids, (name, order)


def test_every_keyset_order_names_a_shown_column() -> None:
    for source_type in (StationList, CommunityList, FacilityList, LodgingList, TeamList,
                        ResponderList, VehicleList, StockList):
        shown = {column.key for column in source_type.columns} | {ID_ORDER}
        assert source_type.keyset_columns <= shown, source_type.__name__


def test_the_filters_find_what_they_say(scene: Database) -> None:
    stations = rows.station_list(scene, COMMANDER)
    assert [r[2] for r in stations.page({"text": "S90"}, stations.default_order, 0, 10)] == ["丙所"]
    communities = rows.community_list(scene, COMMANDER)
    station_id = stations.page({"text": "S91"}, stations.default_order, 0, 1)[0][0]
    assert communities.count({"station_id": station_id}) == 2
    assert communities.count({"text": "C9"}) == 6
    with scene.sessions.begin() as session:
        editor_of(session, MasterTable.COMMUNITIES, TODAY, NOW).set_active(
            communities.page({"text": "C900"}, communities.default_order, 0, 1)[0][0], False)
    assert communities.count({"text": "C9", "active_only": True}) == 5
    [retired] = communities.page({"text": "C900"}, communities.default_order, 0, 10)
    assert retired[-1] is False
    vehicles = rows.vehicle_list(scene, COMMANDER)
    assert vehicles.count({"text": "鄂A·9000"}) == 3
    masked = ResponderList(scene, sees_full=False)   # as a role not seeing identifiers reads them
    column = [c.key for c in masked.columns].index("resident_id") + 1
    assert {r[column] for r in masked.page({}, masked.default_order, 0, 10)} == {
        value[:6] + "********" + value[-4:] for value in IDS[:6]}
