"""Migration 0016 on a database with users: they keep everything, have no last sign-in yet and
are not asked for a new password; it goes back down and up again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from models.db.database import alembic_config, make_engine, to_url

USERS = ("INSERT INTO app_user (username, display_name, role, password_hash, active, "
         "failed_sign_ins) VALUES ('zhang', '张指挥', 'commander', 'scrypt$x', true, 0), "
         "('li', '', 'viewer', 'scrypt$y', false, 2)")


def test_0016_on_a_database_with_users(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0015")
        with engine.begin() as connection:
            connection.execute(text(USERS))
        command.upgrade(config, "0016")
        with engine.connect() as connection:
            assert connection.execute(text(
                "SELECT username, active, last_sign_in_at, must_change_password FROM app_user "
                "ORDER BY id")).all() == [("zhang", True, None, False), ("li", False, None, False)]
        command.downgrade(config, "0015")
        columns = {column["name"] for column in inspect(engine).get_columns("app_user")}
        assert "last_sign_in_at" not in columns and "must_change_password" not in columns
        with engine.connect() as connection:
            assert connection.execute(text(
                "SELECT username, failed_sign_ins FROM app_user ORDER BY id")).all() == [
                ("zhang", 0), ("li", 2)]
        command.upgrade(config, "head")
    finally:
        engine.dispose()
