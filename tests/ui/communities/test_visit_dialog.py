"""Recording visits from the keyboard alone: outcome by digit, temperatures by Tab, Enter saves;
a fever opens a case; a bad figure is refused with a sentence and nothing is written. "Screened"
needs each member's temperature, or the member marked not at home or refusing (issue 18); who is
found at the door is added, screened and counted without leaving the dialog (issue 17). The form
opens once its household is read, and saves in the background: `answered` waits for the answer."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.runtime.context import AppContext
from models.db.database import Database
from models.schema import Case, Community, Household, Person, ScreeningResult, VisitAbsence
from tests.support.gui import settle
from tests.support.sample_district import add_sample_district
from tests.support.visit_dialogs import CLERK, household, visit_dialog, visits
from ui.communities.detail import CommunityDetail
from ui.communities.found_person_dialog import FoundPersonDialog
from ui.communities.visit_dialog import VisitDialog


def test_keyboard_only_screening_with_a_fever(qtbot: QtBot, context: AppContext,
                                              answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["东湖社区"], "01")  # 张伟, 陈静
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    assert dialog.chosen_outcome() == "screened"
    assert isinstance(dialog.focusWidget(), QLineEdit)
    qtbot.keyClicks(dialog.focusWidget(), "36.5")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)   # 张伟's symptoms: none
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)   # 张伟 is at home
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)   # 陈静's temperature
    qtbot.keyClicks(dialog.focusWidget(), "38.2")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None
    assert len(dialog.result_visit.fever_case_ids) == 1
    with context.database.sessions() as session:
        case = session.get(Case, dialog.result_visit.fever_case_ids[0])
        assert (case.category, case.status) == ("fever", "identified")


def test_nobody_home_is_two_keys(qtbot: QtBot, context: AppContext,
                                 answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["水果湖社区"], "01")
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None
    assert visits(context.database) == 7


def test_an_implausible_temperature_is_refused_and_kept(qtbot: QtBot, context: AppContext,
                                                       answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["东湖社区"], "04")
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(dialog.focusWidget(), "45")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is None and dialog.isVisible()
    assert "34" in dialog.message.text() and dialog.message.isVisible()
    assert dialog.members.lines[0].temperature.text() == "45"
    assert visits(context.database) == 6


def test_enter_on_the_gap_list_records_and_moves_to_the_next_door(
        qtbot: QtBot, context: AppContext, answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    context.user = CLERK
    detail = CommunityDetail(context, sample.communities["水果湖社区"])
    qtbot.addWidget(detail)
    detail.show()
    settle(qtbot, detail.gaps, 2)
    detail.gap_table.setFocus()
    detail.gap_table.selectRow(0)
    next_door = detail.gaps.row_id(1)
    qtbot.keyClick(detail.gap_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitDialog),
                    timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert visits(context.database) == 7
    # The next door is current, kept by its record through the refresh the save causes (the
    # door just knocked goes to the end of the gap list: the next one moves up to row 0).
    qtbot.waitUntil(lambda: detail.gap_table.current_record() == next_door, timeout=10_000)
    assert "Saved." in detail.message.text()


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, never as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def screened(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(Person.name).join(
            ScreeningResult, ScreeningResult.person_id == Person.id).order_by(ScreeningResult.id)))


def test_enter_on_a_fresh_dialog_screens_nobody(qtbot: QtBot, context: AppContext,
                                                answered: Callable[..., None]) -> None:
    """Issue 18: Enter on a fresh form saved 已排查 with every temperature blank."""
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["东湖社区"], "01")  # 张伟, 陈静
    dialog = visit_dialog(qtbot, context, target)
    assert dialog.chosen_outcome() == "screened"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is None and dialog.isVisible()
    assert "张伟" in dialog.message.text()
    assert dialog.focusWidget() is dialog.members.lines[0].temperature
    assert visits(context.database) == 6


def test_one_temperature_does_not_screen_the_others(qtbot: QtBot, context: AppContext,
                                                    answered: Callable[..., None]) -> None:
    """Issue 18: typing one member's temperature counted the others too."""
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["东湖社区"], "01")  # 张伟, 陈静
    before = screened(context.database)
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(dialog.focusWidget(), "36.5")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is None and "陈静" in dialog.message.text()
    assert dialog.focusWidget() is dialog.members.lines[1].temperature   # where the answer goes
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)    # 陈静's symptoms
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)    # 陈静: at home?
    assert isinstance(dialog.focusWidget(), QComboBox)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)   # not at home
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None
    assert screened(context.database) == [*before, "张伟"]
    with context.database.sessions() as session:
        assert session.scalars(select(VisitAbsence.presence)).all() == ["absent"]


def test_a_person_found_at_the_door_is_recorded_in_the_visit(
        qtbot: QtBot, context: AppContext, answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    community = sample.communities["水果湖社区"]
    target = household(context.database, community, "01")   # nobody registered
    with context.database.sessions() as session:
        persons = session.get(Community, community).registered_persons
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FoundPersonDialog),
                    timeout=5_000)
    found = QApplication.activeModalWidget()
    assert isinstance(found, FoundPersonDialog) and found.focusWidget() is found.name
    qtbot.waitUntil(found.isActiveWindow, timeout=5_000)   # Ctrl+I is the window's shortcut
    commit_text(found.name, "刘强")
    qtbot.keyClick(found.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert found.no_id.isChecked()
    found.no_id_reason.setFocus()
    commit_text(found.no_id_reason, "证件在老家")
    found.temperature.setFocus()
    qtbot.keyClicks(found.temperature, "36.6")
    qtbot.keyClick(found.temperature, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not found.isVisible(), timeout=5_000)
    assert [line.label.text() for line in dialog.members.lines] == ["刘强 (found here)"]
    assert dialog.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None
    (person_id,) = dialog.result_visit.found_person_ids
    with context.database.sessions() as session:
        person = session.get(Person, person_id)
        assert (person.name, person.origin, person.no_id_reason) == ("刘强", "door", "证件在老家")
        assert session.get(Community, community).registered_persons == persons + 1
    assert screened(context.database)[-1] == "刘强"


def test_a_door_the_list_lacks_and_a_member_away(qtbot: QtBot, context: AppContext,
                                                answered: Callable[..., None]) -> None:
    sample = add_sample_district(context.database)
    community = sample.communities["东湖社区"]
    target = household(context.database, community, "01")  # 张伟, 陈静
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(dialog.focusWidget(), "36.5")
    chen = dialog.members.lines[1]
    chen.status.setFocus()
    for _ in range(3):                                      # not at home, refuses, away
        qtbot.keyClick(chen.status, Qt.Key.Key_Down)
    assert chen.choice() == "away" and chen.where.isVisible()
    qtbot.keyClick(chen.status, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is chen.where
    commit_text(chen.where, "汉口亲戚家")
    qtbot.keyClick(chen.where, Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None
    with context.database.sessions() as session:
        chen_row = session.scalars(select(Person).where(Person.name == "陈静")).one()
        assert (chen_row.residence, chen_row.residence_where) == ("away", "汉口亲戚家")
    # The door beside it, not on the list: nobody home, recorded as a household of its own.
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.door, timeout=5_000)  # animated click
    assert dialog.members.counted() == []
    qtbot.keyClicks(dialog.door, "01A")
    qtbot.keyClick(dialog.door, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen_outcome() == "nobody_home", timeout=5_000)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None and dialog.result_visit.household_id != target
    with context.database.sessions() as session:
        door = session.get(Household, dialog.result_visit.household_id)
        assert (door.community_id, door.building, door.door) == (community, "1", "01A")
        assert session.get(Community, community).registered_households == 5
