"""The dashboard's headline counts each category's open cases, and of them those where the four
100% say they must be, from one index alone (migration 0023, ix_person_case_open_category): on
SQLite a seek per count that reads no case's row — before it, each count walked every open
case's row (9.7 ms a category on the district demo, on every refresh of the wall). 20,000
cases in the district's mix are loaded and analysed (tests/support/case_mix.py), nothing forces
the planner."""
from __future__ import annotations

from models.dashboard.summary import _headline
from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from tests.support.case_mix import load_case_mix

CATEGORIES = ("confirmed", "suspected", "fever", "close_contact")


def test_the_category_counts_read_the_index_alone(database: Database) -> None:
    load_case_mix(database)
    if database.kind == "postgresql":
        # As autovacuum leaves a table in use: the visibility map set, so that an index can
        # answer a count without the table (what the index was made for).
        with database.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM (ANALYZE) person_case")
    compiled = compile_for_driver(_headline(CATEGORIES), database.engine.dialect)
    explain = "EXPLAIN QUERY PLAN " if database.kind == "sqlite" else "EXPLAIN "
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(explain + compiled.sql, compiled.parameters()).all()
    lines = [str(row[-1]) for row in rows]
    found = "\n".join(lines)
    if database.kind == "sqlite":
        cases = [line for line in lines if "person_case" in line]
        assert len(cases) == 8, found   # four open counts, four done counts
        assert all("USING COVERING INDEX ix_person_case_open_category" in line
                   for line in cases), found
    else:
        # `is_open = true`, not `IS true`, is what lets an index serve the open cases at all.
        assert "Seq Scan on person_case" not in found, found
        assert found.count("ix_person_case_open_category") == 8, found
