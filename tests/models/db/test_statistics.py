"""After a load the planner knows the new rows: the tables a register import or a demo build
wrote are analysed once the load has committed (PostgreSQL's ANALYZE, SQLite's sqlite_stat1),
and a load that writes nothing analyses nothing."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db.database import Database
from models.db.statistics import analyse
from models.demo import build_demo
from tests.support.registers import good_lines, register_csv, run_import, setup_community


def started(database: Database) -> datetime | None:
    """The server's clock before a load (PostgreSQL), to tell its ANALYZE from any earlier."""
    if database.kind != "postgresql":
        return None
    with database.engine.connect() as connection:
        moment: datetime = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
        return moment


def analysed(database: Database, table: str, since: datetime | None = None) -> bool:
    """Whether `table` has statistics taken by an ANALYZE (not by autovacuum's own), on
    PostgreSQL one run at or after `since`. (Not `n_mod_since_analyze = 0`: the loading
    connection reports the rows it wrote to the statistics system up to a second late, so they
    may count as written after the ANALYZE that followed them.)"""
    with database.engine.connect() as connection:
        if database.kind == "postgresql":
            row = connection.execute(text(
                "SELECT last_analyze IS NOT NULL AND last_analyze >= :since "
                "FROM pg_stat_user_tables WHERE relname = :t"),
                {"t": table, "since": since or datetime(1970, 1, 1).astimezone()}).one()
            return bool(row[0])
        has_stat = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
        return bool(has_stat) and bool(connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = ?", (table,)).scalar())


def test_a_register_import_leaves_its_tables_analysed(database: Database, tmp_path: Path) -> None:
    setup_community(database)
    path = register_csv(tmp_path / "register.csv", good_lines(300))
    since = started(database)
    assert not analysed(database, "person", since)
    result = run_import(database, path)
    assert result.committed
    for table in ("person", "household"):
        assert analysed(database, table, since), table


def test_a_load_that_writes_nothing_analyses_nothing(database: Database, tmp_path: Path) -> None:
    setup_community(database)
    path = register_csv(tmp_path / "register.csv", good_lines(50))
    since = started(database)
    assert not run_import(database, path, dry_run=True).committed
    assert not analysed(database, "person", since)


def test_a_demo_build_leaves_the_database_analysed(database: Database) -> None:
    since = started(database)
    build_demo(database, "small", 7, datetime(2020, 2, 20, 18))
    for table in ("person", "household", "person_case", "visit"):
        assert analysed(database, table, since), table


def test_only_table_names_are_analysed(database: Database, person_id: int) -> None:
    with pytest.raises(ValueError):
        analyse(database, ["person; DROP TABLE person"])
    since = started(database)
    assert analyse(database, ["person"])
    assert analysed(database, "person", since)
