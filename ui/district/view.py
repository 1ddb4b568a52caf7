"""辖区资料: the district's master data on one screen, a tab per table, for the commander.

A tab loads when first shown; the change feed refreshes the tab in view and marks the others to
catch up when shown, so an edit on one workstation appears on the others without a click.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from ui.district.tab import MasterTab
from ui.district.tabs import district_tabs
from ui.district.texts import table_title
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate


class DistrictView(QWidget):
    view_id = "district"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.tabs = QTabWidget()
        self.pages: list[MasterTab] = district_tabs(context)
        for page in self.pages:
            self.tabs.addTab(page, table_title(page.master))
        self.tabs.currentChanged.connect(lambda _index: self.current().activate())
        title = label(translate("DistrictView", "District master data"), "pageTitle")
        subtitle = label(translate("DistrictView", "Stations, communities, facilities, vehicles, "
                                                   "teams, responders, lodging and supplies: "
                                                   "create, edit, retire."), "pageSubtitle",
                         wrap=True)
        box: QVBoxLayout = vbox(vbox(title, subtitle, spacing=2), self.tabs, margins=24,
                                spacing=14)
        self.setLayout(box)

    def current(self) -> MasterTab:
        page = self.tabs.currentWidget()
        assert isinstance(page, MasterTab)
        return page

    def page(self, table_name: str) -> MasterTab:
        return next(page for page in self.pages if page.master.value == table_name)

    def activate(self) -> None:
        self.current().activate()

    def refresh(self) -> None:
        self.current().refresh()

    def on_change(self, change: ChangeSet) -> None:
        for page in self.pages:
            page.on_change(change)

    def is_loading(self) -> bool:
        return any(page.is_loading() for page in self.pages)
