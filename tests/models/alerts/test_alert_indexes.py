"""The alert query reads through indexes at any size of district: the trips under way through the
status index, the vehicles waiting for disinfection through the partial index of the orders
holding a vehicle, the acknowledgements through their key — never a scan of every trip or of
every acknowledgement ever stored (the wall asks every half minute, all day).

A campaign's worth of delivered trips and of their acknowledgements is loaded in bulk and the
statistics taken (models/db/statistics.py), so the plan is the one the planner would really
choose for a district: nothing forces its hand (no `enable_seqscan`), and an empty table's
arbitrary choice between two equally cheap indexes is not what is tested."""
from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select

from models.alerts.current import acknowledgements_statement, under_way_statement, waiting_statement
from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from tests.support.alerts import at, load_delivered_trips

STATEMENTS = {
    "under_way": lambda: under_way_statement(at(60)),
    "waiting": lambda: waiting_statement(at(60)),
    "acknowledged": lambda: acknowledgements_statement({1, 2, 3}),
}


def plan(database: Database, statement: Select[*tuple[Any, ...]]) -> str:
    compiled = compile_for_driver(statement, database.engine.dialect)
    prefix = "EXPLAIN QUERY PLAN " if database.kind == "sqlite" else "EXPLAIN "
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(prefix + compiled.sql, compiled.parameters()).all()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_the_alert_query_reads_by_index(database: Database, name: str) -> None:
    load_delivered_trips(database)
    found = plan(database, STATEMENTS[name]())
    lines = found.splitlines()
    if database.kind == "sqlite":
        # Walking the partial index is reading the orders that hold a vehicle, and only them.
        scans = [line for line in lines if line.lstrip(" -|`").startswith("SCAN")
                 and not line.endswith("USING INDEX uq_transfer_order_vehicle_busy")
                 and not line.lstrip(" -|`").startswith("SCAN vehicle")]
        assert scans == [], found
    else:   # the one vehicle's table is read whole, as it should be
        assert [line for line in lines
                if "Seq Scan" in line and "Seq Scan on vehicle" not in line] == [], found
    expected = {"under_way": "ix_transfer_order_status_time",
                "waiting": "uq_transfer_order_vehicle_busy",
                "acknowledged": "uq_alert_acknowledgement_key"}[name]
    # SQLite names the index of a unique constraint itself.
    names = (expected, "sqlite_autoindex_alert_acknowledgement")
    assert any(index in found for index in names), found
