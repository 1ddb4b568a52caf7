"""Ctrl+A then Ctrl+M on a case board longer than what its list has loaded: every case of the
list moves and the board says how many; a board changed under the selection moves none and says
why in one sentence. Driven by keys, as a dispatcher does."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from models.schema import Case
from tests.support.case_lists import T0, open_cases
from tests.support.gui import keys_reach
from ui.cases.move_dialog import ReasonDialog
from ui.cases.view import CasesView
from ui.kit.background import is_saving

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
CTRL = Qt.KeyboardModifier.ControlModifier
PAGE = 10          # rows per page of the board's lazy list here: 130 cases are 13 pages
CASES = 130


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


@pytest.fixture(autouse=True)
def _moves_happen_after_the_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases began at T0 (2020): a move now is after them, as on a real shift."""
    monkeypatch.setattr("controllers.cases.workflow.now", lambda: T0 + timedelta(hours=1))


def _board(qtbot: QtBot, context: AppContext) -> CasesView:
    view = CasesView(context)
    view.model.page_size = PAGE
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == CASES,
                    timeout=10_000)
    # Asking for the first cell fetches its page, as painting it would.
    qtbot.waitUntil(lambda: view.model.index(0, 0).data() is not None
                    and not view.is_loading(), timeout=10_000)
    return view


def _select_all_and_move(qtbot: QtBot, view: CasesView) -> ReasonDialog:
    view.table.setFocus()
    keys_reach(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_M, CTRL)
    dialog = view.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    keys_reach(qtbot, dialog)
    return dialog


def _save(qtbot: QtBot, dialog: ReasonDialog) -> None:
    """The first move offered (verified), its usual reason (Ctrl+D), then Ctrl+Enter."""
    assert dialog.chosen() == "verified"
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_D, CTRL)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not is_saving(dialog), timeout=30_000)


def _statuses(database: Database) -> list[str]:
    with database.sessions() as session:
        return [str(status) for status in session.scalars(select(Case.status))]


def test_ctrl_a_ctrl_m_moves_every_case_of_the_board(qtbot: QtBot,
                                                     dispatcher_context: AppContext) -> None:
    open_cases(dispatcher_context.database, CASES)
    view = _board(qtbot, dispatcher_context)
    # The list holds at most six pages: most of the board's cases are not known to it.
    loaded = [row for row in range(CASES) if view.model.row_id(row) is not None]
    assert 0 < len(loaded) <= 6 * PAGE
    dialog = _select_all_and_move(qtbot, view)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert view.message.text() == f"{CASES} cases changed."
    assert _statuses(dispatcher_context.database) == ["verified"] * CASES
    assert dialog.windowTitle() == f"Move status ({CASES} cases)"   # the form said how many


def test_a_board_changed_under_the_selection_moves_nothing(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    ids, _place, _other = open_cases(database, CASES)
    view = _board(qtbot, dispatcher_context)
    dialog = _select_all_and_move(qtbot, view)
    with database.sessions() as session:     # another workstation closes a case meanwhile
        session.get_one(Case, ids[-1]).is_open = False
        session.commit()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("The list changed after the rows were selected")
    assert set(_statuses(database)) == {"identified"}
