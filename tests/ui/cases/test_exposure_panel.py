"""The case detail's Exposure tab: the responders who met the person, standing them down, the
tab coming forward when the case is confirmed, and nothing to press for a role that may not."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from controllers.cases.workflow import load_case
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import Case, DutyShift, Responder, Team, TeamMember, Visit
from tests.support.factories import make_case, make_person, make_place, signed_in
from ui.cases.detail import CaseDetailDialog
from ui.cases.exposure_panel import ExposurePanel


@pytest.fixture
def commander_context(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000,
                          user=signed_in("commander"))
    yield built
    built.close()


def add_exposed(database: Database, category: str = "confirmed") -> tuple[int, int]:
    """A case confirmed an hour ago whose household 老李's group visited yesterday; 老李 is on a
    shift now. Times follow the real clock: the panel traces up to now."""
    now = datetime.now().replace(microsecond=0)
    with database.sessions.begin() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        case.category, case.category_since = category, now - timedelta(hours=1)
        team = Team(station_id=place.station_id, kind="work_group", name="一组")
        lee = Responder(station_id=place.station_id, name="老李", role="police")
        session.add_all([team, lee])
        session.flush()
        session.add(TeamMember(team_id=team.id, responder_id=lee.id, joined_on=date(2020, 1, 1)))
        session.add(Visit(household_id=place.household_id, community_id=place.community_id,
                          team_id=team.id, visited_at=now - timedelta(days=1),
                          outcome="screened"))
        session.add(DutyShift(team_id=team.id, responder_id=lee.id,
                              starts_at=now - timedelta(hours=2), ends_at=now + timedelta(hours=6)))
        session.flush()
        return case.id, lee.id


def test_the_tab_lists_who_met_the_person_and_stands_them_down(
        qtbot: QtBot, commander_context: AppContext) -> None:
    case_id, lee = add_exposed(commander_context.database)
    panel = ExposurePanel(commander_context, case_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 0).text() == "老李"
    assert panel.table.item(0, 2).text() == "Household visit"
    assert panel.table.item(0, 6).text() == "On duty or due"
    assert "Confirmed" in panel.summary.text()
    panel.stand_down_selected()        # nothing selected: says so, changes nothing
    assert panel.message.text() == "Select the responders first."
    panel.table.selectRow(0)
    assert panel.selected_responders() == [lee]
    panel.stand_down_selected()
    qtbot.waitUntil(lambda: "Stood down 1" in panel.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: panel.table.item(0, 6).text() == "Off duty", timeout=10_000)
    assert panel.stand_down_button is not None and not panel.stand_down_button.isEnabled()
    with commander_context.database.sessions() as session:
        assert session.query(DutyShift).one().stood_down_at is not None


def test_the_case_detail_brings_the_tab_forward_when_the_case_is_confirmed(
        qtbot: QtBot, commander_context: AppContext) -> None:
    case_id, _lee = add_exposed(commander_context.database, category="suspected")
    detail = CaseDetailDialog(commander_context,
                              load_case(commander_context.database, signed_in("commander"), case_id))
    qtbot.addWidget(detail)
    detail.show()
    panel = detail.findChild(ExposurePanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.trace is not None, timeout=10_000)
    assert not panel.trace.confirmed and detail.tabs.currentWidget() is not panel
    with commander_context.database.sessions.begin() as session:
        session.get(Case, case_id).category = "confirmed"
    detail.on_change(ChangeSet({"person_case": frozenset({case_id})}))   # as the feed brings it
    qtbot.waitUntil(lambda: detail.tabs.currentWidget() is panel, timeout=10_000)
    assert "now confirmed" in panel.message.text()
    assert isinstance(panel.parentWidget().parentWidget(), QTabWidget)


def test_a_viewer_sees_the_trace_but_no_stand_down(qtbot: QtBot, context: AppContext) -> None:
    case_id, _lee = add_exposed(context.database)
    panel = ExposurePanel(context, case_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.stand_down_button is None             # no button for a role that may not
    assert isinstance(panel.summary, QLabel)


def test_the_case_window_is_built_before_its_trace_is_read(
        qtbot: QtBot, commander_context: AppContext) -> None:
    """Nothing is read while the window is being built (a worker reading then slowed every
    step of the building); the trace is read once the window is up, tab unopened, so that a
    confirmation can still bring the tab forward."""
    case_id, _lee = add_exposed(commander_context.database, category="suspected")
    detail = CaseDetailDialog(commander_context,
                              load_case(commander_context.database, signed_in("commander"), case_id))
    qtbot.addWidget(detail)
    assert not commander_context.tasks.is_busy()
    detail.show()
    panel = detail.findChild(ExposurePanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.trace is not None, timeout=10_000)
    assert detail.tabs.currentWidget() is not panel
