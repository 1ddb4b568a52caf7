"""The UI thread's collector spaces full collections: a process holding millions of objects
spends a second or more in each, and the timer that stands in for automatic collection while
workers run must not freeze the window that often (the dashboard lagged 4 s behind a commit in
the test suite's process)."""
from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from controllers.runtime import main_thread_gc
from controllers.runtime.main_thread_gc import MainThreadCollector


@pytest.fixture
def collector(qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainThreadCollector]:
    monkeypatch.setattr(main_thread_gc, "FULL", main_thread_gc._FullCollections())
    made = MainThreadCollector()
    yield made
    made.deleteLater()


def test_full_collections_are_spaced_and_the_young_still_collected(
        collector: MainThreadCollector, monkeypatch: pytest.MonkeyPatch) -> None:
    collected: list[int] = []
    clock = [1000.0]
    monkeypatch.setattr(main_thread_gc.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(main_thread_gc.gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(main_thread_gc.gc, "get_count", lambda: (800, 11, 11))  # all past due
    monkeypatch.setattr(main_thread_gc.gc, "get_threshold", lambda: (700, 10, 10))
    collector.collect_due()
    assert collected == [2]            # the first full collection is due
    clock[0] += 1.0
    collector.collect_due()
    assert collected == [2, 1]         # one second later: only the younger generations
    clock[0] += main_thread_gc.FULL_EVERY_S
    collector.collect_due()
    assert collected == [2, 1, 2]      # spaced: the next full one


def test_a_slow_full_collection_waits_longer(collector: MainThreadCollector,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [0.0]

    def slow_collect(generation: int = 2) -> int:
        if generation == 2:
            clock[0] += 2.0            # two seconds walking two million objects
        return 0

    monkeypatch.setattr(main_thread_gc.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(main_thread_gc.gc, "collect", slow_collect)
    monkeypatch.setattr(main_thread_gc.gc, "get_count", lambda: (0, 0, 11))
    monkeypatch.setattr(main_thread_gc.gc, "get_threshold", lambda: (700, 10, 10))
    collector.collect_due()
    clock[0] += main_thread_gc.FULL_EVERY_S + 1
    assert not collector.full_collection_allowed()   # 2 s may take only 2% of the time
    clock[0] += 2.0 / main_thread_gc.FULL_SHARE
    assert collector.full_collection_allowed()


def test_holding_switches_automatic_collection_off_and_back(
        collector: MainThreadCollector) -> None:
    assert gc.isenabled()
    collector.hold()
    try:
        assert not gc.isenabled() and collector.is_holding()
    finally:
        collector.release()
    assert gc.isenabled() and not collector.is_holding()


def test_a_full_collection_made_anywhere_counts(collector: MainThreadCollector,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """gc.collect() called elsewhere (or Python's own) pushes the timer's next one away."""
    gc.callbacks.append(main_thread_gc.FULL.observe)
    try:
        assert collector.full_collection_allowed()
        gc.collect()
        assert not collector.full_collection_allowed()
    finally:
        gc.callbacks.remove(main_thread_gc.FULL.observe)


def test_what_the_start_made_is_out_of_the_full_collections_way(qapp: QCoreApplication) -> None:
    """After the start has settled, a full collection walks only what came after it: the
    objects held then are frozen (still freed by their reference counts)."""
    made_at_start = [[n] for n in range(50_000)]   # lists: objects the collector tracks
    frozen_before = gc.get_freeze_count()
    frozen = main_thread_gc.freeze_what_start_made()
    assert frozen >= frozen_before + len(made_at_start)
    tracked = {id(o) for o in gc.get_objects()}
    assert not any(id(item) in tracked for item in made_at_start[:100])


def test_the_window_freezes_once_its_start_has_settled(qapp: QCoreApplication,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QObject
    from pytestqt.qtbot import QtBot
    calls: list[int] = []
    monkeypatch.setattr(main_thread_gc, "SETTLED_AFTER_MS", 10)
    monkeypatch.setattr(main_thread_gc, "freeze_what_start_made", lambda: calls.append(1) or 0)
    owner = QObject()
    main_thread_gc.freeze_when_settled(owner)
    QtBot(qapp).waitUntil(lambda: calls == [1], timeout=5_000)
