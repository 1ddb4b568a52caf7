"""The dashboard's headline counts each category's open cases, and of them those where the four
100% say they must be, from one index alone (migration 0023, ix_person_case_open_category): on
SQLite a seek per count that reads no case's row — before it, each count walked every open
case's row (9.7 ms a category on the district demo, on every refresh of the wall). 20,000
cases are loaded and analysed (tests/models/test_search_plans.py), nothing forces the planner."""
from __future__ import annotations

from models.dashboard.summary import _headline
from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from tests.models.test_search_plans import load

CATEGORIES = ("confirmed", "suspected", "fever", "close_contact")


def test_the_category_counts_read_the_index_alone(database: Database) -> None:
    load(database)
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
        # PostgreSQL picks among its indexes by its statistics of these 20,000 cases (all of
        # one category here), so only the absence of a scan of every case is asserted there;
        # `is_open = true`, not `IS true`, is what lets any index serve the open cases at all.
        assert "Seq Scan on person_case" not in found, found
