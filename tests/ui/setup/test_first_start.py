"""The first start on an empty database, as a new command center meets it: the first account is
made, then three ways are offered — set up our district (the workbook wizard), build the demo
(one click), open another database — and the main window opens on what was chosen."""
from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import DATABASE_LOCATION, Settings
from models.db.database import Database
from models.enums import UserRole
from models.opening import open_database
from tests.support.district_workbook import write_district
from tests.support.sample_district import add_sample_district
from tests.support.starts import Newcomer, communities_shown, start
from ui.setup.first_start import FirstStartChoice, FirstStartDialog
from ui.setup.other_database import OtherDatabaseDialog
from ui.shell.app import Session

COMMANDER = SignedInUser(None, "commander", "commander", UserRole.COMMANDER)
CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


@pytest.fixture
def started() -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        if session.window is not None:
            session.window.close()
        session.finish()


def fake_demo(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The demo generator, replaced by the sample district (the real one takes seconds)."""
    calls: list[str] = []

    def build_demo(database: Database, size: str, progress: Callable[[int, int], None],
                   **_: object) -> None:
        calls.append(size)
        progress(1, 2)
        add_sample_district(database)
        progress(2, 2)

    module = types.ModuleType("controllers.setup.demo")
    module.build_demo = build_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", module)
    return calls


def test_an_empty_database_makes_the_first_account_then_sets_up_our_district(
        qtbot: QtBot, database_url: str, settings: Settings, tmp_path: Path,
        started: list[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    fake_demo(monkeypatch)
    newcomer = Newcomer("district", write_district(tmp_path / "黄陂区.xlsx"))
    session = start(newcomer, database_url, settings, started)
    assert newcomer.first_runs == 1 and newcomer.offers == [(True, True, True)]
    assert session.context is not None and session.context.user.role == UserRole.COMMANDER
    communities_shown(qtbot, session, 3)
    assert not session.context.database.is_empty()


def test_the_demo_is_one_click(qtbot: QtBot, database: Database, settings: Settings,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_demo(monkeypatch)
    context = build_context(database, settings, probe_interval_ms=60_000, user=COMMANDER)
    try:
        dialog = FirstStartDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.demo_button.click()
        assert dialog.choice is FirstStartChoice.DEMO and calls == ["small"]
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert not database.is_empty()
    finally:
        context.close()


def test_a_clerk_is_offered_the_demo_but_not_the_set_up(qtbot: QtBot, database: Database,
                                                        settings: Settings,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    fake_demo(monkeypatch)
    context = build_context(database, settings, probe_interval_ms=60_000, user=CLERK)
    try:
        dialog = FirstStartDialog(context)
        qtbot.addWidget(dialog)
        assert [not b.isHidden() for b in dialog.ways()] == [False, True, True]
    finally:
        context.close()


def test_open_another_database_opens_the_chosen_file(
        qtbot: QtBot, tmp_path: Path, settings: Settings, started: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "controllers.setup.demo", None)   # no demo in this build
    other = tmp_path / "指挥中心.sqlite3"
    database = open_database(str(other))
    add_sample_district(database)
    database.dispose()
    newcomer = Newcomer("other", other=str(other))
    session = start(newcomer, str(tmp_path / "empty.sqlite3"), settings, started)
    assert newcomer.offers == [(True, False, True)]
    assert newcomer.first_runs == 2             # the empty database's, then the other one's
    assert session.context is not None and str(other) in session.context.database.description
    assert settings.get(DATABASE_LOCATION) == str(other.resolve())
    communities_shown(qtbot, session, 3)


def test_a_missing_file_is_said_on_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = OtherDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText(str(tmp_path / "nowhere.sqlite3"))
    dialog.accept()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "nowhere.sqlite3" in dialog.message.text()


def test_a_database_that_cannot_be_opened_keeps_the_choice_open(
        qtbot: QtBot, database: Database, settings: Settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"shopping list, not a database\n")
    monkeypatch.setattr(OtherDatabaseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(OtherDatabaseDialog, "chosen", lambda self: str(notes))
    context: AppContext = build_context(database, settings, probe_interval_ms=60_000,
                                        user=COMMANDER)
    try:
        dialog = FirstStartDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.other_button.click()
        assert dialog.choice is None and dialog.isVisible() and not dialog.is_working()
        assert "not a Canvass database" in dialog.message.text()
    finally:
        context.close()
