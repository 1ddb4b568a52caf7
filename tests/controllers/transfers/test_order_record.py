"""The order's window as the controller hands it, on both databases: identifiers masked for a
reader whose role may not see them (the patient's and the crew's), whole for a commander; the
timeline's durations for a trip through every step; and which feed changes concern the window."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from controllers.runtime.change_feed import ChangeSet
from controllers.transfers.dispatch import record_disinfection
from controllers.transfers.order import concerns_order, load_order_record
from models.db.database import Database
from models.schema import Responder, TransferOrder
from tests.support.factories import NOW, signed_in
from tests.support.transfers import DISPATCHER, scene, send, step


def test_a_reader_without_the_right_sees_masked_identifiers(database: Database) -> None:
    order_id = send(database, scene(database))
    with database.sessions.begin() as session:
        session.execute(update(Responder).values(phone="13912345678"))
    for role in ("viewer", "dispatcher", "clerk"):
        record = load_order_record(database, signed_in(role), order_id)
        assert (record.resident_id, record.phone) == ("420102********1234", "138****0000"), role
        assert {seat.phone for seat in record.crew} == {"139****5678"}
    full = load_order_record(database, signed_in("commander"), order_id)
    assert (full.resident_id, full.phone) == ("420102198001011234", "13800000000")
    assert {seat.phone for seat in full.crew} == {"13912345678"}


def test_the_durations_of_a_trip_through_every_step(database: Database) -> None:
    order_id = send(database, scene(database))
    for to, minutes in (("dispatched", 3), ("on_scene", 15), ("picked_up", 40),
                        ("delivered", 100)):
        step(database, order_id, to, minutes)
    with database.sessions() as session:
        version = session.get(TransferOrder, order_id).version
    record_disinfection(database, DISPATCHER, order_id, True, True, "王师傅",
                        NOW + timedelta(minutes=130), version)
    record = load_order_record(database, signed_in("viewer"), order_id)
    assert [(s.step, None if s.took is None else s.took.total_seconds() / 60)
            for s in record.timeline] == [
        ("ordered", None), ("dispatched", 3), ("on_scene", 12), ("picked_up", 25),
        ("delivered", 60), ("disinfected", 30)]
    assert record.response_minutes == 12 and record.awaited is None


def test_which_changes_concern_the_window() -> None:
    def change(**tables: frozenset[int] | None) -> ChangeSet:
        return ChangeSet(dict(tables))

    assert concerns_order(ChangeSet(everything=True), 7, 3)
    assert concerns_order(change(transfer_order=frozenset({7, 8})), 7, 3)
    assert concerns_order(change(transfer_order=None), 7, 3)
    assert not concerns_order(change(transfer_order=frozenset({8})), 7, 3)
    assert concerns_order(change(person_case=frozenset({3})), 7, 3)
    assert not concerns_order(change(person_case=frozenset({4})), 7, 3)
    assert concerns_order(change(disinfection=frozenset({1})), 7, 3)
    assert concerns_order(change(incident=frozenset({1})), 7, None)
    assert not concerns_order(change(community=None, team=frozenset({2})), 7, 3)
