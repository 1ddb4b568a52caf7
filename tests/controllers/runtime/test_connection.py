"""The live-connection monitor sees a database go away, on both backends."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import sessionmaker

from controllers.runtime.connection import ConnectionMonitor
from controllers.runtime.tasks import TaskRunner
from models.db.database import Database, make_engine, to_url
from tests.support.postgres_cluster import free_port


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def start(qtbot: QtBot, monitor: ConnectionMonitor) -> None:
    with qtbot.waitSignal(monitor.state_changed, timeout=10_000) as blocker:
        monitor.start()
    assert blocker.args == [True, ""]


def test_connected_database_is_reported(qtbot: QtBot, database: Database,
                                        runner: TaskRunner) -> None:
    monitor = ConnectionMonitor(database, runner, interval_ms=50)
    start(qtbot, monitor)
    assert monitor.connected is True
    monitor.stop()


def test_removed_sqlite_file_is_disconnected(qtbot: QtBot, tmp_path: Path, runner: TaskRunner,
                                             sqlite_template: Path) -> None:
    path = tmp_path / "canvass.sqlite3"
    shutil.copyfile(sqlite_template, path)
    url = to_url(str(path))
    engine = make_engine(url)
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    monitor = ConnectionMonitor(database, runner, interval_ms=50)
    try:
        start(qtbot, monitor)
        with qtbot.waitSignal(monitor.state_changed, timeout=10_000) as blocker:
            os.remove(path)
        assert blocker.args[0] is False and "gone" in blocker.args[1]
        with qtbot.waitSignal(monitor.state_changed, timeout=10_000) as blocker:
            shutil.copyfile(sqlite_template, path)  # a different file in the same place
        assert blocker.args[0] is False and "replaced" in blocker.args[1]
    finally:
        monitor.stop()
        runner.shutdown()
        engine.dispose()


def test_postgresql_on_a_closed_port_is_disconnected(qtbot: QtBot, runner: TaskRunner) -> None:
    url = to_url(f"postgresql://canvass@127.0.0.1:{free_port()}/canvass")
    engine = make_engine(url)
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    monitor = ConnectionMonitor(database, runner, interval_ms=50)
    try:
        with qtbot.waitSignal(monitor.state_changed, timeout=10_000) as blocker:
            monitor.start()
        assert blocker.args[0] is False and blocker.args[1]
    finally:
        monitor.stop()
        runner.shutdown()
        engine.dispose()
