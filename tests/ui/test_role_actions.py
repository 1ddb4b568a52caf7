"""An action a role may not take has neither a button nor a key, on every screen: a clerk's
Ctrl+M in a case window opens nothing (it used to open the move form and refuse only after the
reason was typed). Each screen is driven with real key presses as each role."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from controllers.cases.workflow import change_status, load_case
from controllers.communities.visits import save_visit
from controllers.runtime.actions import SignedInUser, permission_for
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.accounts.permissions import Permission
from models.db.database import Database
from models.enums import UserRole
from tests.support.factories import make_case, make_person, make_place
from ui.cases.detail import CaseDetailDialog
from ui.cases.view import CasesView
from ui.communities.detail import CommunityDetail
from ui.kit.role_actions import action_button, action_key
from ui.register.view import RegisterView
from ui.teams.view import TeamsView
from ui.transfers.view import TransfersView

ROLES = (UserRole.COMMANDER, UserRole.DISPATCHER, UserRole.CLERK, UserRole.VIEWER)
MANAGES_CASES = {UserRole.COMMANDER, UserRole.DISPATCHER}
DISPATCHES = {UserRole.COMMANDER, UserRole.DISPATCHER}
TAKES_TEMPERATURES = {UserRole.COMMANDER, UserRole.CLERK}
RECORDS_VISITS = {UserRole.COMMANDER, UserRole.CLERK}
EDITS_REGISTER = {UserRole.COMMANDER, UserRole.CLERK}
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=ROLES, ids=lambda role: role.value)
def role(request: pytest.FixtureRequest) -> UserRole:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def as_role(database: Database, settings: Settings, role: UserRole) -> Iterator[AppContext]:
    user = SignedInUser(None, role.value, role.value, role)
    built = build_context(database, settings, probe_interval_ms=60_000, user=user)
    yield built
    built.close()


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    return window


def opened_dialogs() -> list[QDialog]:
    from PySide6.QtWidgets import QApplication
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def a_case(database: Database) -> int:
    with database.sessions() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        session.commit()
        return case.id


def test_the_kit_makes_neither_button_nor_key_for_a_role_that_may_not(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    clerk = SignedInUser(None, "li", "李", UserRole.CLERK)
    pressed: list[int] = []
    assert permission_for(change_status) == Permission.MANAGE_CASES
    assert action_button(clerk, change_status, "Move", lambda: pressed.append(1), "Ctrl+M",
                         key_on=owner) is None
    assert action_key(clerk, change_status, "Ctrl+M", owner, lambda: pressed.append(1)) is None
    button = action_button(clerk, save_visit, "Record", lambda: pressed.append(2), "Ctrl+R",
                           key_on=owner)
    assert button is not None and "Ctrl+R" in button.toolTip()
    button.setEnabled(False)                       # a disabled button's key does nothing either
    shown(qtbot, owner)
    qtbot.keyClick(owner, Qt.Key.Key_R, CTRL)
    button.setEnabled(True)
    qtbot.keyClick(owner, Qt.Key.Key_R, CTRL)
    assert pressed == [2]


def test_the_case_window_offers_moves_only_to_those_who_may(qtbot: QtBot, as_role: AppContext,
                                                            role: UserRole) -> None:
    case_id = a_case(as_role.database)
    detail = CaseDetailDialog(as_role, load_case(as_role.database, as_role.user, case_id))
    shown(qtbot, detail)
    buttons = (detail.move_button, detail.category_button, detail.note_button,
               detail.visit_button, detail.add_contact_button)
    assert all((b is not None) == (role in MANAGES_CASES) for b in buttons)
    qtbot.keyClick(detail, Qt.Key.Key_M, CTRL)
    assert (detail.form is not None) == (role in MANAGES_CASES)
    if detail.form is not None:
        detail.form.close()


Keys = tuple[Qt.Key, Qt.KeyboardModifier]
BOARD_KEYS: tuple[Keys, ...] = ((Qt.Key.Key_M, CTRL), (Qt.Key.Key_T, CTRL), (Qt.Key.Key_N, CTRL),
                                (Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier))


def test_the_case_board_keys_follow_the_role(qtbot: QtBot, as_role: AppContext,
                                             role: UserRole) -> None:
    a_case(as_role.database)
    view = CasesView(as_role)
    shown(qtbot, view)
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 1
                    and view.model.row_id(0) is not None, timeout=10_000)
    view.table.setFocus()
    view.table.selectRow(0)
    manages = role in MANAGES_CASES
    assert set(view.buttons) == ({"open", "move", "transfer", "note", "new"} if manages
                                 else {"open"})
    for key, modifiers in BOARD_KEYS:
        view.dialog = None
        qtbot.keyClick(view.table, key, modifiers)
        assert (view.dialog is not None) == manages, (key, modifiers)
        if view.dialog is not None:
            view.dialog.close()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=5_000)


def test_the_transfer_steps_follow_the_role(qtbot: QtBot, as_role: AppContext,
                                            role: UserRole) -> None:
    view = TransfersView(as_role)
    shown(qtbot, view)
    assert len(view.step_buttons) == (4 if role in DISPATCHES else 0)
    before = opened_dialogs()
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert opened_dialogs() == before


def test_the_temperature_button_follows_the_role(qtbot: QtBot, as_role: AppContext,
                                                 role: UserRole) -> None:
    view = TeamsView(as_role)
    shown(qtbot, view)
    assert (view.temperature_button is not None) == (role in TAKES_TEMPERATURES)
    assert (view.minimums_button is not None) == (role == UserRole.COMMANDER)
    if view.temperature_button is None:
        before = opened_dialogs()
        qtbot.keyClick(view, Qt.Key.Key_T, CTRL)
        assert opened_dialogs() == before


def test_recording_a_visit_follows_the_role(qtbot: QtBot, as_role: AppContext,
                                            role: UserRole) -> None:
    with as_role.database.sessions() as session:
        community_id = make_place(session).community_id
        session.commit()
    window = CommunityDetail(as_role, community_id)
    shown(qtbot, window)
    assert (window.record_button is not None) == (role in RECORDS_VISITS)
    table = window.current_table()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    table.setFocus()
    table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_household() is not None, timeout=10_000)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    if role in RECORDS_VISITS:
        qtbot.waitUntil(lambda: window.visit_dialog is not None, timeout=10_000)
        window.visit_dialog.close()  # type: ignore[union-attr]
    else:
        qtbot.wait(200)
        assert window.visit_dialog is None


def test_merging_duplicates_follows_the_role(qtbot: QtBot, as_role: AppContext,
                                             role: UserRole) -> None:
    view = RegisterView(as_role)
    shown(qtbot, view)
    assert (view.duplicates_button is not None) == (role in EDITS_REGISTER)




def test_everyone_opens_the_persons_window_and_only_editors_save(
        qtbot: QtBot, as_role: AppContext, role: UserRole) -> None:
    from ui.kit.person_dialog import PersonDialog
    case_id = a_case(as_role.database)
    detail = CaseDetailDialog(as_role, load_case(as_role.database, as_role.user, case_id))
    shown(qtbot, detail)
    qtbot.mouseClick(detail.person_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, PersonDialog) for w in detail.others),
                    timeout=10_000)
    person = next(w for w in detail.others if isinstance(w, PersonDialog))
    assert person.save_button.isVisibleTo(person) == (role in EDITS_REGISTER)
    assert all(edit.isReadOnly() for edit in person.fields.values()) == \
        (role not in EDITS_REGISTER)
    person.close()
