"""Recording visits from the keyboard alone: outcome by digit, temperatures by Tab, Enter saves;
a fever opens a case; a bad figure is refused with a sentence and nothing is written. The form
opens once its household is read, and saves in the background: `answered` waits for the answer."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.communities.visits import load_visit_form
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext
from models.db.database import Database
from models.enums import UserRole
from models.schema import Case, Household, Visit
from tests.ui.sample_district import add_sample_district
from tests.ui.test_communities_coverage import settle
from ui.communities.detail import CommunityDetail
from ui.communities.visit_dialog import VisitDialog

CLERK = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)


def household(database: Database, community_id: int, door: str) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(Household.id).where(
            Household.community_id == community_id, Household.door == door)))


def visit_dialog(qtbot: QtBot, context: AppContext, household_id: int) -> VisitDialog:
    """The form as `open_visit_dialog` opens it: the household already read."""
    context.user = CLERK
    dialog = VisitDialog(context, load_visit_form(context.database, CLERK, household_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visits(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)))


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
    assert next(iter(dialog.temperatures.values())).text() == "45"
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
    assert detail.gap_table.currentIndex().row() == 1
    assert "Saved." in detail.message.text()
