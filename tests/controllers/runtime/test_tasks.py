"""The task runner: work off the UI thread, outcomes on the main thread, cancel honoured."""
from __future__ import annotations

import gc
import threading
import weakref
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


def test_python_collects_cycles_on_the_main_thread_only_while_work_runs(
        qtbot: QtBot, runner: TaskRunner) -> None:
    """A cycle freed on a worker could run a Qt object's destructor there and deadlock with the
    UI thread: while work runs, automatic collection is off and the UI thread collects."""
    release = threading.Event()
    seen: dict[str, bool] = {}

    def work(_control: TaskControl) -> None:
        seen["automatic_on_worker"] = gc.isenabled()
        release.wait(5)

    assert gc.isenabled()
    task = runner.submit("hold", work)
    qtbot.waitUntil(lambda: "automatic_on_worker" in seen, timeout=5_000)
    assert not seen["automatic_on_worker"] and not gc.isenabled()

    class Cycle:
        pass
    freed: list[int] = []
    for _ in range(gc.get_threshold()[0] * 2):      # garbage past generation 0's threshold
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a                     # type: ignore[attr-defined]
    probe = Cycle()
    probe.itself = probe                            # type: ignore[attr-defined]
    weakref.finalize(probe, lambda: freed.append(threading.get_ident()))
    del probe, a, b
    qtbot.waitUntil(lambda: bool(freed), timeout=5_000)   # the UI thread's timer collected it
    assert freed == [threading.get_ident()]

    with qtbot.waitSignal(task.finished, timeout=5_000):
        release.set()
    qtbot.waitUntil(gc.isenabled, timeout=5_000)          # idle again: automatic as before
