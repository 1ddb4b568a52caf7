"""Migration 0013 on both backends: a resident ID held twice before the unique index is set aside
(the later entry inactive, waiting to be merged), the index then holds, and downgrade gives the
old table back with its tally trigger."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, text
from sqlalchemy.exc import IntegrityError

from models.db.database import alembic_config
from tests.support.migrations import old_row

TWICE = "420102198001011234"


def test_an_id_held_twice_is_set_aside_then_unique_among_the_active(
        empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0012")
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        def add(table: str, **values: object) -> int:
            return old_row(connection, tables.tables[table], values)
        district = add("district", code="D1", name="江岸区")
        station = add("police_station", district_id=district, code="S1", name="大智派出所",
                      area_kind="urban", latitude=30.59, longitude=114.30)
        community = add("community", station_id=station, code="C1", name="永清社区",
                        area_kind="urban", latitude=30.6, longitude=114.29)
        household = add("household", community_id=community, building="1", unit="2", door="301")
        first, second, third = (add("person", household_id=household, community_id=community,
                                    name=name, resident_id=TWICE)
                                for name in ("张伟", "张伟", "张 伟"))
        other = add("person", household_id=household, community_id=community, name="李娜",
                    resident_id="42010219900202345X")
        nobody = [add("person", household_id=household, community_id=community, name="无证",
                      resident_id=None) for _ in range(2)]

    command.upgrade(config, "0013")    # (0014's own downgrade is tested with 0014)
    with engine.connect() as connection:
        active = dict(connection.execute(text("SELECT id, active FROM person")).all())
        assert {k: bool(v) for k, v in active.items()} == {
            first: True, second: False, third: False, other: True, nobody[0]: True,
            nobody[1]: True}
        with pytest.raises(IntegrityError):
            connection.execute(text("UPDATE person SET resident_id = :r WHERE id = :i"),
                               {"r": TWICE, "i": other})
        connection.rollback()
        with pytest.raises(IntegrityError):   # merged means inactive
            connection.execute(text("UPDATE person SET merged_into_id = :k WHERE id = :i"),
                               {"k": first, "i": other})
        connection.rollback()

    command.downgrade(config, "0012")
    with engine.connect() as connection:
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person)")} \
            if engine.dialect.name == "sqlite" else set(connection.execute(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'person'")).scalars())
        assert "active" not in columns and "merged_into_id" not in columns
        if engine.dialect.name == "sqlite":
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
            ).scalars())
            assert triggers == {"tally_person_moved"}
    engine.dispose()
