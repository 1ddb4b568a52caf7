"""Which vehicles are free is asked at every dispatch: the busy ones are found through the
partial index of the orders holding a vehicle and the status index of the trips on the road,
never by reading every trip of the campaign — on SQLite too once its statistics are taken,
where an average count per status made the trips on the road look like thousands."""
from __future__ import annotations

from sqlalchemy import select

from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from models.schema import Vehicle
from models.transfers.rules import vehicle_free
from tests.support.alerts import load_delivered_trips


def test_the_busy_vehicles_are_read_by_index(database: Database) -> None:
    load_delivered_trips(database)
    compiled = compile_for_driver(select(Vehicle.id).where(vehicle_free()),
                                  database.engine.dialect)
    explain = "EXPLAIN QUERY PLAN " if database.kind == "sqlite" else "EXPLAIN "
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(explain + compiled.sql, compiled.parameters()).all()
    found = "\n".join(str(row[-1]) for row in rows)
    if database.kind == "sqlite":
        scans = [line for line in found.splitlines()
                 if line.lstrip(" -|`").startswith("SCAN transfer_order")
                 and "USING INDEX uq_transfer_order_vehicle_busy" not in line]
    else:
        scans = [line for line in found.splitlines() if "Seq Scan on transfer_order" in line]
    assert scans == [], found
