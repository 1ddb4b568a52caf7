"""What alerts and when: an overdue step of a trip under way, a vehicle waiting for its
disinfection past the limit; acknowledged alerts drop out until they get worse."""
from __future__ import annotations

from datetime import timedelta

import pytest

from models.alerts.acknowledge import acknowledge
from models.alerts.current import current_alerts, overdue_alerts
from models.alerts.rules import AlertKey, level_of
from models.db.database import Database
from models.enums import AlertKind, TransferStatus
from tests.support.alerts import CLEAN, at, ordered_trip, take_step

T = TransferStatus


def test_levels_double() -> None:
    limit = timedelta(minutes=10)
    assert [level_of(timedelta(minutes=m), limit) for m in (0, 10, 11, 19, 20, 39, 40, 80)] == \
        [0, 0, 1, 1, 2, 2, 3, 4]


def test_an_overdue_step_raises_an_alert(database: Database) -> None:
    with database.sessions() as session:
        order, _vehicle = ordered_trip(session)
        assert current_alerts(session, at(9)) == []          # ordered: 10 minutes to dispatch
        (alert,) = current_alerts(session, at(13))
        assert alert.key == AlertKey(order, T.ORDERED, 1)
        assert alert.kind == AlertKind.STEP_OVERDUE
        assert (alert.number[:2], alert.person, alert.plate) == ("ZY", "张伟", "鄂A·10001")
        assert alert.minutes_overdue == 3
        take_step(session, order, "dispatched", 14)
        assert current_alerts(session, at(40)) == []         # 30 minutes to reach the scene
        (alert,) = current_alerts(session, at(45))
        assert (alert.key.step, alert.minutes_overdue) == (T.DISPATCHED, 1)


def test_a_vehicle_waiting_for_disinfection_past_its_limit(database: Database) -> None:
    with database.sessions() as session:
        order, vehicle = ordered_trip(session)
        for to, minutes in (("dispatched", 2), ("on_scene", 9), ("picked_up", 20),
                            ("delivered", 45)):
            take_step(session, order, to, minutes)
        assert current_alerts(session, at(100)) == []        # 55 minutes waiting
        (alert,) = current_alerts(session, at(110))
        assert alert.kind == AlertKind.DISINFECTION_OVERDUE
        assert (alert.key, alert.vehicle_id, alert.plate) == \
            (AlertKey(order, T.DELIVERED, 1), vehicle, "鄂A·10001")
        take_step(session, order, "disinfected", 111, disinfection=CLEAN)
        assert current_alerts(session, at(200)) == []


def test_a_trip_cancelled_on_scene_waits_for_disinfection_too(database: Database) -> None:
    with database.sessions() as session:
        order, _vehicle = ordered_trip(session)
        take_step(session, order, "dispatched", 2)
        take_step(session, order, "on_scene", 9)
        take_step(session, order, "cancelled", 12, reason="家属拒绝")
        (alert,) = current_alerts(session, at(80))
        assert (alert.kind, alert.key.step) == (AlertKind.DISINFECTION_OVERDUE, T.CANCELLED)
        clean, _ = ordered_trip(session, "2")
        take_step(session, clean, "cancelled", 3, reason="重复派车")   # before it left: clean
        assert [a.key.transfer_id for a in current_alerts(session, at(500))] == [order]


def test_acknowledged_until_it_gets_worse(database: Database) -> None:
    with database.sessions() as session:
        order, _vehicle = ordered_trip(session)
        (alert,) = current_alerts(session, at(12))
        assert acknowledge(session, [alert.key], None, "dispatcher1", at(12)) == [alert.key]
        assert current_alerts(session, at(19)) == []
        assert [a.key.level for a in overdue_alerts(session, at(19))] == [1]   # still overdue
        (again,) = current_alerts(session, at(21))              # twice the limit: worse
        assert again.key == AlertKey(order, T.ORDERED, 2)
        acknowledge(session, [again.key], None, "dispatcher1", at(21))
        take_step(session, order, "dispatched", 22)
        (next_step,) = current_alerts(session, at(53))          # a new step overdue: new alert
        assert next_step.key == AlertKey(order, T.DISPATCHED, 1)


def test_most_overdue_first(database: Database) -> None:
    with database.sessions() as session:
        early, _ = ordered_trip(session, "1")
        late, _ = ordered_trip(session, "2")
        take_step(session, late, "dispatched", 1)
        assert [a.key.transfer_id for a in current_alerts(session, at(45))] == [early, late]


def test_a_key_stored_meanwhile_is_dropped_not_an_error(database: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another workstation's acknowledgement committed between this one's look-up and insert:
    the unique key refuses the second row inside its savepoint, the rest of the action stands."""
    with database.sessions() as session:
        first, _ = ordered_trip(session, "1")
        second, _ = ordered_trip(session, "2")
        alerts = {a.key.transfer_id: a.key for a in current_alerts(session, at(50))}
        acknowledge(session, [alerts[first]], None, "li", at(50))
        monkeypatch.setattr("models.alerts.acknowledge.acknowledged_levels", lambda *_: {})
        assert acknowledge(session, [alerts[first], alerts[second]], None, "zhao", at(50)) == \
            [alerts[second]]
        session.commit()
        assert [a.key for a in overdue_alerts(session, at(50))] and \
            current_alerts(session, at(50)) == []
