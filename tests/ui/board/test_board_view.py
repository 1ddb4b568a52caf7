"""The four-100% board driven as a dispatcher drives it: the shares on the tiles, a tile as the
filter, Down and Enter to a case's window, Ctrl+D to dispatch it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from tests.support.factories import signed_in
from tests.support.four_hundred import EXPECTED_LIST, BoardScene, make_board_scene
from tests.support.gui import keys_reach
from ui.board.cells import hold_text
from ui.board.view import BoardView, CaseWindows
from ui.cases.detail import CaseDetailDialog, open_case_detail
from ui.cases.dispatch_dialog import DispatchDialog, dispatch_button
from ui.kit.lazy_table_model import VALUE_ROLE

WINDOWS = CaseWindows(open_case_detail, dispatch_button)


def _context(database: Database, settings: Settings, role: str) -> AppContext:
    return build_context(database, settings, probe_interval_ms=60_000, user=signed_in(role))


@pytest.fixture
def dispatcher(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = _context(database, settings, "dispatcher")
    yield built
    built.close()


def _board(qtbot: QtBot, context: AppContext, rows: int) -> BoardView:
    view = BoardView(context, WINDOWS)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    keys_reach(qtbot, view)
    view.activate()
    _settled(qtbot, view, rows)
    return view


def _settled(qtbot: QtBot, view: BoardView, rows: int) -> None:
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == rows,
                    timeout=10_000)
    # Asking for a cell fetches its page, as painting would: the rows' ids are then known.
    qtbot.waitUntil(lambda: rows == 0 or (view.model.index(0, 0).data() is not None
                                          and view.model.row_id(rows - 1) is not None),
                    timeout=10_000)


def _names(view: BoardView) -> list[str]:
    return [str(view.model.index(row, 0).data()) for row in range(view.model.rowCount())]


def test_tiles_show_the_shares_and_filter_the_list(qtbot: QtBot, dispatcher: AppContext) -> None:
    make_board_scene(dispatcher.database)
    view = _board(qtbot, dispatcher, len(EXPECTED_LIST))
    tiles = view.tiles.tiles
    assert tiles["confirmed"].value.text() == "50.0%"
    assert tiles["confirmed"].caption.text() == "1 / 2 done · 1 not yet"
    assert tiles["suspected"].value.text() == "0.0%"
    assert _names(view) == [name for name, _hold in EXPECTED_LIST]
    assert view.subtitle.text() == "Not yet where they must be: 6"
    qtbot.mouseClick(tiles["close_contact"], Qt.MouseButton.LeftButton)
    _settled(qtbot, view, 2)
    assert _names(view) == ["未记壬", "待车辛"]
    qtbot.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # again: all four
    _settled(qtbot, view, len(EXPECTED_LIST))
    qtbot.keyClick(view.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # fever only
    _settled(qtbot, view, 1)
    assert _names(view) == ["无床戊"]
    hold = view.model.index(0, 5).data(VALUE_ROLE)
    assert hold == "no_bed" and hold_text(hold) == "No bed of the right kind"
    assert hold_text("persuading", 0) == "Refused: no persuasion visit yet"


def test_down_enter_opens_the_case_and_ctrl_d_dispatches_it(qtbot: QtBot,
                                                           dispatcher: AppContext) -> None:
    scene: BoardScene = make_board_scene(dispatcher.database)
    view = _board(qtbot, dispatcher, len(EXPECTED_LIST))
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    waiting = scene.ids["待派乙"]          # marked for transfer: the dispatcher's next call
    assert view.table.current_record() == waiting
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(view.dialog, CaseDetailDialog)
                    and view.dialog.isVisible(), timeout=10_000)
    detail = view.dialog
    assert isinstance(detail, CaseDetailDialog) and detail.case_id == waiting
    detail.reject()
    qtbot.waitUntil(lambda: view.dialog is None or not view.dialog.isVisible(), timeout=10_000)
    _settled(qtbot, view, len(EXPECTED_LIST))   # closed: the board read itself again
    keys_reach(qtbot, view)
    view.table.setFocus()
    assert view.table.current_record() == waiting       # the same case, kept by its id
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(view.dialog, DispatchDialog)
                    and view.dialog.isVisible(), timeout=10_000)
    dialog = view.dialog
    assert isinstance(dialog, DispatchDialog) and dialog.case_id == waiting
    dialog.reject()


def test_a_viewer_opens_cases_but_has_no_dispatch(qtbot: QtBot, database: Database,
                                                  settings: Settings) -> None:
    context = _context(database, settings, "viewer")
    try:
        make_board_scene(database)
        view = _board(qtbot, context, len(EXPECTED_LIST))
        assert view.dispatch is None
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(0, 0))
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(200)
        assert view.dialog is None
    finally:
        context.close()


def test_an_empty_district_says_everyone_is_where_they_must_be(qtbot: QtBot,
                                                               dispatcher: AppContext) -> None:
    view = _board(qtbot, dispatcher, 0)
    assert view.tiles.tiles["fever"].value.text() == "—"
    assert view.table.empty_text == "Every open case is where it must be."
