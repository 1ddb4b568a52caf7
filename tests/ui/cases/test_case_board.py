"""The case board and the case detail, driven as a dispatcher drives them: by keyboard."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from controllers.cases.workflow import change_status, load_case, open_case_for_person
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from models.schema import Case
from tests.support.factories import make_person, make_place
from ui.cases.detail import CaseDetailDialog
from ui.cases.move_dialog import ReasonDialog
from ui.cases.view import CasesView
from ui.kit.background import is_saving
from ui.kit.person_search_dialog import PersonSearchDialog

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
T0 = datetime(2020, 2, 20, 9, 0)


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def _cases(database: Database, *names: str) -> list[int]:
    with database.sessions() as session:
        place = make_place(session)
        people = [make_person(session, place, name) for name in names]
        for number, person in enumerate(people):
            person.phone = f"1380000000{number}"
            person.resident_id = None
        session.commit()
        ids = [p.id for p in people]
    return [open_case_for_person(database, DISPATCHER, p, "fever", "38.5", T0) for p in ids]


def _board(qtbot: QtBot, context: AppContext, rows: int) -> CasesView:
    view = CasesView(context)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == rows,
                    timeout=10_000)
    # Asking for a cell fetches its page, as painting would: the row's id is then known.
    qtbot.waitUntil(lambda: rows == 0 or (view.model.index(0, 0).data() is not None
                                          and view.model.row_id(0) is not None), timeout=10_000)
    return view


def _accept(qtbot: QtBot, dialog: ReasonDialog, reason: str = "") -> None:
    """OK, and wait for the save's answer (it runs in the background)."""
    if reason:
        dialog.reason.setPlainText(reason)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not is_saving(dialog), timeout=10_000)


def _detail(context: AppContext, case_id: int) -> CaseDetailDialog:
    return CaseDetailDialog(context, load_case(context.database, context.user, case_id))


def test_board_counts_filters_and_search_by_phone(qtbot: QtBot,
                                                 dispatcher_context: AppContext) -> None:
    _cases(dispatcher_context.database, "甲", "乙", "丙")
    view = _board(qtbot, dispatcher_context, 3)
    qtbot.waitUntil(lambda: "3" in view.status_counts.text(), timeout=5_000)
    assert "Identified 3" in view.status_counts.text()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    qtbot.keyClicks(view.search, "13800000001")
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 1, timeout=5_000)
    view.search.setText("' OR 1=1 --\x00")
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 0, timeout=5_000)
    view.search.clear()
    view.opened_from.setDate(view.opened_from.date().addYears(1))
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 0, timeout=5_000)


def _keys(qtbot: QtBot, widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _save(qtbot: QtBot, dialog: ReasonDialog) -> None:
    """Ctrl+Enter, and wait for the save's answer."""
    _active(qtbot, dialog)
    _keys(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not is_saving(dialog), timeout=10_000)


def test_bulk_mark_for_transfer_is_all_or_nothing(qtbot: QtBot,
                                                  dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    ids = _cases(database, "甲", "乙")
    version = load_case(database, DISPATCHER, ids[1]).version
    change_status(database, DISPATCHER, ids[1], version, "cleared", "normal", T0)
    view = _board(qtbot, dispatcher_context, 1)
    view.open_only.setChecked(False)
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 2
                    and view.model.row_id(1) is not None, timeout=5_000)
    view.table.setFocus()
    _keys(qtbot, view.table, Qt.Key.Key_A)                     # select both
    _keys(qtbot, view, Qt.Key.Key_T)
    dialog = view.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    _save(qtbot, dialog)                                       # no reason: refused, kept open
    assert dialog.isVisible() and "reason" in dialog.message.text()
    _keys(qtbot, dialog.focusWidget(), Qt.Key.Key_D)           # the usual reason, one key
    assert dialog.reason.toPlainText().startswith("To be sent for treatment")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.text().startswith("乙: ")
    assert "No case was changed" in dialog.message.text()
    assert load_case(database, DISPATCHER, ids[0]).status == "identified"
    dialog.reject()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.table.clearSelection()
    row = next(r for r in range(2) if view.model.row_id(r) == ids[0])
    view.table.selectRow(row)
    _keys(qtbot, view, Qt.Key.Key_T)
    assert view.dialog is not dialog
    move = view.dialog
    assert isinstance(move, ReasonDialog)
    _active(qtbot, move)
    _keys(qtbot, move.focusWidget(), Qt.Key.Key_D)
    _save(qtbot, move)
    case = load_case(database, DISPATCHER, ids[0])
    assert case.status == "awaiting_transfer"
    assert case.events[-1][5] == "To be sent for treatment: waiting for a bed and a vehicle"
    assert "1" in view.message.text()


def test_a_bulk_move_refused_names_the_person_and_the_statuses(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    ids = _cases(database, "甲", "王红")
    with database.sessions() as session:      # admitted by a transfer, as the board shows it
        session.execute(update(Case).where(Case.id == ids[1]).values(status="admitted"))
        session.commit()
    view = _board(qtbot, dispatcher_context, 2)
    qtbot.waitUntil(lambda: view.model.row_id(1) is not None, timeout=5_000)
    view.table.setFocus()
    _keys(qtbot, view.table, Qt.Key.Key_A)
    _keys(qtbot, view, Qt.Key.Key_M)
    move = view.dialog
    assert isinstance(move, ReasonDialog)
    _active(qtbot, move)
    move.choice.setCurrentIndex(move.choice.findData("awaiting_transfer"))
    _keys(qtbot, move.choice, Qt.Key.Key_D)
    _save(qtbot, move)
    assert move.message.text() == ("王红: Cannot move a case from Admitted to Awaiting transfer. "
                                   "No case was changed.")
    assert load_case(database, DISPATCHER, ids[0]).status == "identified"
    move.reject()


def test_a_note_goes_on_every_selected_case(qtbot: QtBot,
                                            dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    ids = _cases(database, "甲", "乙")
    view = _board(qtbot, dispatcher_context, 2)
    qtbot.waitUntil(lambda: view.model.row_id(1) is not None, timeout=5_000)
    view.table.setFocus()
    _keys(qtbot, view.table, Qt.Key.Key_A)
    _keys(qtbot, view, Qt.Key.Key_N)
    note = view.dialog
    assert isinstance(note, ReasonDialog) and not note.usual_button.isVisible()
    _active(qtbot, note)
    qtbot.keyClicks(note.reason, "family informed")
    _save(qtbot, note)
    assert not note.isVisible() and view.message.text() == "2 cases changed."
    for case_id in ids:
        assert load_case(database, DISPATCHER, case_id).events[-1][5] == "family informed"


def test_enter_opens_the_detail_and_moves_are_made_there(qtbot: QtBot,
                                                         dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    [case_id] = _cases(database, "张伟")
    view = _board(qtbot, dispatcher_context, 1)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(view.dialog, CaseDetailDialog), timeout=10_000)
    detail = view.dialog
    assert isinstance(detail, CaseDetailDialog) and detail.isVisible()
    assert detail.person["phone"].text() == "138****0000"
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=5_000)
    qtbot.keyClick(detail, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    move = detail.form
    assert isinstance(move, ReasonDialog)
    move.choice.setCurrentIndex(move.choice.findData("refused"))
    _accept(qtbot, move)                                     # no reason: refused, kept open
    assert move.isVisible() and "reason" in move.message.text()
    _accept(qtbot, move, "will not leave his mother")
    assert not move.isVisible() and detail.detail.status == "refused"
    assert detail.history.rowCount() == 2 and detail.visit_button.isEnabled()
    # A second workstation moves the case meanwhile: this one sees the conflict.
    change_status(database, DISPATCHER, case_id, detail.detail.version, "awaiting_transfer",
                  "agreed by phone")
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=5_000)
    qtbot.keyClick(detail, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert detail.form is not move
    move = detail.form
    assert isinstance(move, ReasonDialog)
    move.choice.setCurrentIndex(move.choice.findData("cleared"))
    _accept(qtbot, move, "ruled out")
    assert move.isVisible() and "changed this case meanwhile" in move.message.text()
    assert detail.detail.status == "awaiting_transfer"
    move.reject()
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=5_000)
    qtbot.keyClick(detail, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _accept(qtbot, detail.form, "family informed")  # type: ignore[arg-type]
    assert detail.history.item(0, 4).text() == "family informed"
    detail.tabs.setCurrentIndex(3)
    assert detail.contacts.chain.topLevelItemCount() == 1
    detail.close()


def test_persuasion_visit_with_agreement_returns_to_the_queue(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    [case_id] = _cases(database, "张伟")
    change_status(database, DISPATCHER, case_id, load_case(database, DISPATCHER, case_id).version,
                  "refused", "will not go", T0)
    detail = _detail(dispatcher_context, case_id)
    qtbot.addWidget(detail)
    detail.show()
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=5_000)
    qtbot.keyClick(detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    visit = detail.form
    visit.said.setPlainText("daughter called")  # type: ignore[union-attr]
    visit.agreed.setChecked(True)  # type: ignore[union-attr]
    visit.accept()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not is_saving(visit), timeout=10_000)  # type: ignore[arg-type]
    assert detail.detail.status == "awaiting_transfer" and detail.persuasion.rowCount() == 1


def test_new_case_from_a_person_found_by_id_digits_and_a_contact_added(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    with database.sessions() as session:
        place = make_place(session)
        for name, rid in (("张伟", "420102198001011234"), ("李娜", "42010219900202345X")):
            person = make_person(session, place, name)
            person.resident_id, person.resident_id_reversed = rid, rid[::-1]
        session.commit()
    view = _board(qtbot, dispatcher_context, 0)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    search = view.dialog
    assert isinstance(search, PersonSearchDialog)
    qtbot.keyClicks(search.query, "420102198001011234")   # whole: a dispatcher sees IDs masked
    qtbot.waitUntil(lambda: search.results.rowCount() == 1, timeout=5_000)
    assert search.results.item(0, 1).text() == "420102********1234"
    search.accept()
    form = view.dialog
    assert isinstance(form, ReasonDialog)
    form.choice.setCurrentIndex(form.choice.findData("fever"))
    _accept(qtbot, form, "38.7 at the door")
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 1, timeout=5_000)
    # The same person again: refused with the open case's number, the form stays.
    view.new_case()
    search = view.dialog
    search.query.setText("张")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: search.results.rowCount() == 1, timeout=5_000)  # type: ignore[union-attr]
    search.accept()  # type: ignore[union-attr]
    form = view.dialog
    _accept(qtbot, form)  # type: ignore[arg-type]
    assert form.isVisible() and "already has an open case" in form.message.text()  # type: ignore[union-attr]
    form.reject()  # type: ignore[union-attr]
    detail = _detail(dispatcher_context, view.model.row_id(0) or 0)
    qtbot.addWidget(detail)
    detail.add_contact()
    search = detail.form
    assert isinstance(search, PersonSearchDialog)
    search.query.setText("345x")   # a tail: a dispatcher finds nobody by it
    qtbot.waitUntil(lambda: search.note.text().startswith("0"), timeout=5_000)
    search.query.setText("42010219900202345x")
    qtbot.waitUntil(lambda: search.results.rowCount() == 1, timeout=5_000)
    search.accept()
    _accept(qtbot, detail.form, "spouse")  # type: ignore[arg-type]
    assert [ref.person_name for ref, _relation in detail.detail.contacts] == ["李娜"]
    assert detail.contacts.chain.topLevelItem(0).childCount() == 1


def test_time_in_status_reads_as_a_duration_overdue_painted_and_sorts(
        qtbot: QtBot, dispatcher_context: AppContext) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.cases.time_in_status import OVERDUE_BACKGROUND, TimeInStatusDelegate
    database = dispatcher_context.database
    ids = _cases(database, "甲", "乙")
    now = datetime.now()
    with database.sessions() as session:   # found 6 hours ago (limit 4 h) and 1 hour ago
        for case_id, hours in zip(ids, (6, 1)):
            session.execute(update(Case).where(Case.id == case_id).values(
                status_since=now - timedelta(hours=hours, minutes=5)))
        session.commit()
    view = _board(qtbot, dispatcher_context, 2)
    qtbot.waitUntil(lambda: view.model.row_id(1) is not None, timeout=5_000)
    column = [c.key for c in view.rows.columns].index("status_since")
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Time in status"
    delegate = view.table.itemDelegateForColumn(column)
    assert isinstance(delegate, TimeInStatusDelegate)

    def look(row: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, view.model.index(row, column))
        return option

    by_id = {view.model.row_id(row): look(row) for row in range(2)}
    assert by_id[ids[0]].text == "6 h" and by_id[ids[1]].text == "1 h"
    assert by_id[ids[0]].backgroundBrush.color() == OVERDUE_BACKGROUND
    assert by_id[ids[1]].backgroundBrush.color() != OVERDUE_BACKGROUND
    row = next(r for r in range(2) if view.model.row_id(r) == ids[0])
    assert delegate.text_for(view.model.index(row, column)).startswith("Identified for 6 h, since")
    header = view.table.horizontalHeader()
    for first in (ids[0], ids[1]):        # the longest wait first, then the shortest
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
        qtbot.waitUntil(lambda first=first: not view.is_loading()
                        and view.model.row_id(0) == first, timeout=5_000)
