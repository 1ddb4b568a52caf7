"""One order read whole for its window, on both databases: a trip taken through every step has
each step with its time, its recorder and how long it took; the crew with its leader first; the
suits drawn; the incidents; and a history that names what the trail's ids point to."""
from __future__ import annotations

from datetime import timedelta

import pytest

from controllers.transfers.dispatch import record_disinfection
from controllers.transfers.incidents import log_incident
from models.db.database import Database
from models.errors import RecordGone
from models.schema import TransferOrder
from models.transfers.order_record import order_record
from tests.support.factories import NOW, signed_in
from tests.support.transfers import DISPATCHER, scene, send, step

ROAD = (("dispatched", 2), ("on_scene", 9), ("picked_up", 20), ("delivered", 45))


def version(database: Database, order_id: int) -> int:
    with database.sessions() as session:
        return session.get(TransferOrder, order_id).version


def whole_trip(database: Database) -> int:
    order_id = send(database, scene(database))
    for to, minutes in ROAD:
        step(database, order_id, to, minutes)
    record_disinfection(database, DISPATCHER, order_id, True, True, "王师傅",
                        NOW + timedelta(minutes=70), version(database, order_id))
    return order_id


def test_a_trip_through_every_step(database: Database) -> None:
    order_id = whole_trip(database)
    with database.sessions() as session:
        record = order_record(session, order_id)
    assert [(s.step, s.at - NOW, s.took, s.recorded_by) for s in record.timeline] == [
        ("ordered", timedelta(0), None, "dispatcher1"),
        ("dispatched", timedelta(minutes=2), timedelta(minutes=2), "dispatcher1"),
        ("on_scene", timedelta(minutes=9), timedelta(minutes=7), "dispatcher1"),
        ("picked_up", timedelta(minutes=20), timedelta(minutes=11), "dispatcher1"),
        ("delivered", timedelta(minutes=45), timedelta(minutes=25), "dispatcher1"),
        ("disinfected", timedelta(minutes=70), timedelta(minutes=25), "dispatcher1")]
    assert record.timeline[-1].note == "王师傅"
    assert record.response_minutes == 7 and record.awaited is None
    assert (record.status, record.case_status, record.person) == ("disinfected", "admitted", "张伟")
    assert record.resident_id == "420102198001011234"     # as registered: the controller masks
    assert [(seat.name, seat.leader) for seat in record.crew] == [("队员10", True),
                                                                  ("队员11", False)]
    assert [(use.item, use.quantity) for use in record.supplies] == [("protective_suit", 2)]


def test_a_refused_trip_waits_for_its_vehicle_to_be_disinfected(database: Database) -> None:
    order_id = send(database, scene(database))
    step(database, order_id, "dispatched", 2)
    step(database, order_id, "on_scene", 9)
    step(database, order_id, "failed", 30, "患者拒绝转运")
    with database.sessions() as session:
        record = order_record(session, order_id)
    assert [s.step for s in record.timeline] == ["ordered", "dispatched", "on_scene", "failed"]
    assert record.timeline[-1].took == timedelta(minutes=21)
    assert record.timeline[-1].note == record.failure_reason == "患者拒绝转运"
    assert record.awaited is not None
    assert (record.awaited.step, record.awaited.since, record.awaited.limit) == (
        "disinfected", NOW + timedelta(minutes=30), timedelta(minutes=60))


def test_incidents_and_a_history_that_names_its_records(database: Database) -> None:
    order_id = whole_trip(database)
    log_incident(database, signed_in("commander"), "non_cooperation",
                 NOW + timedelta(minutes=12), "家属阻拦", handled_by="周警官",
                 transfer_id=order_id, now=NOW + timedelta(hours=2))
    with database.sessions() as session:
        record = order_record(session, order_id)
        number = session.get(TransferOrder, order_id).number
    assert [(i.kind, i.description, i.handled_by, i.closed_at) for i in record.incidents] == [
        ("non_cooperation", "家属阻拦", "周警官", None)]
    events = [(line.table, line.action, line.who) for line in record.history]
    assert events[0] == ("transfer_order", "insert", "dispatcher1")
    assert ("supply_movement", "insert", "dispatcher1") in events
    assert ("disinfection", "insert", "dispatcher1") in events
    assert events[-1] == ("incident", "insert", "commander1")
    written = {change.field: change.new for change in record.history[0].changes}
    assert written["vehicle_id"] == "鄂A·10001" and written["case_id"] == "张伟"
    assert written["facility_id"] == record.facility and written["status"] == "ordered"
    assert "id" not in written
    moves = [{c.field: (c.old, c.new) for c in line.changes} for line in record.history
             if line.table == "transfer_order" and line.action == "update"]
    assert moves[0]["status"] == ("ordered", "dispatched")
    assert {c.field: c.new for c in record.history[-1].changes}["transfer_id"] == number


def test_an_order_deleted_elsewhere_is_gone(database: Database) -> None:
    with database.sessions() as session, pytest.raises(RecordGone):
        order_record(session, 4040)
