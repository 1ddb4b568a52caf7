"""An encrypted laptop file at start (issue 20, item 7): Canvass asks for its key, says so when
the key is wrong and asks again, opens the window with the right one; Cancel opens nothing and
exits 2 with one dialog; a script's CANVASS_DB_KEY opens it without asking."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from controllers.runtime.settings import Settings
from models.db.database import Database
from models.db.encryption import encrypt_file
from tests.support.gui import keys_reach
from tests.support.sample_district import add_sample_district
from tests.support.starts import DialogAnswerer, arguments
from ui.shell.app import Session, start_gui
from ui.shell.database_key import DatabaseKeyDialog

KEY = "江岸区 laptop 2020"


@pytest.fixture
def encrypted(sqlite_database: Database) -> Path:
    add_sample_district(sqlite_database)
    sqlite_database.dispose()
    path = Path(str(sqlite_database.url.database))
    encrypt_file(path, KEY)
    return path


@pytest.fixture
def started() -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        if session.window is not None:
            session.window.close()
        session.finish()


class KeyTyper:
    """Types each of `keys` into the key dialog as it appears (None: Cancel), noting what the
    dialog said above its field each time."""

    def __init__(self, *keys: str | None) -> None:
        self.keys = list(keys)
        self.said: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DatabaseKeyDialog) and widget.isVisible() and self.keys:
                self.said.append(widget.message.text() if widget.message.isVisible() else "")
                key = self.keys.pop(0)
                if key is None:
                    widget.reject()
                else:
                    widget.key.setText(key)
                    widget.buttons.button(QDialogButtonBox.StandardButton.Open).click()

    def stop(self) -> None:
        self.timer.stop()


def test_a_wrong_key_is_said_and_asked_again_then_the_window_opens(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, encrypted: Path, settings: Settings,
        started: list[Session]) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)
    monkeypatch.delenv("CANVASS_DB_KEY", raising=False)
    typer, answerer = KeyTyper("not the key", KEY), DialogAnswerer()
    try:
        session = start_gui(arguments(str(encrypted), lang="zh"), settings)
    finally:
        typer.stop()
        answerer.stop()
    assert isinstance(session, Session) and session.window is not None
    started.append(session)
    assert typer.said == ["", "此密钥打不开该文件（或该文件不是 Canvass 数据库）。未做任何更改。"]
    assert session.window.isVisible()


def test_cancel_opens_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, encrypted: Path,
                              settings: Settings) -> None:
    monkeypatch.delenv("CANVASS_DB_KEY", raising=False)
    before = encrypted.read_bytes()
    typer, answerer = KeyTyper(None), DialogAnswerer(QMessageBox.StandardButton.Ok)
    try:
        result = start_gui(arguments(str(encrypted), lang="zh"), settings)
    finally:
        typer.stop()
        answerer.stop()
    assert result == 2
    assert answerer.seen == ["Canvass 无法打开数据库。"]
    assert encrypted.read_bytes() == before


def test_a_script_gives_the_key_in_the_environment(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, encrypted: Path, settings: Settings,
        started: list[Session]) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)
    monkeypatch.setenv("CANVASS_DB_KEY", KEY)
    typer, answerer = KeyTyper(), DialogAnswerer()
    try:
        session = start_gui(arguments(str(encrypted)), settings)
    finally:
        typer.stop()
        answerer.stop()
    assert isinstance(session, Session) and session.window is not None
    started.append(session)
    assert typer.said == []            # never asked


def test_the_dialog_wants_a_key_before_it_opens(qtbot: QtBot) -> None:
    dialog = DatabaseKeyDialog("/home/wang/canvass.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    keys_reach(qtbot, dialog)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.key.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.key, "secret key")
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key.text() == "secret key"
