"""GUI test fixtures: a context over the `database` fixture with throwaway settings.

No test reads or writes the real user's preferences or data folder: QSettings' user scope and
QStandardPaths are pointed at temporary places for the whole session.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from controllers.runtime.tasks import TaskRunner
from models.db.database import Database
from tests.support.factories import make_place
from tests.support.gui import Answered
from tests.support.visits import CLERK
from ui.kit.background import is_busy


@pytest.fixture(scope="session", autouse=True)
def _private_user_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("user-settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000)
    yield built
    built.close()


@pytest.fixture
def answered(qtbot: QtBot) -> Answered:
    """`answered(widget)` waits until the loads and saves the widget started in the background
    (ui/kit/background.py) have answered, and what their answers started in turn."""
    def wait(widget: QWidget, timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: not is_busy(widget), timeout=timeout)
    return wait


@pytest.fixture
def clerk_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    """A context signed in as a clerk, over a database with one community (the import tests)."""
    with database.sessions() as session:
        make_place(session)
        session.commit()
    built = build_context(database, settings, probe_interval_ms=60_000, user=CLERK)
    yield built
    built.close()
