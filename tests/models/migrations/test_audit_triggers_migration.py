"""Migration 0019 on a database with history: the entries written before it are chained, oldest
first, so the chain holds from the first entry on; writes after it are audited by the database;
it goes down (no triggers, no chain columns) and up again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from models.accounts.audit_verify import verify_chain
from models.db.database import alembic_config, make_engine, to_url

OLD_ENTRIES = ("INSERT INTO audit_entry (at, user_id, username, action, table_name, row_id, "
               "changes) VALUES ('2020-02-10 09:00:00.000000', NULL, 'zhang', 'insert', "
               "'district', 1, '{\"name\": \"江岸区\"}'), ('2020-02-10 09:05:00.250000', NULL, "
               "'zhang', 'sign_in', 'app_user', NULL, '{}')")


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_0019_chains_the_old_entries_and_audits_what_follows(empty_database_url: str) -> None:
    engine = make_engine(to_url(empty_database_url))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "0018")
        with engine.begin() as connection:
            connection.execute(text(OLD_ENTRIES))
            connection.execute(text("INSERT INTO district (code, name) VALUES ('D', '江岸区')"))
        assert _count(engine, "audit_entry") == 2          # before: a Core write left no entry
        command.upgrade(config, "0019")
        with engine.connect() as connection:
            verdict = verify_chain(connection)
        assert verdict.intact and verdict.chained == 2
        with engine.begin() as connection:
            connection.execute(text("UPDATE district SET name = '江汉区'"))
        with engine.connect() as connection:
            last = connection.execute(text(
                "SELECT action, table_name, changes FROM audit_entry ORDER BY id DESC")).first()
        assert last is not None and last[0:2] == ("update", "district") and "江汉区" in last[2]
        command.downgrade(config, "0018")
        columns = {column["name"] for column in inspect(engine).get_columns("audit_entry")}
        assert not columns & {"chain_seq", "prev_hash", "hash", "db_role"}
        before = _count(engine, "audit_entry")
        with engine.begin() as connection:
            connection.execute(text("UPDATE district SET name = '江岸区'"))
        assert _count(engine, "audit_entry") == before      # the triggers went with it
        command.upgrade(config, "head")
        with engine.connect() as connection:
            assert verify_chain(connection).intact
    finally:
        engine.dispose()
