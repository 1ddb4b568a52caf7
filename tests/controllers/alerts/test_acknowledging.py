"""Acknowledging an alert: stored once for every workstation, audited (who, when, which alert),
refused to a role that only looks, and refused when the alert no longer stands."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from controllers.alerts.standing import AlertRefused, acknowledge_alerts, standing_alerts
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.opening import open_database
from models.schema import AlertAcknowledgement, AuditEntry
from tests.support.alerts import at, ordered_trip, take_step
from tests.support.factories import signed_in
from tests.support.second_workstation import url_of

DISPATCHER = signed_in("dispatcher", "zhao")
COMMANDER = signed_in("commander", "li")


def trip(database: Database, suffix: str = "1") -> int:
    with database.sessions.begin() as session:
        return ordered_trip(session, suffix)[0]


def test_acknowledged_here_is_gone_at_every_workstation(database: Database) -> None:
    order = trip(database)
    elsewhere = open_database(url_of(database))    # another workstation on the same data
    try:
        (alert,) = standing_alerts(elsewhere, signed_in("viewer"), now=at(15))
        assert acknowledge_alerts(database, DISPATCHER, [alert.key], now=at(15)) == [alert.key]
        assert standing_alerts(elsewhere, signed_in("viewer"), now=at(16)) == []
        assert standing_alerts(database, COMMANDER, now=at(16)) == []
    finally:
        elsewhere.dispose()
    with database.sessions() as session:
        row = session.scalars(select(AlertAcknowledgement)).one()
        assert (row.transfer_id, row.step, row.level, row.kind) == \
            (order, "ordered", 1, "step_overdue")
        assert (row.username, row.minutes_overdue, row.acknowledged_at) == ("zhao", 5, at(15))
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "alert_acknowledgement")).one()
        assert (entry.username, entry.action, entry.row_id) == ("zhao", "insert", row.id)
        changes = json.loads(entry.changes)
        assert (changes["transfer_id"], changes["step"], changes["level"]) == (order, "ordered", 1)


@pytest.mark.parametrize("role", ["viewer", "clerk", "admin"])
def test_a_role_that_only_looks_cannot_acknowledge(database: Database, role: str) -> None:
    trip(database)
    (alert,) = standing_alerts(database, signed_in(role), now=at(15))
    with pytest.raises(PermissionDenied):
        acknowledge_alerts(database, signed_in(role), [alert.key], now=at(15))
    assert standing_alerts(database, signed_in(role), now=at(15)) == [alert]
    with database.sessions() as session:
        assert session.scalars(select(AlertAcknowledgement)).all() == []


def test_an_alert_that_no_longer_stands_is_refused(database: Database) -> None:
    order = trip(database)
    (alert,) = standing_alerts(database, DISPATCHER, now=at(15))
    with database.sessions.begin() as session:
        take_step(session, order, "dispatched", 16)       # the trip moved on meanwhile
    with pytest.raises(AlertRefused) as refused:
        acknowledge_alerts(database, DISPATCHER, [alert.key], now=at(17))
    assert refused.value.code == "alert_no_longer_alerting"
    with pytest.raises(AlertRefused) as nothing:
        acknowledge_alerts(database, DISPATCHER, [], now=at(17))
    assert nothing.value.code == "alert_nothing_chosen"


def test_two_workstations_acknowledging_at_once_keep_one_record(database: Database) -> None:
    trip(database, "1")
    trip(database, "2")
    first, second = standing_alerts(database, DISPATCHER, now=at(50))
    assert acknowledge_alerts(database, DISPATCHER, [first.key], now=at(50)) == [first.key]
    # The commander saw both before the dispatcher's acknowledgement reached the wall.
    assert acknowledge_alerts(database, COMMANDER, [first.key, second.key], now=at(50)) == \
        [second.key]
    with database.sessions() as session:
        rows = session.execute(select(AlertAcknowledgement.transfer_id,
                                      AlertAcknowledgement.username)
                               .order_by(AlertAcknowledgement.id)).all()
    assert rows == [(first.key.transfer_id, "zhao"), (second.key.transfer_id, "li")]
