"""Migration 0017 adds the acknowledgement table (with the change feed's triggers on PostgreSQL)
to a database with trips on it, and goes back down and up again leaving the trips as they were."""
from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from models.db.database import alembic_config, make_engine, to_url


def feed_triggers(engine: Engine) -> set[str]:
    if engine.dialect.name != "postgresql":
        return set()
    with engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'alert_acknowledgement'::regclass"
            " AND NOT tgisinternal")).scalars())


def test_0017_adds_the_table_and_goes_back(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0016")
        command.upgrade(config, "0017")
        assert "alert_acknowledgement" in inspect(engine).get_table_names()
        keys = {tuple(c["column_names"]) for c in
                inspect(engine).get_unique_constraints("alert_acknowledgement")}
        assert ("transfer_id", "step", "level") in keys
        if engine.dialect.name == "postgresql":
            assert feed_triggers(engine) == {f"alert_acknowledgement_feed_{event}"
                                             for event in ("insert", "update", "delete")}
        command.downgrade(config, "0016")
        assert "alert_acknowledgement" not in inspect(engine).get_table_names()
        command.upgrade(config, "head")
        assert "alert_acknowledgement" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
