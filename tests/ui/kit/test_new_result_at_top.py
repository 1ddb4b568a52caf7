"""Lists start where people expect: scrolled deep into the register, a new search shows the top
of what it found (its first row current), not the old row at its place in the new result;
a person saved keeps the list on that person."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import Person
from tests.support.factories import make_person, make_place, signed_in
from tests.support.gui import keys_reach
from ui.kit.person_dialog import PersonDialog
from ui.register.view import RegisterView

PERSONS = 300


@pytest.fixture
def commander(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000,
                          user=signed_in("commander"))
    yield built
    built.close()


@pytest.fixture
def persons(database: Database) -> list[int]:
    """居民000…居民299, phones 13900000000…13900000299, in the register's order."""
    with database.sessions.begin() as session:
        place = make_place(session)
        ids = []
        for number in range(PERSONS):
            person = make_person(session, place, f"居民{number:03d}")
            person.phone = f"139{number:08d}"
            ids.append(person.id)
    return ids


def settled(qtbot: QtBot, view: RegisterView, rows: int) -> None:
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == rows
                    and view.model.row_id(0) is not None, timeout=10_000)


def type_chinese(edit: QLineEdit, text: str) -> None:
    """As an input method commits it (qtbot.keyClicks aborts on Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_a_new_search_starts_at_the_top_and_a_save_keeps_the_person(
        qtbot: QtBot, commander: AppContext, persons: list[int]) -> None:
    view = RegisterView(commander)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activate()
    settled(qtbot, view, PERSONS)
    keys_reach(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.table.current_record() == persons[-1], timeout=10_000)
    assert view.table.verticalScrollBar().value() > 0   # scrolled deep

    # A phone's start finds 居民200…居民299: 居民299, current until now, is among them (its
    # last row), yet the new result shows its top.
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "139000002")
    settled(qtbot, view, 100)
    qtbot.waitUntil(lambda: view.table.current_record() == persons[200], timeout=10_000)
    assert view.table.currentIndex().row() == 0
    assert view.table.verticalScrollBar().value() == 0
    assert QApplication.focusWidget() is view.search   # still typing

    # Into the list, three rows down, Enter: the person's window; a new name saved.
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    for _row in range(3):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.current_record() == persons[203]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PersonDialog),
                    timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PersonDialog)
    keys_reach(qtbot, dialog)
    name = dialog.fields["name"]
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_chinese(name, "乙")
    with qtbot.waitSignal(view.model.counted, timeout=10_000):   # saved: the list counts again
        qtbot.keyClick(name, Qt.Key.Key_Return)   # Save
    with commander.database.sessions() as session:
        saved = session.get(Person, persons[203])
        assert saved is not None and saved.name == "居民203乙"
    settled(qtbot, view, 100)
    qtbot.waitUntil(lambda: view.table.current_record() == persons[203], timeout=10_000)
    assert view.table.currentIndex().row() == 3
