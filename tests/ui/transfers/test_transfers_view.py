"""The dispatch screen driven as a dispatcher drives it: dispatch from the case board, step the
order on the Active tab to delivery, record the disinfection, and see the vehicle free again."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from controllers.cases.workflow import load_case
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from controllers.transfers.suggestion import suggest_dispatch
from models.db.database import Database
from models.enums import CaseCategory, FacilityKind, UserRole
from models.schema import DutyShift, Facility, TransferOrder, Vehicle, facility_accepts
from models.transfers.facility_rows import FacilityRows
from models.transfers.rows import ActiveTransferRows
from tests.support.factories import DispatchScene, make_dispatch_scene
from ui.cases.detail import CaseDetailDialog
from ui.cases.dispatch_dialog import DispatchDialog
from ui.cases.view import CasesView
from ui.kit.lazy_table_model import LazyTableModel
from ui.transfers.disinfection_dialog import DisinfectionDialog
from ui.transfers.step_dialog import StepDialog
from ui.transfers.view import TransfersView

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def on_duty_now(database: Database) -> DispatchScene:
    """The scene, with its crew on shift around the real clock (the GUI dispatches "now")."""
    with database.sessions.begin() as session:
        scene = make_dispatch_scene(session)
        now = datetime.now()
        session.execute(update(DutyShift).values(starts_at=now - timedelta(hours=2),
                                                 ends_at=now + timedelta(hours=6)))
        return scene


def shown(qtbot: QtBot, view: object) -> None:
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


def rows_ready(qtbot: QtBot, model: LazyTableModel, rows: int) -> None:
    qtbot.waitUntil(lambda: not model.is_loading() and model.rowCount() == rows, timeout=10_000)
    qtbot.waitUntil(lambda: rows == 0 or model.row_id(0) is not None
                    or (model.index(0, 0).data() is None and False), timeout=10_000)


def vehicle_status(database: Database, scene: DispatchScene) -> str:
    with database.sessions() as session:
        return str(session.get(Vehicle, scene.vehicle_id).status)


def test_dispatch_steps_and_disinfection_free_the_vehicle(qtbot: QtBot,
                                                          dispatcher_context: AppContext,
                                                          answered: Callable[..., None]) -> None:
    database = dispatcher_context.database
    scene = on_duty_now(database)
    board = CasesView(dispatcher_context)
    shown(qtbot, board)
    qtbot.waitUntil(lambda: board.model.rowCount() == 1 and board.model.index(0, 0).data()
                    is not None and board.model.row_id(0) is not None, timeout=10_000)
    board.table.selectRow(0)
    board.dispatch.click()
    qtbot.waitUntil(lambda: isinstance(board.dialog, DispatchDialog), timeout=10_000)
    dialog = board.dialog
    assert isinstance(dialog, DispatchDialog)
    assert "(proposed)" in dialog.facility.currentText() and not dialog.reason.isEnabled()
    dialog.buttons.accepted.emit()
    answered(dialog)
    assert not dialog.isVisible()
    assert vehicle_status(database, scene) == "dispatched"

    view = TransfersView(dispatcher_context)
    shown(qtbot, view)
    model = view.active.model
    for _step, vehicle in (("dispatched", "dispatched"), ("on_scene", "on_scene"),
                          ("picked_up", "transporting"), ("delivered", "awaiting_disinfection")):
        qtbot.waitUntil(lambda: not view.is_loading() and model.rowCount() == 1
                        and model.index(0, 0).data() is not None, timeout=10_000)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
        view.active.table.setFocus()
        view.active.table.selectRow(0)
        before = view.dialog
        qtbot.keyClick(view.active.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.dialog is not before, timeout=10_000)  # noqa: B023 - waited for here
        step_dialog = view.dialog
        assert isinstance(step_dialog, StepDialog)
        step_dialog.buttons.accepted.emit()
        answered(step_dialog)
        assert not step_dialog.isVisible(), step_dialog.message.text()
        assert vehicle_status(database, scene) == vehicle
    qtbot.waitUntil(lambda: not view.is_loading() and model.index(0, 0).data() is not None,
                    timeout=10_000)
    view.active.table.selectRow(0)
    before = view.dialog
    view.step_buttons[0].click()
    qtbot.waitUntil(lambda: view.dialog is not before, timeout=10_000)
    disinfection = view.dialog
    assert isinstance(disinfection, DisinfectionDialog)
    # Filled in as the crew reports it: inside and out, by the trip's crew.
    assert disinfection.inside.isChecked() and disinfection.outside.isChecked()
    assert disinfection.by.text() == "队员10、队员11"
    disinfection.outside.setChecked(False)
    disinfection.by.setText("Wang")
    disinfection.buttons.accepted.emit()
    answered(disinfection)
    assert disinfection.isVisible() and disinfection.message.isVisible()   # outside not ticked
    assert vehicle_status(database, scene) == "awaiting_disinfection"
    disinfection.outside.setChecked(True)
    disinfection.buttons.accepted.emit()
    answered(disinfection)
    assert not disinfection.isVisible()
    assert vehicle_status(database, scene) == "available"
    qtbot.waitUntil(lambda: not view.is_loading() and model.rowCount() == 0, timeout=10_000)
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.facilities.model.index(0, 4).data() == "1", timeout=10_000)


def test_departing_from_the_proposal_needs_a_reason(qtbot: QtBot,
                                                     dispatcher_context: AppContext,
                                                     answered: Callable[..., None]) -> None:
    database = dispatcher_context.database
    scene = on_duty_now(database)
    with database.sessions.begin() as session:
        far = Facility(district_id=scene.place.district_id, kind=FacilityKind.FIELD_HOSPITAL,
                       name="方舱医院", latitude=31.5, longitude=115.0, beds_total=100)
        session.add(far)
        session.flush()
        session.execute(facility_accepts.insert().values(facility_id=far.id,
                                                         category=CaseCategory.SUSPECTED))
    detail = CaseDetailDialog(dispatcher_context, load_case(database, DISPATCHER, scene.case_id))
    qtbot.addWidget(detail)
    assert detail.dispatch_button is not None and detail.dispatch_button.isEnabled()
    detail.dispatch_button.click()
    qtbot.waitUntil(lambda: isinstance(detail.form, DispatchDialog), timeout=10_000)
    dialog = detail.form
    assert isinstance(dialog, DispatchDialog)
    dialog.facility.setCurrentIndex(1)
    assert dialog.reason.isEnabled()
    dialog.buttons.accepted.emit()
    answered(dialog)
    assert dialog.isVisible() and "why" in dialog.message.text()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TransferOrder)) == 0
    dialog.reason.setText("金银潭医院满员预警")
    dialog.buttons.accepted.emit()
    answered(dialog)
    answered(detail)                    # the case read again once the order is written
    assert not dialog.isVisible()
    # The case waits for its pick-up, with a trip under way: no second dispatch from here.
    assert detail.detail.status == "awaiting_transfer" and not detail.dispatch_button.isEnabled()
    assert detail.transfers.rowCount() == 1
    with database.sessions() as session:
        order = session.scalars(select(TransferOrder)).one()
        assert order.override_reason == "金银潭医院满员预警"


def test_board_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object,
                                            dispatcher_context: AppContext) -> None:
    on_duty_now(dispatcher_context.database)
    for source in (ActiveTransferRows(dispatcher_context.database),
                   FacilityRows(dispatcher_context.database)):
        model = LazyTableModel(source, dispatcher_context.tasks)
        model.refresh()
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)  # noqa: B023 - waited for here
        qtmodeltester.check(model)


def test_an_overdue_order_is_painted_and_counted(qtbot: QtBot,
                                                 dispatcher_context: AppContext) -> None:
    from controllers.transfers.dispatch import dispatch
    database = dispatcher_context.database
    scene = on_duty_now(database)
    dispatch(database, DISPATCHER, scene.case_id, scene.facility_id, scene.team_id,
             scene.vehicle_id, at=datetime.now().replace(microsecond=0) - timedelta(minutes=40))
    view = TransfersView(dispatcher_context)
    shown(qtbot, view)
    model = view.active.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() is not None,
                    timeout=10_000)
    assert view.active.overdue_rows() == [0]
    qtbot.waitUntil(lambda: "overdue" in view.tabs.tabText(0), timeout=10_000)
    assert view.tabs.tabText(0) == "Active (1, 1 overdue)"
    assert view.selected_transfer_id() is None
    view.active.table.selectRow(0)
    assert view.selected_transfer_id() == model.row_id(0)


def test_no_crew_on_duty_means_no_vehicle_and_no_dispatch(qtbot: QtBot,
                                                          dispatcher_context: AppContext) -> None:
    database = dispatcher_context.database
    with database.sessions.begin() as session:
        scene = make_dispatch_scene(session)      # its shift ran in February 2020
    dialog = DispatchDialog(dispatcher_context,
                            suggest_dispatch(database, DISPATCHER, scene.case_id))
    qtbot.addWidget(dialog)
    assert dialog.vehicle.count() == 0 and not dialog.dispatch_button.isEnabled()
    assert "No vehicle is free" in dialog.message.text()
