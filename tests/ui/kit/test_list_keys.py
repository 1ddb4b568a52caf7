"""Every list, driven from the keyboard as staff drive it: Ctrl+F into the search box, Down or
Enter back into the list, an ID's last digits and Enter to open the person or the case (two key
groups), the row kept through another workstation's write and a new order, right-click menus on
a row and on the header (columns hidden stay hidden for that user), an elided cell's tooltip,
"nothing matches" said, and a date filter's calendar opening on the campaign's day."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from controllers.cases.workflow import open_case_for_person
from controllers.runtime.context import AppContext, build_context, open_database
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import Person
from tests.support.factories import make_person, make_place, signed_in
from ui.cases.detail import CaseDetailDialog
from ui.cases.view import CasesView
from ui.kit.dates import DateFilter
from ui.kit.person_dialog import PersonDialog
from ui.kit.table_page import TablePage
from ui.register.view import RegisterView

PERSONS = 30
T0 = datetime(2020, 2, 20, 9, 0)


def resident_id(number: int) -> str:
    return f"42010219800101{number:03d}5"


@pytest.fixture
def commander(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000,
                          user=signed_in("commander"))
    yield built
    built.close()


@pytest.fixture
def persons(database: Database) -> dict[str, int]:
    """Thirty residents of one community (居民000…), and a second community with one."""
    with database.sessions.begin() as session:
        place = make_place(session)
        found = {}
        for number in range(PERSONS):
            person = make_person(session, place, f"居民{number:03d}", resident_id(number))
            person.phone = f"139{number:08d}"
            person.resident_id_reversed = resident_id(number)[::-1]
            found[person.name] = person.id
        other = make_place(session, "2")
        found["花山居民"] = make_person(session, other, "花山居民", resident_id(900)).id
    return found


def shown(qtbot: QtBot, page: TablePage, rows: int) -> None:
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5_000)
    page.activate()
    settle(qtbot, page, rows)


def settle(qtbot: QtBot, page: TablePage, rows: int) -> None:
    def ready() -> bool:
        if page.is_loading() or page.model.rowCount() != rows:
            return False
        return rows == 0 or page.model.index(0, 0).data() is not None
    qtbot.waitUntil(ready, timeout=10_000)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_an_id_tail_and_enter_open_the_person(qtbot: QtBot, commander: AppContext,
                                              persons: dict[str, int], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    monkeypatch.setattr(PersonDialog, "open", lambda dialog: opened.append(dialog._person_id))
    view = RegisterView(commander)
    shown(qtbot, view, PERSONS + 1)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is view.search
    qtbot.keyClicks(view.search, "0175")           # group 1: Ctrl+F and the ID's last digits
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # group 2: Enter
    qtbot.waitUntil(lambda: opened == [persons["居民017"]], timeout=10_000)
    assert focused() is view.table and view.table.current_record() == persons["居民017"]


def test_down_from_the_search_box_goes_into_the_list_and_a_place_narrows_it(
        qtbot: QtBot, commander: AppContext, persons: dict[str, int]) -> None:
    view = RegisterView(commander)
    shown(qtbot, view, PERSONS + 1)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "1390000001")     # a phone's start: 居民010 … 居民019
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    settle(qtbot, view, 10)
    assert focused() is view.table
    qtbot.waitUntil(lambda: view.table.current_record() == persons["居民010"], timeout=10_000)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.current_record() == persons["居民011"]
    view.search.clear()
    settle(qtbot, view, PERSONS + 1)
    # A new search is another list: its first row, at the top (not the old search's row).
    qtbot.waitUntil(lambda: view.table.current_record() == persons["居民000"], timeout=10_000)
    assert view.table.verticalScrollBar().value() == 0
    qtbot.waitUntil(lambda: view.place.count() > 1, timeout=10_000)
    view.place.setCurrentIndex(view.place.findText("    永清社区"))   # the first community
    settle(qtbot, view, PERSONS)


def test_the_row_stays_through_a_write_elsewhere_and_a_new_order(
        qtbot: QtBot, commander: AppContext, persons: dict[str, int], database_url: str) -> None:
    view = RegisterView(commander)
    shown(qtbot, view, PERSONS + 1)
    commander.feed.changed.connect(view.on_change)
    commander.feed.start()
    qtbot.waitUntil(lambda: commander.feed.state.value == "live", timeout=10_000)
    view.table.setFocus()
    for _row in range(5):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.current_record() == persons["居民005"]
    elsewhere = open_database(database_url)   # another workstation registers someone first
    try:
        with elsewhere.sessions.begin() as session:
            first = session.get(Person, persons["居民000"])
            assert first is not None
            session.add(Person(household_id=first.household_id, community_id=first.community_id,
                               name="阿毛"))
    finally:
        elsewhere.dispose()
    settle(qtbot, view, PERSONS + 2)
    assert view.table.current_record() == persons["居民005"]
    header = view.table.horizontalHeader()
    name = view.model.source.columns[0]
    assert name.key == "name" and name.sortable
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)   # a click on 姓名
    qtbot.waitUntil(lambda: view.model.order.column == "name" and not view.is_loading(),
                    timeout=10_000)
    settle(qtbot, view, PERSONS + 2)
    assert view.model.index(0, 0).data() == "阿毛"             # A: first in pinyin order
    qtbot.waitUntil(lambda: view.table.current_record() == persons["居民005"], timeout=10_000)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.current_record() == persons["居民006"]


# A popup on the offscreen platform says it cannot raise itself nor grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_right_click_menus_copy_and_columns_stay_hidden_for_the_user(
        qtbot: QtBot, commander: AppContext, persons: dict[str, int]) -> None:
    view = RegisterView(commander)
    shown(qtbot, view, PERSONS + 1)
    table = view.table
    rect = table.visualRect(view.model.index(2, 0))
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), table.viewport().mapToGlobal(rect.center())))
    assert table.menu is not None and table.current_record() == persons["居民002"]
    texts = [action.text() for action in table.menu.actions() if action.text()]
    assert texts[0] == "Open" and "Copy resident ID" in texts and "Copy phone" in texts
    copy_id = next(a for a in table.menu.actions() if a.text() == "Copy resident ID")
    copy_id.trigger()
    assert QApplication.clipboard().text() == resident_id(2)
    next(a for a in table.menu.actions() if a.text() == "Copy row").trigger()
    assert QApplication.clipboard().text().startswith("居民002\t")
    table.menu.close()
    phone = [c.key for c in view.model.source.columns].index("phone")
    menu = table.columns.build()
    next(a for a in menu.actions() if a.text() == "Phone").trigger()
    assert table.horizontalHeader().isSectionHidden(phone)
    again = RegisterView(commander)                   # the same user, another day
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(phone)
    commander.user = signed_in("commander", "another")   # another user keeps every column
    other = RegisterView(commander)
    qtbot.addWidget(other)
    assert not other.table.horizontalHeader().isSectionHidden(phone)


@pytest.mark.qt_log_ignore("does not support raise")
def test_an_elided_cell_shows_its_text_and_nothing_found_is_said(
        qtbot: QtBot, commander: AppContext, persons: dict[str, int]) -> None:
    view = RegisterView(commander)
    shown(qtbot, view, PERSONS + 1)
    table = view.table
    address = [c.key for c in view.model.source.columns].index("resident_id")
    table.horizontalHeader().resizeSection(address, 40)
    cell = view.model.index(0, address)
    at = table.visualRect(cell).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                        table.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: QToolTip.text() == resident_id(0), timeout=5_000)
    QToolTip.hideText()
    view.search.setText("无此人")
    settle(qtbot, view, 0)
    assert view.model.has_counted() and table.empty_text == "No person matches the search."


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_enter_on_a_whole_id_opens_the_case_and_dates_open_on_the_campaign(
        qtbot: QtBot, database: Database, settings: Settings,
        persons: dict[str, int]) -> None:
    dispatcher = signed_in("dispatcher")
    context = build_context(database, settings, probe_interval_ms=60_000, user=dispatcher)
    try:
        for name in ("居民003", "居民004"):
            open_case_for_person(database, dispatcher, persons[name], "fever", "38.5", T0)
        view = CasesView(context)
        shown(qtbot, view, 2)
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert focused() is view.search
        # A dispatcher sees IDs masked: the last digits find nothing, the whole ID the case.
        qtbot.keyClicks(view.search, "0045")
        settle(qtbot, view, 0)
        qtbot.keyClick(view.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(view.search, resident_id(4))
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(view.dialog, CaseDetailDialog)
                        and view.dialog.isVisible(), timeout=10_000)
        view.dialog.close()
        view.search.setText("9999")
        settle(qtbot, view, 0)
        assert view.table.empty_text == "No cases match the filters."
        # The campaign's day: the latest day with a case event (a database looked back at).
        qtbot.waitUntil(lambda: view.opened_from.campaign_day.toPython() == T0.date(),
                        timeout=10_000)
        check_calendar_opens_on(qtbot, view.opened_from, T0.date())
    finally:
        context.close()


def check_calendar_opens_on(qtbot: QtBot, edit: DateFilter, day: date) -> None:
    edit.setFocus()
    assert edit.value() is None
    calendar = edit.calendarWidget()
    qtbot.keyClick(edit, Qt.Key.Key_F4)   # the calendar, by keyboard
    qtbot.waitUntil(calendar.isVisible, timeout=5_000)
    assert (calendar.yearShown(), calendar.monthShown()) == (day.year, day.month)
    assert calendar.selectedDate().toPython() == day and edit.value() is None   # not chosen
    calendar.window().close()
    qtbot.keyClick(edit, Qt.Key.Key_Up)   # a step from "any" starts at the campaign's day
    assert edit.value() == day
