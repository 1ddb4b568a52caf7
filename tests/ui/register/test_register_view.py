"""The register of persons: counted, paged from either end, masked per role, opened by Enter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from models.schema import Household, Person
from tests.support.factories import make_person, make_place, signed_in
from ui.kit.lazy_table_model import ID_ROLE
from ui.kit.person_dialog import PersonDialog
from ui.register.view import RegisterView

PERSONS = 450   # several pages: the end is read from the far side once counted


def fill_register(context: AppContext) -> None:
    with context.database.sessions() as session:
        place = make_place(session)
        for number in range(PERSONS):
            person = make_person(session, place, f"居民{number:03d}")
            person.resident_id = f"42010219800101{number:03d}5"
        session.commit()


def test_the_register_jumps_to_the_last_person_and_masks_ids(qtbot: QtBot,
                                                             context: AppContext) -> None:
    fill_register(context)
    context.user = signed_in("dispatcher")
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.model.rowCount() == PERSONS, timeout=10_000)
    assert "450" in view.subtitle.text()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = view.model.index(PERSONS - 1, 0)
    qtbot.waitUntil(lambda: view.model.data(last) == f"居民{PERSONS - 1:03d}", timeout=10_000)
    resident_id = view.model.index(PERSONS - 1, 3)
    assert view.model.data(resident_id) == "420102********4495"


def test_a_name_prefix_narrows_the_register_and_enter_opens_the_person(
        qtbot: QtBot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fill_register(context)
    context.user = signed_in("commander")
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.model.rowCount() == PERSONS, timeout=10_000)
    view.search.setText("居民44")
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=10_000)
    first = view.model.index(0, 0)
    qtbot.waitUntil(lambda: view.model.data(first, ID_ROLE) is not None, timeout=10_000)
    opened: list[int] = []
    monkeypatch.setattr(PersonDialog, "open", lambda dialog: opened.append(dialog._person_id))
    view.table.setCurrentIndex(first)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [view.model.data(first, ID_ROLE)], timeout=10_000)
    assert view.model.data(view.model.index(0, 3)) == "420102198001014405"


def test_page_down_past_the_first_page_fills_every_row(qtbot: QtBot, context: AppContext) -> None:
    """The second page of the default order is read by key after the first page's last row:
    it once failed (`KeyError: 'id'`) and left rows 100 onwards blank for good. A person
    registered by another workstation in the middle shifts nothing out of place."""
    fill_register(context)
    context.user = signed_in("clerk")
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: view.model.rowCount() == PERSONS, timeout=10_000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    while view.table.currentIndex().row() < 150:
        qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
        if view.table.currentIndex().row() > 60:
            break
    with context.database.sessions() as session:   # another workstation registers someone
        household = session.query(Household).first()
        assert household is not None
        session.add(Person(household_id=household.id, community_id=household.community_id,
                           name="居民新增", resident_id="420102198001019995", phone="13900000000"))
        session.commit()
    view.model.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == PERSONS + 1, timeout=10_000)
    while view.table.currentIndex().row() < 150:
        qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
    row = view.table.currentIndex().row()
    for shown in range(100, row + 1):
        index = view.model.index(shown, 0)
        qtbot.waitUntil(lambda index=index: bool(view.model.data(index)), timeout=10_000)
        assert view.model.data(index) == f"居民{shown:03d}"
