"""辖区资料 driven by its keys, as a commander does the everyday changes: a field hospital opens
with 1,000 beds (Ctrl+N, the name, Tab, 1000, Enter), beds are never closed below the beds
taken (refused in the form, with a sentence), a vehicle goes out of service and comes back
(Ctrl+O, Ctrl+Shift+O), a delivery of suits is received (Ctrl+R). The lists follow, an edit at another workstation too, and every
list model passes Qt's model tester."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.district.everyday import take_out_of_service
from controllers.district.records import save_master_record
from controllers.runtime.context import AppContext, build_context, open_database
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.district.tables import MasterTable
from models.enums import VehicleStatus
from models.schema import Facility, SupplyStock, Vehicle
from tests.support.factories import DispatchScene, make_dispatch_scene, signed_in
from tests.support.gui import Answered, keys_reach
from ui.district.form import RecordForm
from ui.district.tab import MasterTab
from ui.district.tabs import SuppliesTab
from ui.district.view import DistrictView
from ui.shell.main_window import MainWindow


@pytest.fixture
def commander(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000,
                          user=signed_in("commander"))
    yield built
    built.close()


@pytest.fixture
def scene(database: Database) -> DispatchScene:
    with database.sessions.begin() as session:
        return make_dispatch_scene(session)


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, never as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_tab(qtbot: QtBot, context: AppContext, table: str) -> tuple[DistrictView, MasterTab]:
    view = DistrictView(context)
    qtbot.addWidget(view)
    view.show()
    tab = view.page(table)
    view.tabs.setCurrentWidget(tab)
    view.activate()
    view.activateWindow()
    keys_reach(qtbot, view)
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.model.rowCount() > 0, timeout=10_000)
    return view, tab


def the_form(qtbot: QtBot, tab: MasterTab) -> RecordForm:
    qtbot.waitUntil(lambda: bool(tab.forms) and tab.forms[-1].isVisible(), timeout=10_000)
    form = tab.forms[-1]
    form.activateWindow()
    keys_reach(qtbot, form)
    return form


def test_a_field_hospital_opens_with_a_thousand_beds(qtbot: QtBot, commander: AppContext,
                                                     scene: DispatchScene) -> None:
    _view, tab = open_tab(qtbot, commander, "facility")
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = the_form(qtbot, tab)
    name = QApplication.focusWidget()
    assert isinstance(name, QLineEdit) and name is form.fields["name"][0]
    commit_text(name, "武昌方舱医院")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    beds = QApplication.focusWidget()
    assert beds is form.fields["beds_total"][0]
    qtbot.keyClicks(beds, "1000")
    qtbot.keyClick(beds, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    with commander.database.sessions() as session:
        hospital = session.scalars(select(Facility).where(Facility.name == "武昌方舱医院")).one()
        assert (hospital.beds_total, hospital.kind, hospital.active) == (1000, "field_hospital", True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: tab.current_id() == hospital.id, timeout=10_000)
    assert tab.current_value("beds_total") == 1000


def test_beds_are_not_closed_below_the_beds_taken(qtbot: QtBot, commander: AppContext,
                                                  scene: DispatchScene,
                                                  answered: Answered) -> None:
    with commander.database.sessions.begin() as session:
        facility = session.get(Facility, scene.facility_id)
        assert facility is not None
        facility.beds_taken = 7
    _view, tab = open_tab(qtbot, commander, "facility")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.current_id() == scene.facility_id, timeout=10_000)  # its page came
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = the_form(qtbot, tab)
    assert "7" in form.facts.text()
    beds = form.fields["beds_total"][0]
    assert isinstance(beds, QLineEdit)
    beds.setFocus()
    beds.selectAll()
    qtbot.keyClicks(beds, "5")
    qtbot.keyClick(beds, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=10_000)
    assert form.isVisible() and beds.text() == "5"
    assert "7 beds are taken" in form.message.text()
    assert QApplication.focusWidget() is beds
    with commander.database.sessions() as session:
        assert session.scalar(select(Facility.beds_total)) == 10


def test_a_vehicle_goes_out_of_service_and_comes_back(qtbot: QtBot, commander: AppContext,
                                                      scene: DispatchScene) -> None:
    _view, tab = open_tab(qtbot, commander, "vehicle")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.current_value("status") == "available", timeout=10_000)

    def status() -> VehicleStatus:
        with commander.database.sessions() as session:
            return VehicleStatus(session.scalar(select(Vehicle.status)))

    qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.current_value("status") == "out_of_service", timeout=10_000)
    assert status() is VehicleStatus.OUT_OF_SERVICE
    assert not tab.out_button.isEnabled() and tab.back_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.current_value("status") == "available", timeout=10_000)
    assert status() is VehicleStatus.AVAILABLE


def test_every_tab_lists_its_table(qtbot: QtBot, commander: AppContext, scene: DispatchScene,
                                   qtmodeltester: object) -> None:
    view = DistrictView(commander)
    qtbot.addWidget(view)
    view.show()
    view.activate()     # as the main window does when the screen is chosen
    for page in view.pages:
        view.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)  # noqa: B023 - waited for here
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    counts = {page.master.value: page.model.rowCount() for page in view.pages}
    assert counts == {"police_station": 1, "community": 1, "facility": 1, "vehicle": 1,
                      "team": 1, "responder": 2, "lodging": 0, "supply_stock": 1}


def test_an_edit_at_another_workstation_reaches_the_open_lists(
        qtbot: QtBot, commander: AppContext, scene: DispatchScene, database_url: str) -> None:
    view, tab = open_tab(qtbot, commander, "facility")
    commander.feed.changed.connect(view.on_change)  # as the main window connects every view
    commander.feed.start()
    qtbot.waitUntil(lambda: commander.feed.state.value == "live", timeout=10_000)
    vehicles = view.page("vehicle")
    elsewhere = open_database(database_url)
    try:
        save_master_record(elsewhere, signed_in("commander", "commander2"), MasterTable.FACILITIES,
                           None, 0, {}, {"name": "火神山医院", "beds_total": 1000})
        take_out_of_service(elsewhere, signed_in("commander", "commander2"), scene.vehicle_id)
    finally:
        elsewhere.dispose()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    view.tabs.setCurrentWidget(vehicles)       # hidden meanwhile: caught up when shown
    qtbot.waitUntil(lambda: not vehicles.is_loading() and vehicles.model.rowCount() == 1,
                    timeout=10_000)
    vehicles.table.setCurrentIndex(vehicles.model.index(0, 0))
    qtbot.waitUntil(lambda: vehicles.current_value("status") == "out_of_service", timeout=10_000)


@pytest.mark.parametrize(("role", "shown"), [("commander", True), ("dispatcher", False),
                                             ("clerk", False)])
def test_the_main_window_offers_the_screen_to_the_commander(
        qtbot: QtBot, database: Database, settings: Settings, role: str, shown: bool) -> None:
    context = build_context(database, settings, probe_interval_ms=60_000, user=signed_in(role))
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        items = [window.navigation.item(row).data(Qt.ItemDataRole.UserRole)
                 for row in range(window.navigation.count())]
        assert ("district" in items) is shown
        if shown:
            window.show_view("district")
            assert isinstance(window.stack.currentWidget(), DistrictView)
            qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    finally:
        context.close()


def test_a_delivery_of_suits_is_received(qtbot: QtBot, commander: AppContext,
                                         scene: DispatchScene) -> None:
    _view, tab = open_tab(qtbot, commander, "supply_stock")
    assert isinstance(tab, SuppliesTab)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.current_id() == scene.stock_id, timeout=10_000)
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.delivery is not None and tab.delivery.isVisible(), timeout=10_000)
    dialog = tab.delivery
    assert dialog is not None
    # Keys go to the active window's shortcuts: until the dialog is active, Return would
    # still reach the list behind it (which opens the stock line's form).
    keys_reach(qtbot, dialog)
    qtbot.keyClicks(dialog.quantity, "0")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "above zero" in dialog.message.text() and dialog.isVisible()
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "1,000")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.current_value("quantity") == 1020, timeout=10_000)
    with commander.database.sessions() as session:
        assert session.scalar(select(SupplyStock.quantity)) == 1020
