"""The task runner: work off the UI thread, outcomes on the main thread, cancel honoured."""
from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from controllers.runtime.tasks import TaskControl, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_result_arrives_on_the_main_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}
    main = QThread.currentThread()

    def work(control: TaskControl) -> int:
        seen["worker_is_main"] = QThread.currentThread() == main
        for done in range(1, 4):
            control.progress(done, 3)
        return 42

    def succeeded(value: object) -> None:
        seen["value"] = value
        seen["delivered_on_main"] = QThread.currentThread() == main

    progress: list[tuple[int, int]] = []
    task = runner.submit("answer", work, succeeded=succeeded,
                         progressed=lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert seen == {"worker_is_main": False, "value": 42, "delivered_on_main": True}
    assert progress[-1] == (3, 3)
    assert not runner.is_busy()


def test_failure_is_delivered_not_raised(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(_control: TaskControl) -> None:
        raise ValueError("bad register file")

    errors: list[BaseException] = []
    task = runner.submit("import", work, failed=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert [str(error) for error in errors] == ["bad register file"]


def test_cancel_stops_the_worker(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def work(control: TaskControl) -> str:
        started.set()
        while True:
            control.check()
            threading.Event().wait(0.005)

    outcomes: list[str] = []
    task = runner.submit("endless", work, cancelled=lambda: outcomes.append("cancelled"),
                         succeeded=lambda _value: outcomes.append("succeeded"))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert outcomes == ["cancelled"]


def test_shutdown_cancels_and_waits(runner: TaskRunner) -> None:
    started = threading.Event()

    def work(control: TaskControl) -> None:
        started.set()
        while not control.cancelled():
            threading.Event().wait(0.005)

    runner.submit("long", work)
    assert started.wait(5)
    assert runner.shutdown(5_000)


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    release = threading.Event()
    calls: list[object] = []
    task = runner.submit("late page", lambda _control: release.wait(5), owner=owner,
                         succeeded=calls.append, finished=lambda: calls.append("finished"))
    shiboken6.delete(owner)  # the view closed while its page was loading
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5_000)
    assert task.is_done() and calls == []
