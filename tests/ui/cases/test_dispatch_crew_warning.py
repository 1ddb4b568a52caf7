"""The dispatch dialog warns when the crew on duty now lacks its leader or a minimum role,
naming what it lacks, and dispatches it only with a reason, stored with the order."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from controllers.cases.workflow import load_case
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from models.schema import DutyShift, TeamMember, TransferOrder
from tests.support.factories import make_dispatch_scene
from ui.cases.detail import CaseDetailDialog
from ui.cases.dispatch_dialog import DispatchDialog

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)


@pytest.fixture
def dispatcher_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    yield built
    built.close()


def test_an_incomplete_crew_goes_out_only_with_a_reason(qtbot: QtBot,
                                                        dispatcher_context: AppContext,
                                                        answered: Callable[..., None]) -> None:
    """The crew on shift now is the team's two officers, but neither leads it."""
    database = dispatcher_context.database
    with database.sessions.begin() as session:
        scene = make_dispatch_scene(session)
        now = datetime.now()
        session.execute(update(DutyShift).values(starts_at=now - timedelta(hours=2),
                                                 ends_at=now + timedelta(hours=6)))
        session.execute(update(TeamMember).values(is_leader=False))
    detail = CaseDetailDialog(dispatcher_context, load_case(database, DISPATCHER, scene.case_id))
    qtbot.addWidget(detail)
    assert detail.dispatch_button is not None
    detail.dispatch_button.click()
    qtbot.waitUntil(lambda: isinstance(detail.form, DispatchDialog), timeout=10_000)
    dialog = detail.form
    assert isinstance(dialog, DispatchDialog)
    assert "(proposed)" in dialog.vehicle.currentText()
    assert dialog.crew_warning.isVisibleTo(dialog)
    assert "no leader" in dialog.crew_warning.text() and dialog.reason.isEnabled()
    dialog.buttons.accepted.emit()                 # no reason: asked for one, nothing written
    assert "lacks its leader" in dialog.message.text()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TransferOrder)) == 0
    dialog.reason.setText("带队民警送医途中，由王警官临时带队")
    dialog.buttons.accepted.emit()
    answered(dialog)
    assert not dialog.isVisible()
    with database.sessions() as session:
        order = session.scalars(select(TransferOrder)).one()
        assert order.override_reason == "带队民警送医途中，由王警官临时带队"
