"""A module imported on a worker (ui/kit/background_import.py): what needs it waits for the
worker's import to end, on the UI thread's event loop, never importing it there meanwhile."""
from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from controllers.runtime.tasks import TaskRunner
from ui.kit import background_import

NAME = "canvass_test_slow_module"


@pytest.fixture
def slow_module(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """An import of NAME that lasts until the event is set."""
    release = threading.Event()
    real = background_import.importlib.import_module

    def importing(name: str) -> types.ModuleType:
        if name != NAME:
            return real(name)
        release.wait(10)
        sys.modules[NAME] = types.ModuleType(NAME)
        return sys.modules[NAME]
    monkeypatch.setattr(background_import.importlib, "import_module", importing)
    yield release
    release.set()
    sys.modules.pop(NAME, None)
    background_import._begun.pop(NAME, None)
    background_import._ended.pop(NAME, None)


def test_what_needs_the_module_waits_for_the_workers_import(
        qtbot: QtBot, slow_module: threading.Event) -> None:
    runner = TaskRunner(max_threads=1)
    owner = QObject()
    done: list[bool] = []
    try:
        assert background_import.imported(NAME)          # nobody importing: use it where you are
        background_import.import_in_background(runner, NAME, owner)
        qtbot.waitUntil(lambda: background_import._begun[NAME].is_set(), timeout=5_000)
        assert not background_import.imported(NAME)
        background_import.when_imported(NAME, owner, lambda: done.append(NAME in sys.modules))
        qtbot.wait(100)
        assert done == []                                # the UI thread went on meanwhile
        background_import.import_in_background(runner, NAME, owner)   # asked again: no second
        slow_module.set()
        qtbot.waitUntil(lambda: done == [True], timeout=5_000)
        assert background_import.imported(NAME)
        background_import.when_imported(NAME, owner, lambda: done.append(True))
        assert done == [True, True]                      # once imported: at once
    finally:
        slow_module.set()
        runner.shutdown()
