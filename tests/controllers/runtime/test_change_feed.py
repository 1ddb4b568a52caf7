"""A change made on one workstation reaches another's open feed within a second, on both
backends, and the PostgreSQL feed survives a server restart."""
from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from controllers.runtime.change_feed import ChangeFeed, ChangeSet, FeedState
from models.db.database import Database
from tests.support.postgres_cluster import PostgresCluster
from tests.support.second_workstation import second_workstation, url_of


def test_a_write_in_another_process_arrives_within_a_second(qtbot: QtBot, database: Database) -> None:
    feed = ChangeFeed(database)
    received: list[tuple[float, ChangeSet]] = []
    feed.changed.connect(lambda change: received.append((time.time(), change)))
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.state == FeedState.LIVE, timeout=5000)
        committed = second_workstation(url_of(database), "place", "9")
        qtbot.waitUntil(lambda: bool(received), timeout=5000)
        arrived, change = received[0]
        assert arrived - committed < 1.0
        assert change.touches("community", "household")
        if database.kind == "postgresql":  # ids travel on PostgreSQL; SQLite says "something"
            assert change.ids("community") is not None and not change.everything
    finally:
        feed.stop()


def test_bursts_are_coalesced(qtbot: QtBot, postgres_database: Database) -> None:
    feed = ChangeFeed(postgres_database)
    received: list[ChangeSet] = []
    feed.changed.connect(received.append)
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.state == FeedState.LIVE, timeout=5000)
        from tests.support.factories import make_place
        for suffix in range(5):
            with postgres_database.sessions() as session:
                make_place(session, f"b{suffix}")
                session.commit()
        qtbot.waitUntil(lambda: bool(received), timeout=3000)
        qtbot.wait(300)
        assert len(received) == 1
        assert len(received[0].ids("community") or ()) == 5
    finally:
        feed.stop()


def test_feed_survives_a_server_restart(qtbot: QtBot, postgres_database: Database,
                                        postgres_cluster: PostgresCluster) -> None:
    feed = ChangeFeed(postgres_database)
    states: list[str] = []
    received: list[ChangeSet] = []
    feed.state_changed.connect(states.append)
    feed.changed.connect(received.append)
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.state == FeedState.LIVE, timeout=5000)
        postgres_cluster.restart()
        qtbot.waitUntil(lambda: FeedState.RECONNECTING.value in states, timeout=10000)
        qtbot.waitUntil(lambda: feed.state == FeedState.LIVE, timeout=20000)
        qtbot.waitUntil(lambda: any(c.everything for c in received), timeout=3000)
        received.clear()
        second_workstation(url_of(postgres_database), "place", "r")
        qtbot.waitUntil(lambda: any(c.touches("community") for c in received), timeout=5000)
    finally:
        feed.stop()
