"""Migration 0021 on a database with a person: on PostgreSQL the searched columns take the "C"
collation (the person keeps every value and is found by a prefix seek), the team's name gains its
index on both backends; it goes back down to the database's collation and up again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, MetaData, inspect, text

from models.db.database import alembic_config, make_engine, to_url
from tests.support.migrations import old_row

SEARCHED = {("person", "name"), ("person", "name_pinyin"), ("person", "resident_id"),
            ("person", "resident_id_reversed"), ("person", "phone"), ("community", "name"),
            ("team", "name"), ("responder", "name"), ("vehicle", "plate"),
            ("transfer_order", "number")}


def collations(engine: Engine) -> dict[tuple[str, str], str | None]:
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns "
            "WHERE table_schema = 'public'")).all()
    return {(table, column): collation for table, column, collation in rows
            if (table, column) in SEARCHED}


def analysed_columns(engine: Engine) -> set[str]:
    """The person columns PostgreSQL holds statistics for."""
    with engine.connect() as connection:
        return {str(name) for (name,) in connection.execute(text(
            "SELECT attname FROM pg_stats WHERE schemaname = 'public' AND tablename = 'person'"))}


def team_indexes(engine: Engine) -> set[str]:
    return {str(index["name"]) for index in inspect(engine).get_indexes("team")}


def test_0021_on_a_database_with_a_person(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    postgres = engine.dialect.name == "postgresql"
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0020")
        old = MetaData()
        old.reflect(engine)
        with engine.begin() as connection:
            district = old_row(connection, old.tables["district"], {"code": "D1", "name": "江岸区"})
            station = old_row(connection, old.tables["police_station"],
                              {"district_id": district, "code": "S1", "name": "大智派出所",
                               "area_kind": "urban", "latitude": 30.59, "longitude": 114.30})
            community = old_row(connection, old.tables["community"],
                                {"station_id": station, "code": "C1", "name": "永清社区",
                                 "area_kind": "urban", "latitude": 30.6, "longitude": 114.3})
            household = old_row(connection, old.tables["household"], {"community_id": community})
            old_row(connection, old.tables["person"], {
                "household_id": household, "community_id": community, "name": "张伟",
                "name_pinyin": "zhang wei\t张伟", "resident_id": "420102198001011234",
                "resident_id_reversed": "432110108910201024", "phone": "13800000000"})
        if postgres:   # the person table has statistics, as a district's has
            with engine.begin() as connection:
                connection.execute(text("ANALYZE person"))
            assert analysed_columns(engine) >= {"name", "resident_id", "phone"}
        command.upgrade(config, "0021")
        if postgres:
            assert set(collations(engine).values()) == {"C"}
            # A new column type drops its statistics: the migration takes them again, or the
            # planner guesses (the case board's surname filter: 5 ms became 160 ms).
            assert analysed_columns(engine) >= {"name", "resident_id", "phone"}
        assert "ix_team_name" in team_indexes(engine)
        with engine.connect() as connection:
            assert connection.execute(text(
                "SELECT name, name_pinyin, resident_id, phone FROM person "
                "WHERE name LIKE '张%' AND resident_id_reversed LIKE '4321%'")).all() == [
                ("张伟", "zhang wei\t张伟", "420102198001011234", "13800000000")]
        command.downgrade(config, "0020")
        if postgres:
            assert set(collations(engine).values()) == {None}   # the database's own again
        assert "ix_team_name" not in team_indexes(engine)
        command.upgrade(config, "head")
        if postgres:
            assert set(collations(engine).values()) == {"C"}
    finally:
        engine.dispose()
