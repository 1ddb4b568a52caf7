"""The transfers view's facilities tab lists the facilities in use; "Show retired" brings back a
closed one, marked Retired, and unticking hides it again."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from controllers.district.records import retire_master_record, save_master_record
from controllers.runtime.context import AppContext
from models.district.tables import MasterTable
from tests.support.factories import make_dispatch_scene, signed_in
from tests.support.gui import settle
from ui.transfers.facilities_panel import FacilitiesPanel

COMMANDER = signed_in("commander")


def names_and_use(panel: FacilitiesPanel) -> dict[str, str]:
    keys = [column.key for column in panel.model.source.columns]
    return {panel.model.index(row, keys.index("name")).data():
            panel.model.index(row, keys.index("active")).data()
            for row in range(panel.model.rowCount())}


def test_show_retired_brings_a_closed_facility_back(qtbot: QtBot, context: AppContext) -> None:
    database = context.database
    with database.sessions.begin() as session:
        make_dispatch_scene(session)
    closed = save_master_record(database, COMMANDER, MasterTable.FACILITIES, None, 0, {},
                                {"name": "江岸方舱医院", "beds_total": 1000})
    assert closed.id is not None
    retire_master_record(database, COMMANDER, MasterTable.FACILITIES, closed.id)
    panel = FacilitiesPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    settle(qtbot, panel.model, 1)
    assert names_and_use(panel) == {"金银潭医院1": "In use"}
    panel.show_retired.setChecked(True)
    settle(qtbot, panel.model, 2)
    assert names_and_use(panel) == {"金银潭医院1": "In use", "江岸方舱医院": "Retired"}
    panel.show_retired.setChecked(False)
    settle(qtbot, panel.model, 1)
