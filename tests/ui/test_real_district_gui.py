"""The same day in 黄陂区 as tests/controllers/test_real_district_day.py, through the real
windows, on SQLite and PostgreSQL: an empty database, the first start, "set up our district"
with the workbook, the communities view listing 黄陂区's communities, the register imported with
the import wizard, the quick-response team's shifts planned from its window, a door knocked from
the community's gap list by keys, the fever case queued on the case board, and the dispatch
dialog proposing the district's own facility, team and vehicle — and dispatching them."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.register.importing import remembered_mappings
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import Case, Facility, Person, Team, TransferOrder, Vehicle
from tests.support.district_workbook import write_district
from tests.support.gui import Answered, settle
from tests.support.registers import register_of
from tests.support.starts import Newcomer, communities_shown, start
from ui.cases.dispatch_dialog import DispatchDialog
from ui.cases.move_dialog import ReasonDialog
from ui.communities.detail import CommunityDetail
from ui.communities.visit_dialog import VisitDialog
from ui.kit.background import is_saving
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.register.import_wizard import ImportWizard
from ui.shell.app import Session
from ui.shell.main_window import MainWindow
from ui.teams.detail import TeamDetailDialog
from ui.teams.shift_plan import ShiftPlanDialog

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def started() -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        if session.window is not None:
            session.window.close()
        session.finish()


def active(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


def column(view: Any, key: str) -> int:
    return [c.key for c in view.model.source.columns].index(key)


def row_where(qtbot: QtBot, view: Any, **wanted: str) -> int:
    """The row of `view` whose cells hold `wanted` (column key → text), once its page is in."""
    def find() -> int | None:
        if view.is_loading():
            return None
        for row in range(view.model.rowCount()):
            cells = {key: view.model.index(row, column(view, key)).data(VALUE_ROLE)
                     for key in wanted}
            if cells == wanted and view.model.row_id(row) is not None:
                return row
        return None
    qtbot.waitUntil(lambda: find() is not None, timeout=10_000)
    found = find()
    assert found is not None
    return found


def press_on_row(qtbot: QtBot, window: MainWindow, view: Any, key: Qt.Key,
                 opened: Callable[[], bool], modifier: Qt.KeyboardModifier = NO_MODIFIER,
                 **wanted: str) -> None:
    """Select the row holding `wanted` and press `key` on the view, as a dispatcher does. A live
    list that reloads under the key (a change arrived) drops its pages for a moment, and a key
    on a row not yet read again acts on nothing: then, as a person would, press it again."""
    for _attempt in range(3):
        row = row_where(qtbot, view, **wanted)
        active(qtbot, window)
        view.table.setFocus()
        view.table.selectRow(row)
        qtbot.keyClick(view.table, key, modifier)
        try:
            qtbot.waitUntil(opened, timeout=3_000)
            return
        except TimeoutError:
            continue
    raise AssertionError(f"{key.name} on {wanted} opened nothing")


def set_up_huangpi(qtbot: QtBot, database_url: str, settings: Settings, tmp_path: Path,
                   started: list[Session]) -> tuple[Session, MainWindow]:
    newcomer = Newcomer("district", write_district(tmp_path / "黄陂区.xlsx"))
    session = start(newcomer, database_url, settings, started)
    assert newcomer.offers == [(True, True, True)]
    communities_shown(qtbot, session, 3)
    window = session.window
    assert isinstance(window, MainWindow)
    view = window.views["communities"]
    for name in ("百秀社区", "城关社区", "木兰村"):
        row_where(qtbot, view, name=name)
    return session, window


def import_register(qtbot: QtBot, session: Session, window: MainWindow, path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert session.context is not None
    wizard = ImportWizard(session.context, remembered_mappings(path.parent), window)
    wizard.show()
    wizard.file_page.file.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.boxes["community"].currentText() == "社区"
    wizard.next()
    assert wizard.currentPage() is wizard.check_page and wizard.check_page.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    return told


def plan_round_the_clock(qtbot: QtBot, window: MainWindow, answered: Answered) -> None:
    """The teams view, 前川派出所's 快反一队, Ctrl+P: its four on a 24-hour crew from yesterday
    08:00 for two days, so that whatever the hour a crew is on duty now."""
    window.show_view("teams")
    teams = window.views["teams"]
    press_on_row(qtbot, window, teams, Qt.Key.Key_Return,
                 lambda: bool(teams.open_windows),  # type: ignore[attr-defined]
                 station="前川派出所", name="快反一队")
    dialog = teams.open_windows[-1]  # type: ignore[attr-defined]
    assert isinstance(dialog, TeamDetailDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10_000)
    assert [m.name for m in dialog.detail.members][0] == "李警官"
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: isinstance(dialog.roster.dialog, ShiftPlanDialog), timeout=10_000)
    form = dialog.roster.dialog
    yesterday = date.today() - timedelta(days=1)
    form.first_day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    form.days.setValue(2)
    form.crews[0].hours.setValue(24)
    assert form.crews[0].leader.currentText() == "李警官"
    assert form.crews[0].verdict.text().endswith("complete"), form.crews[0].verdict.text()
    qtbot.keyClick(form.members, Qt.Key.Key_Return)
    answered(form)
    qtbot.waitUntil(lambda: "Planned 8 shifts." in dialog.message.text(), timeout=10_000)
    dialog.close()


def knock_on_the_first_door(qtbot: QtBot, window: MainWindow, answered: Answered) -> Any:
    """百秀社区 from the communities view, its gap list, Enter on the first door: screened, the
    head 36.6, the spouse 38.4, Enter."""
    window.show_view("communities")
    view = window.views["communities"]
    press_on_row(qtbot, window, view, Qt.Key.Key_Return,
                 lambda: bool(view.open_windows), name="百秀社区")  # type: ignore[attr-defined]
    detail = view.open_windows[-1]  # type: ignore[attr-defined]
    assert isinstance(detail, CommunityDetail)
    settle(qtbot, detail.gaps, 3)
    active(qtbot, detail)
    detail.gap_table.setFocus()
    detail.gap_table.selectRow(0)
    qtbot.keyClick(detail.gap_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitDialog),
                    timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    assert dialog.team.currentText() == "前川工作组"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(dialog.focusWidget(), "36.6")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)      # the head's symptoms: none
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)      # the head is at home
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)      # the spouse's temperature
    qtbot.keyClicks(dialog.focusWidget(), "38.4")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.result_visit is not None, dialog.message.text()
    assert len(dialog.result_visit.fever_case_ids) == 1
    detail.close()
    return dialog.result_visit


def person_of(database: Database, case_id: int) -> str:
    with database.sessions() as session:
        return str(session.scalar(select(Person.name).join(Case, Case.person_id == Person.id)
                                  .where(Case.id == case_id)))


def queue_and_dispatch(qtbot: QtBot, window: MainWindow, answered: Answered,
                       case_id: int) -> DispatchDialog:
    """The case board: the fever case, Ctrl+T to the transfer queue, Ctrl+D; the proposal is
    the district's own, dispatched as proposed."""
    window.show_view("cases")
    board = window.views["cases"]
    person = person_of(window.context.database, case_id)
    press_on_row(qtbot, window, board, Qt.Key.Key_T,
                 lambda: isinstance(board.dialog, ReasonDialog), CTRL,  # type: ignore[attr-defined]
                 person=person)
    reason = board.dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(reason.isActiveWindow, timeout=5_000)
    qtbot.keyClick(reason.reason, Qt.Key.Key_D, CTRL)          # the usual reason, one key
    assert reason.reason.toPlainText()
    qtbot.keyClick(reason.reason, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not is_saving(reason) and not reason.isVisible(), timeout=10_000)
    press_on_row(qtbot, window, board, Qt.Key.Key_D,
                 lambda: isinstance(board.dialog, DispatchDialog), CTRL,  # type: ignore[attr-defined]
                 person=person, status="awaiting_transfer")
    dialog = board.dialog  # type: ignore[attr-defined]
    assert dialog.facility.currentText().startswith("前川隔离点 · ")   # the one taking fever
    assert dialog.facility.currentText().endswith("(proposed)")
    assert dialog.vehicle.currentText().startswith("鄂A·H1001 · 快反一队 (前川派出所)")
    assert set(dialog.crew.text().split("、")) == {"李警官", "王辅警", "赵医生", "刘司机"}
    assert not dialog.crew_warning.isVisibleTo(dialog) and not dialog.reason.isEnabled()
    dialog.dispatch_button.click()
    answered(dialog)
    assert not dialog.isVisible(), dialog.message.text()
    return dialog


def test_a_real_district_from_an_empty_database_through_the_windows(
        qtbot: QtBot, database_url: str, settings: Settings, tmp_path: Path,
        started: list[Session], monkeypatch: pytest.MonkeyPatch, answered: Answered) -> None:
    session, window = set_up_huangpi(qtbot, database_url, settings, tmp_path, started)
    told = import_register(qtbot, session, window,
                           register_of(tmp_path / "百秀社区.csv", "百秀社区", 3), monkeypatch)
    assert "6" in told[0]
    plan_round_the_clock(qtbot, window, answered)
    visit = knock_on_the_first_door(qtbot, window, answered)
    queue_and_dispatch(qtbot, window, answered, visit.fever_case_ids[0])

    assert session.context is not None
    with session.context.database.sessions() as db:
        order = db.scalars(select(TransferOrder)).one()
        assert db.get(Case, order.case_id).status == "awaiting_transfer"
        assert (db.get(Facility, order.facility_id).name, db.get(Team, order.team_id).name,
                db.get(Vehicle, order.vehicle_id).plate) == ("前川隔离点", "快反一队", "鄂A·H1001")
        assert order.override_reason == ""
