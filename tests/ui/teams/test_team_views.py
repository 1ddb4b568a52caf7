"""The teams view: the crew on duty now judged per shift, on duty now, station minimum, vehicles board tab,
and a team's detail with masked phones and today's temperatures."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import delete, update

from controllers.runtime.context import AppContext
from models.enums import TeamKind
from models.schema import DutyShift, Team, TemperatureCheck
from tests.support.rosters import checked, make_roster, on_shift
from ui.teams.view import TeamsView


def add_roster(context: AppContext) -> dict[str, int]:
    """The shared roster, with its shifts moved to now (the view asks the wall clock)."""
    with context.database.sessions.begin() as session:
        roster = make_roster(session)
        session.execute(delete(DutyShift))
        now = datetime.now()
        for name in ("李队长", "王警官"):
            on_shift(session, roster.quick, roster.people[name], now - timedelta(hours=1), 8)
        session.add(Team(station_id=roster.place.station_id, kind=TeamKind.QUICK_RESPONSE,
                         name="快反二队"))
        checked(session, roster.people["王警官"], "36.6")
        session.execute(update(TemperatureCheck).values(checked_on=date.today(), checked_at=now))
        return {"quick": roster.quick, "station": roster.place.station_id, **roster.people}


def test_teams_show_composition_and_on_duty(qtbot: QtBot, context: AppContext) -> None:
    ids = add_roster(context)
    view = TeamsView(context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.is_loading(), timeout=10_000)
    view.model.index(0, 0).data()  # asks for the first page
    qtbot.waitUntil(lambda: view.model.index(2, 2).data() is not None, timeout=10_000)
    rows = {view.model.index(r, 2).data(): r for r in range(3)}
    composition = view.rows.column_index("complete")
    on_duty = view.rows.column_index("on_duty")
    assert view.model.index(rows["快反一队"], composition).data().endswith(" shift: complete")
    assert view.model.index(rows["快反一队"], on_duty).data() == "2"
    assert view.model.index(rows["快反二队"], composition).data() == "Nobody on duty"
    qtbot.waitUntil(lambda: "Stations below" in view.strength.text(), timeout=10_000)
    assert "0 of 1" in view.strength.text() or "1 of 1" in view.strength.text()
    # the vehicles board is a tab of the same view
    view.tabs.setCurrentWidget(view.vehicles)
    qtbot.waitUntil(lambda: view.vehicles.model.rowCount() == 1, timeout=10_000)
    board = view.vehicles
    board.model.index(0, 0).data()
    qtbot.waitUntil(lambda: board.model.index(0, 0).data() is not None, timeout=10_000)
    assert board.model.index(0, 0).data() == "鄂A·00001"
    assert board.model.index(0, 2).data() == "快反一队"
    assert board.model.index(0, 3).data() == "Available"
    assert board.model.index(0, 5).data().endswith("min")
    # a team's detail: members, masked phones for the look-only user, today's temperatures
    dialog = view.open_team(ids["quick"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 2, timeout=10_000)
    assert dialog.members.item(0, 0).text() == "李队长" and dialog.members.item(0, 5).text() == "Leader"
    assert dialog.members.item(0, 3).text() == "139****5678"
    assert dialog.members.item(0, 6).text() == "not checked"
    assert dialog.members.item(1, 6).text() == "36.6 °C"
    assert dialog.shifts.rowCount() == 2
    assert dialog.composition.text() == "Roster: Complete\nVehicles: 鄂A·00001 (Available)"
    assert "shift: complete" in dialog.crews.text()
    # the viewer may not take temperatures: no button for it
    assert view.temperature_button is None


def test_duty_roster_printed_from_the_view(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    ids = add_roster(context)
    view = TeamsView(context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.station.count() == 2, timeout=10_000)
    view.roster_button.preview()  # no station chosen yet: says so, prints nothing
    assert view.strength.text() == "Choose a station first."
    view.station.setCurrentIndex(view.station.findData(ids["station"]))
    out = tmp_path / "roster.pdf"
    view.roster_button.save_pdf(ids["station"], out)
    qtbot.waitUntil(lambda: "Saved" in view.strength.text(), timeout=20_000)
    assert out.stat().st_size > 1000 and "(1 pages)" in view.strength.text()
    view.roster_button.preview()
    qtbot.waitUntil(lambda: view.roster_button.last_dialog is not None, timeout=10_000)
    dialog = view.roster_button.last_dialog
    assert dialog.windowTitle().startswith("Duty roster: 大智派出所")
    dialog.close()
