"""Following the chain with the keyboard: from a case's contacts and its chain to those cases,
from a case to its person's window (cases, screenings, household, visits), from there to a
household member and to any of their cases — and from the register to a person's case."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from controllers.cases.contacts import add_contact_person, link_contact_case
from controllers.cases.workflow import load_case, open_case_for_person
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from tests.support.factories import make_person, make_place
from ui.cases.detail import CaseDetailDialog
from ui.kit.person_dialog import PersonDialog

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
T0 = datetime(2020, 2, 20, 9, 0)


@pytest.fixture
def dispatcher(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def a_chain(database: Database) -> dict[str, int]:
    """甲 (confirmed) exposed 乙 (spouse, same household), 乙 exposed 丙 (a colleague)."""
    with database.sessions() as session:
        home = make_place(session, "1")
        work = make_place(session, "2")
        first, spouse = make_person(session, home, "甲"), make_person(session, home, "乙")
        colleague = make_person(session, work, "丙")
        session.commit()
        people = {"甲": first.id, "乙": spouse.id, "丙": colleague.id}
    root = open_case_for_person(database, DISPATCHER, people["甲"], "confirmed", "核酸阳性", T0)
    add_contact_person(database, DISPATCHER, root, people["乙"], "spouse")
    middle = load_case(database, DISPATCHER, root).contacts[0][0].case_id
    leaf = open_case_for_person(database, DISPATCHER, people["丙"], "fever", "38.5", T0)
    link_contact_case(database, DISPATCHER, middle, leaf, "colleague")
    return {"root": root, "middle": middle, "leaf": leaf, **people}


def shown(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def enter_on(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def newest(owner: CaseDetailDialog | PersonDialog, kind: type, qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: bool(owner.others) and isinstance(owner.others[-1], kind),
                    timeout=10_000)
    return owner.others[-1]


def test_enter_on_a_contact_or_a_chain_entry_opens_that_case(qtbot: QtBot,
                                                             dispatcher: AppContext) -> None:
    ids = a_chain(dispatcher.database)
    detail = CaseDetailDialog(dispatcher, load_case(dispatcher.database, DISPATCHER, ids["root"]))
    qtbot.addWidget(detail)
    shown(qtbot, detail)
    detail.tabs.setCurrentWidget(detail.contacts)
    enter_on(qtbot, detail.contacts.contacts, 0)
    spouse = newest(detail, CaseDetailDialog, qtbot)
    assert isinstance(spouse, CaseDetailDialog) and spouse.case_id == ids["middle"]
    assert spouse.detail.person_name == "乙"
    spouse.close()
    shown(qtbot, detail)
    chain = detail.contacts.chain                         # 甲 → 乙 → 丙: the grandchild
    chain.setFocus()
    chain.setCurrentItem(chain.topLevelItem(0).child(0).child(0))
    qtbot.keyClick(chain, Qt.Key.Key_Return)
    leaf = newest(detail, CaseDetailDialog, qtbot)
    assert isinstance(leaf, CaseDetailDialog) and leaf.case_id == ids["leaf"]
    # and back up the chain: from 丙's window, who 丙 was exposed to
    shown(qtbot, leaf)
    leaf.tabs.setCurrentWidget(leaf.contacts)
    enter_on(qtbot, leaf.contacts.exposed_to, 0)
    back = newest(leaf, CaseDetailDialog, qtbot)
    assert isinstance(back, CaseDetailDialog) and back.case_id == ids["middle"]


def test_a_persons_window_lists_their_file_and_leads_to_member_and_case(
        qtbot: QtBot, dispatcher: AppContext) -> None:
    ids = a_chain(dispatcher.database)
    detail = CaseDetailDialog(dispatcher, load_case(dispatcher.database, DISPATCHER, ids["root"]))
    qtbot.addWidget(detail)
    shown(qtbot, detail)
    qtbot.mouseClick(detail.person_button, Qt.MouseButton.LeftButton)
    person = newest(detail, PersonDialog, qtbot)
    assert isinstance(person, PersonDialog) and person.windowTitle() == "Person: 甲"
    assert person.file.cases.rowCount() == 1 and person.file.tabText(0) == "Cases (1)"
    assert person.file.members.item(0, 0).text() == "乙"
    assert [person.file.tabText(i) for i in range(1, 4)] == [
        "Screenings (0)", "Household (1)", "Visits (0)"]
    shown(qtbot, person)
    person.file.setCurrentIndex(2)
    enter_on(qtbot, person.file.members, 0)               # the household member's own window
    member = newest(person, PersonDialog, qtbot)
    assert isinstance(member, PersonDialog) and member.windowTitle() == "Person: 乙"
    shown(qtbot, member)
    enter_on(qtbot, member.file.cases, 0)                 # and the member's case
    case = newest(detail, CaseDetailDialog, qtbot)
    assert isinstance(case, CaseDetailDialog) and case.case_id == ids["middle"]


def test_from_the_register_a_persons_case_opens_on_the_case_board(
        qtbot: QtBot, dispatcher: AppContext) -> None:
    from ui.shell.main_window import MainWindow
    ids = a_chain(dispatcher.database)
    window = MainWindow(dispatcher)
    qtbot.addWidget(window)
    shown(qtbot, window)
    window.show_view("register")
    register = window.views["register"]
    opened: list[PersonDialog] = []
    from ui.kit.person_dialog import open_person_dialog
    open_person_dialog(dispatcher, ids["丙"], register, opened.append, lambda error: None,
                       register.case_wanted.emit)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    person = opened[0]
    shown(qtbot, person)
    enter_on(qtbot, person.file.cases, 0)
    cases = window.views["cases"]
    qtbot.waitUntil(lambda: isinstance(getattr(cases, "dialog", None), CaseDetailDialog),
                    timeout=10_000)
    assert window.current_view_id() == "cases"
    assert cases.dialog.case_id == ids["leaf"]  # type: ignore[attr-defined]
