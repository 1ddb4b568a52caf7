"""The first second: the starting window is painted before the data layer is imported, and the
main window takes its place once the database is open."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from controllers.runtime.settings import Settings
from models.opening import open_database
from tests.support.sample_district import add_sample_district
from tests.support.starts import DialogAnswerer, arguments
from ui.shell.app import Session, start_gui
from ui.shell.launch import StartingWindow, begin, gui_arguments

ROOT = Path(__file__).resolve().parents[3]


def test_the_gui_is_recognised_without_the_sub_commands() -> None:
    assert gui_arguments([]) is not None
    gui = gui_arguments(["--db", "x.sqlite3", "--lang", "en", "--wall", "--wall-rotate", "5"])
    assert gui is not None and (gui.db, gui.lang, gui.wall, gui.wall_rotate, gui.command) == \
        ("x.sqlite3", "en", True, 5, None)
    # Anything else is the full parser's: a sub-command, --help, a malformed option.
    for argv in (["demo", "--size", "small"], ["--help"], ["--lang", "fr"], ["--db"]):
        assert gui_arguments(argv) is None, argv


def test_the_window_is_painted_before_the_data_layer_is_imported(tmp_path: Path) -> None:
    """In a fresh process: main's GUI path paints its starting window with SQLAlchemy, psycopg
    and the models still unimported (they cost seconds on a slow disk)."""
    script = (
        "import sys\n"
        "import main\n"
        "from ui.shell.launch import StartingWindow, begin\n"
        "args = main.gui_arguments(['--db', sys.argv[1], '--lang', 'zh'])\n"
        "session, settings = begin(args)\n"
        "window = StartingWindow(settings)\n"
        "window.show_and_paint()\n"
        "heavy = [m for m in ('sqlalchemy', 'psycopg', 'models.db.database', 'alembic')"
        " if m in sys.modules]\n"
        "print(window.painted_at is not None, heavy, window.message.text())\n"
        "session.finish()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "x.sqlite3")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "True [] 正在打开数据库…"


@pytest.fixture
def sessions() -> Iterator[list[Session]]:
    started: list[Session] = []
    yield started
    for session in started:
        if session.window is not None:
            session.window.close()
        session.finish()


def test_the_main_window_takes_the_starting_windows_place(
        qtbot: QtBot, database_url: str, settings: Settings, sessions: list[Session]) -> None:
    database = open_database(database_url)
    add_sample_district(database)
    database.dispose()
    args = arguments(database_url)
    begun = begin(args, settings)
    starting = StartingWindow(settings)
    starting.show_and_paint()
    assert starting.isVisible() and starting.painted_at is not None
    answerer = DialogAnswerer()
    try:
        session = start_gui(args, begun=begun, starting=starting)
    finally:
        answerer.stop()
    assert isinstance(session, Session) and session.window is not None
    sessions.append(session)
    assert session.window.isVisible()
    qtbot.waitUntil(lambda: not starting.isVisible(), timeout=5_000)
