"""Migration 0018: the database moves `version` on every UPDATE whose writer did not, on both
backends; a writer that moves it itself (the ORM, a counter's Core UPDATE) is not bumped twice;
every table with a version column has its trigger at head; and it goes down and up again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, text

from models.db.database import Database, alembic_config, make_engine, to_url
from models.schema.base import Base

USER = ("INSERT INTO app_user (username, display_name, role, password_hash, active, "
        "failed_sign_ins) VALUES ('zhang', '张指挥', 'commander', 'scrypt$x', true, 0)")


def _version(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT version FROM app_user")).scalar_one())


def _update(engine: Engine, assignment: str) -> None:
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE app_user SET {assignment}"))


def test_0018_bumps_what_others_write_once_and_goes_down_and_up(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0017")
        with engine.begin() as connection:
            connection.execute(text(USER))
        _update(engine, "display_name = '张'")
        assert _version(engine) == 1                     # before: an outside edit left it
        command.upgrade(config, "0018")
        _update(engine, "display_name = '张三'")
        assert _version(engine) == 2                     # now the database moves it
        _update(engine, "display_name = '张四', version = version + 1")
        assert _version(engine) == 3                     # the writer moved it: once, not twice
        _update(engine, "display_name = display_name")
        assert _version(engine) == 4                     # every UPDATE, whatever it changed
        command.downgrade(config, "0017")
        _update(engine, "display_name = '张五'")
        assert _version(engine) == 4
        command.upgrade(config, "head")
        _update(engine, "display_name = '张六'")
        assert _version(engine) == 5
    finally:
        engine.dispose()


def _triggers(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        if database.kind == "postgresql":
            sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        return {str(name) for name in connection.execute(text(sql)).scalars()}


def test_every_table_with_a_version_has_its_trigger_at_head(database: Database) -> None:
    """A later migration that rebuilds a versioned table (SQLite's batch copy drops its
    triggers), or a new versioned table, must bring the trigger along: this says which."""
    versioned = {table.name for table in Base.metadata.tables.values() if "version" in table.c}
    assert len(versioned) >= 16
    missing = {name for name in versioned if f"{name}_bump_version" not in _triggers(database)}
    assert missing == set()


def test_a_rolled_back_edit_takes_its_bump_back(database: Database) -> None:
    """The bump is part of the UPDATE's transaction, seen inside it and undone with it."""
    engine = database.engine
    with engine.begin() as connection:
        connection.execute(text(USER))
    with engine.connect() as connection:
        connection.execute(text("UPDATE app_user SET display_name = 'x'"))
        assert connection.execute(text("SELECT version FROM app_user")).scalar_one() == 2
        connection.rollback()
    assert _version(engine) == 1
