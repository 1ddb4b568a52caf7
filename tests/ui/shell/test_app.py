"""Start-up as a person meets it: a bad database, an empty one with the first start's demo, the
wall."""
from __future__ import annotations

import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from controllers.accounts.users import add_user
from controllers.runtime.locations import data_folder
from controllers.runtime.logging_setup import process_log
from controllers.runtime.settings import LANGUAGE, Settings
from models.db.database import Database
from models.opening import open_database
from tests.support.sample_district import add_sample_district
from tests.support.signing_in import SETUP
from tests.support.starts import DialogAnswerer, arguments
from ui.shell.app import Session, start_gui

ADMIN = SETUP


@pytest.fixture
def started() -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        if session.window is not None:
            session.window.close()
        session.finish()


def fake_demo(monkeypatch: pytest.MonkeyPatch,
              build: Callable[..., object]) -> list[dict[str, object]]:
    calls: list[dict[str, object]] = []

    def build_demo(database: Database, size: str, **kwargs: object) -> object:
        calls.append({"size": size, **kwargs})
        return build(database, **kwargs)

    module = types.ModuleType("controllers.setup.demo")
    module.build_demo = build_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", module)
    return calls


def test_not_a_database_gets_one_dialog_and_exit_2(qtbot: QtBot, tmp_path: Path,
                                                   settings: Settings) -> None:
    target = tmp_path / "notes.sqlite3"
    target.write_bytes(b"shopping list, not a database\n")
    answerer = DialogAnswerer(QMessageBox.StandardButton.Ok)
    try:
        result = start_gui(arguments(str(target), lang="zh"), settings)
    finally:
        answerer.stop()
    assert result == 2
    assert answerer.seen == ["Canvass 无法打开数据库。"]
    assert target.read_bytes() == b"shopping list, not a database\n"
    assert not settings.store.contains(LANGUAGE.key)  # nothing written



def test_a_server_that_does_not_answer_shows_its_address_without_the_password(
        qtbot: QtBot, settings: Settings) -> None:
    address = "postgresql://wang:s3cret@127.0.0.1:1/canvass?sslmode=verify-full"
    answerer = DialogAnswerer(QMessageBox.StandardButton.Ok)
    try:
        result = start_gui(arguments(address, lang="en"), settings)
    finally:
        answerer.stop()
    assert result == 2 and answerer.seen == ["Canvass cannot open the database."]
    assert "postgresql://wang:***@127.0.0.1:1/canvass?sslmode=verify-full" in answerer.informed[0]
    logged = process_log(data_folder()).read_text(encoding="utf-8")
    assert "cannot open postgresql://wang:***@" in logged and "s3cret" not in logged

def test_empty_database_builds_the_demo_then_shows_the_window(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, database_url: str, settings: Settings,
        started: list[Session]) -> None:
    def build(database: Database, progress: Callable[[int, int], None], **_: object) -> None:
        progress(1, 2)
        add_sample_district(database)
        progress(2, 2)

    calls = fake_demo(monkeypatch, build)
    answerer = DialogAnswerer(ways=("demo",))
    try:
        session = start_gui(arguments(database_url), settings)
    finally:
        answerer.stop()
    assert isinstance(session, Session) and session.window is not None
    started.append(session)
    assert answerer.offers == 1 and calls and calls[0]["size"] == "small"
    window = session.window
    assert window.isVisible() and window.current_view_id() == "communities"
    view = window.views["communities"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)  # type: ignore[attr-defined]
    assert settings.get(LANGUAGE) == "en"
    assert "opened" in process_log(data_folder()).read_text(encoding="utf-8")


def test_cancelling_the_demo_leaves_the_database_empty(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: Settings,
        started: list[Session]) -> None:
    def build(_database: Database, cancelled: Callable[[], bool], **_: object) -> None:
        while not cancelled():
            time.sleep(0.005)
        raise RuntimeError("stopped on request")

    fake_demo(monkeypatch, build)
    answerer = DialogAnswerer(cancel_progress=True, ways=("demo", "later"))
    path = tmp_path / "canvass.sqlite3"
    try:
        session = start_gui(arguments(str(path)), settings)
    finally:
        answerer.stop()
    assert isinstance(session, Session)
    started.append(session)
    assert answerer.offers == 2             # offered again after the cancel
    database = open_database(str(path))
    try:
        assert database.is_empty()
    finally:
        database.dispose()


def test_wall_mode_opens_the_dashboard_full_screen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                   database_url: str, settings: Settings,
                                                   started: list[Session]) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)  # no demo in this build
    answerer = DialogAnswerer()
    try:
        session = start_gui(arguments(database_url, wall=True), settings)
    finally:
        answerer.stop()
    assert isinstance(session, Session) and session.window is not None
    started.append(session)
    assert session.window.current_view_id() == "dashboard"
    assert session.window.isFullScreen()


def test_a_shared_database_asks_who_signs_in(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                             database_url: str, settings: Settings,
                                             started: list[Session]) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)
    database = open_database(database_url)
    add_user(database, ADMIN, "wang", "dispatcher", "right-password")
    add_user(database, ADMIN, "li", "clerk", "other-password")
    database.dispose()
    answerer = DialogAnswerer()
    try:
        assert start_gui(arguments(database_url), settings) == 1  # cancelled: no window
        answerer.sign_in_as = ("wang", "right-password")
        session = start_gui(arguments(database_url), settings)
    finally:
        answerer.stop()
    assert isinstance(session, Session) and session.context is not None
    started.append(session)
    assert answerer.sign_ins == 2 and answerer.first_run == 0
    assert session.context.user.username == "wang"
    assert session.context.user.role.value == "dispatcher"


def test_first_start_makes_the_administrator(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                             database_url: str, settings: Settings,
                                             started: list[Session]) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)
    answerer = DialogAnswerer()
    try:
        session = start_gui(arguments(database_url), settings)
    finally:
        answerer.stop()
    assert isinstance(session, Session) and session.context is not None
    started.append(session)
    assert answerer.first_run == 1 and session.context.user.role.value == "commander"
