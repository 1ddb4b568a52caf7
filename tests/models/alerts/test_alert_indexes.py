"""The alert query reads through indexes at any size of district: the trips under way through the
status index, the vehicles waiting for disinfection through the partial index of the orders
holding a vehicle, the acknowledgements through their key — never a scan of every trip or of
every acknowledgement ever stored (the wall asks every half minute, all day).

A campaign's worth of delivered trips and of their acknowledgements is loaded in bulk and the
statistics taken (models/db/statistics.py), so the plan is the one the planner would really
choose for a district: nothing forces its hand (no `enable_seqscan`), and an empty table's
arbitrary choice between two equally cheap indexes is not what is tested."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Select, insert, select

from models.alerts.current import acknowledgements_statement, under_way_statement, waiting_statement
from models.db.database import Database
from models.db.driver_statements import compile_for_driver
from models.db.statistics import analyse
from models.enums import AlertKind, CaseCategory, CaseStatus, TransferStatus
from models.schema import AlertAcknowledgement, Case, Person, TransferOrder
from tests.support.alerts import at
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer

TRIPS = 5_000

STATEMENTS = {
    "under_way": lambda: under_way_statement(at(60)),
    "waiting": lambda: waiting_statement(at(60)),
    "acknowledged": lambda: acknowledgements_statement({1, 2, 3}),
}


def load(database: Database) -> None:
    """TRIPS delivered trips, each of its own person's case, each acknowledged once; ANALYZE."""
    with database.sessions.begin() as session:
        place = make_place(session)
        first = make_transfer(session, place, make_case(session, place, make_person(session, place)),
                              number="ZY202002010000")
        session.execute(insert(Person), [
            {"household_id": place.household_id, "community_id": place.community_id,
             "name": f"居民{n}", "name_pinyin": f"ju min {n}", "resident_id": f"42010219{n:010d}",
             "resident_id_reversed": f"42010219{n:010d}"[::-1], "phone": ""} for n in range(TRIPS)])
        people = list(session.scalars(select(Person.id).where(Person.name.like("居民%"))))
        session.execute(insert(Case), [
            {"person_id": ident, "community_id": place.community_id,
             "category": CaseCategory.CONFIRMED, "status": CaseStatus.ADMITTED,
             "opened_at": NOW, "status_since": NOW, "category_since": NOW, "is_open": True}
            for ident in people])
        cases = list(session.scalars(select(Case.id).where(Case.person_id.in_(people))))
        session.execute(insert(TransferOrder), [
            {"number": f"ZY2020020{n:05d}", "case_id": ident, "team_id": first.team_id,
             "vehicle_id": first.vehicle_id, "facility_id": first.facility_id,
             "status": TransferStatus.DELIVERED, "origin_address": "永清街1号",
             "ordered_at": NOW - timedelta(minutes=n + 60),
             "dispatched_at": NOW - timedelta(minutes=n + 58),
             "on_scene_at": NOW - timedelta(minutes=n + 51),
             "picked_up_at": NOW - timedelta(minutes=n + 40),
             "delivered_at": NOW - timedelta(minutes=n + 15),
             "disinfected_at": NOW - timedelta(minutes=n), "holds_vehicle": False}
            for n, ident in enumerate(cases)])
        trips = list(session.scalars(select(TransferOrder.id)))
        session.execute(insert(AlertAcknowledgement), [
            {"kind": AlertKind.STEP_OVERDUE, "transfer_id": ident, "step": TransferStatus.ORDERED,
             "level": 1, "minutes_overdue": 12, "acknowledged_at": NOW, "username": "clerk"}
            for ident in trips])
    assert analyse(database)


def plan(database: Database, statement: Select[*tuple[Any, ...]]) -> str:
    compiled = compile_for_driver(statement, database.engine.dialect)
    prefix = "EXPLAIN QUERY PLAN " if database.kind == "sqlite" else "EXPLAIN "
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(prefix + compiled.sql, compiled.parameters()).all()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_the_alert_query_reads_by_index(database: Database, name: str) -> None:
    load(database)
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
