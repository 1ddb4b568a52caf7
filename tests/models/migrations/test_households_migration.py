"""Migration 0012 on both backends: households the old import made are repaired as far as the
stored rows allow (doors read from addresses, one household per door), with the coverage
tallies and the register's figures following."""
from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import MetaData, create_engine, text

from models.db.database import alembic_config
from models.schema.tallies import recount, snapshot
from tests.support.migrations import old_row

T0 = datetime(2020, 2, 10, 9, 0)


def test_old_households_get_their_doors_and_one_household_per_door(
        empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0011")
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        def add(table: str, **values: object) -> int:
            return old_row(connection, tables.tables[table], values)
        district = add("district", code="D1", name="江岸区")
        station = add("police_station", district_id=district, code="S1", name="大智派出所",
                      area_kind="urban", latitude=30.59, longitude=114.30)
        imported = add("community", station_id=station, code="C1", name="永清社区",
                       area_kind="urban", latitude=30.6, longitude=114.29,
                       registered_households=5, registered_persons=7)
        census = add("community", station_id=station, code="C2", name="李家村",
                     area_kind="rural", latitude=30.6, longitude=114.29,
                     registered_households=600, registered_persons=1500)

        def household(community: int, address: str = "", building: str = "", unit: str = "",
                      door: str = "", persons: int = 1) -> int:
            hid = add("household", community_id=community, address=address, building=building,
                      unit=unit, door=door)
            for n in range(persons):
                add("person", household_id=hid, community_id=community, name=f"居民{hid}-{n}",
                    resident_id=None)
            return hid
        # The old import's catch-all: everyone of an address-only register, the first address.
        catch_all = household(imported, "胜利街1号1栋1单元101室", persons=3)
        # The same door from two files, written two ways; both were visited.
        plain = household(imported, building="2", unit="1", door="301")
        written = household(imported, building="2栋", unit="一单元", door="301室", persons=2)
        unread = household(imported, "江汉路菜场后面")
        other = household(imported, building="2", unit="1", door="302")
        for hid, at, outcome in ((plain, T0, "nobody_home"), (written, T0.replace(hour=11), "screened"),
                                 (other, T0, "screened")):
            add("visit", household_id=hid, community_id=imported, visited_at=at, outcome=outcome)
        village_a = household(census, "李家村4组12号")
        village_b = household(census, "李家村四组十二号")

    command.upgrade(config, "head")
    with engine.begin() as connection:
        doors = {hid: (b, u, d, a) for hid, b, u, d, a in connection.execute(text(
            "SELECT id, building, unit, door, address FROM household"))}
        members = dict(connection.execute(text(
            "SELECT household_id, count(*) FROM person GROUP BY household_id")).all())
        visits = dict(connection.execute(text(
            "SELECT household_id, count(*) FROM visit GROUP BY household_id")).all())
        figures = dict(connection.execute(text(
            "SELECT id, registered_households FROM community")).all())
        tallies = snapshot(connection)
        recount(connection)
        assert snapshot(connection) == tallies
        done = connection.execute(text(
            "SELECT done_visits FROM household_tally WHERE household_id = :h"),
            {"h": plain}).scalar_one()
    assert doors[catch_all] == ("1栋", "1单元", "101", "胜利街1号1栋1单元101")
    assert members[catch_all] == 3      # its persons' own addresses were never stored
    assert written not in doors and members[plain] == 3 and visits[plain] == 2 and done == 1
    assert doors[plain] == ("2", "1", "301", "")
    assert doors[unread] == ("", "", "", "江汉路菜场后面") and doors[other] == ("2", "1", "302", "")
    assert village_b not in doors and members[village_a] == 2
    assert doors[village_a] == ("4组", "", "12号", "李家村4组12号")
    assert figures == {imported: 4, census: 600}
    engine.dispose()
