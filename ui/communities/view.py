"""社区: every community with its register and how far the door-knocking has got.

Laggards stand out: a community behind its daily visit target is painted red. A double-click (or
Enter) opens the community: its households, gap list, visits and knock list.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QComboBox

from controllers.browse import Kind
from controllers.browse.vocabulary import AREA_KINDS
from controllers.communities.rows import community_rows, station_choices
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from ui.communities.labels import LaggardDelegate
from ui.kit.filters import ValueFilter
from ui.kit.formatting import count
from ui.kit.lazy_table_model import VALUE_ROLE
from ui.kit.live import keep_while_open
from ui.kit.table_page import TablePage

translate = QCoreApplication.translate


class CommunitiesView(TablePage):
    live_tables = frozenset({"community", "household", "visit", "police_station", "person",
                             "screening_result", "team_community", "team"})
    view_id = "communities"

    def __init__(self, context: AppContext) -> None:
        self.rows = community_rows(context.database, context.user)
        super().__init__(context, self.rows,
                         translate("CommunitiesView", "Communities"),
                         translate("CommunitiesView", "Community name starts with…"))
        self.model.page_size = self.rows.page_size  # before the first fetch: see page_size
        self.table.empty_text = translate("CommunitiesView", "No community matches the filters.")
        self.station = QComboBox()
        self.station.addItem(translate("CommunitiesView", "All stations"), None)
        self.station.setMinimumContentsLength(10)
        self.station.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.kind = ValueFilter(Kind.AREA_KIND, AREA_KINDS,
                                translate("CommunitiesView", "Urban and rural"))
        self.kind.on_change(self.apply_filters)
        self.filter_bar.addWidget(self.station)
        self.filter_bar.addWidget(self.kind)
        self._today = self.rows.column_index("visits_today")
        self._target = self.rows.column_index("daily_target")
        self.table.setItemDelegate(LaggardDelegate(self.is_lagging, self.table))
        self.table.setToolTip(translate("CommunitiesView", "Red rows are behind today's visit "
                                        "target. Double-click or press Enter to open a community."))
        self.open_rows_with(self._open_index)
        self._stations_loaded = False
        self._compacted = False
        self.open_windows: list[Any] = []   # the community windows open now
        self.model.page_loaded.connect(self._compact_once)  # after the page's own first fit

    def filters(self) -> dict[str, object]:
        return {"name": self.search.text().strip(), "area_kind": self.kind.value(),
                "station_id": self.station.currentData()}

    def refresh(self) -> None:
        if not self._stations_loaded:
            self._load_stations()
        super().refresh()

    def count_text(self, number: int) -> str:
        return translate("CommunitiesView", "Total: %1", "communities").replace(
            "%1", count(number))

    def is_lagging(self, row: int) -> bool:
        today = self.model.index(row, self._today).data(VALUE_ROLE)
        target = self.model.index(row, self._target).data(VALUE_ROLE)
        return today is not None and self.rows.lagging(today, target)

    def open_community(self, community_id: int) -> Any:
        """The community's window (one per community; raised again if already open)."""
        from ui.communities.detail import CommunityDetail  # the detail pulls in printing
        for window in self.open_windows:
            if window.community_id == community_id and window.isVisible():
                window.raise_()
                window.activateWindow()
                return window
        window = CommunityDetail(self.context, community_id, self)   # follows the feed itself
        keep_while_open(self.open_windows, window)   # and leaves this list when deleted
        window.show()
        return window

    def _compact_once(self, _page: int) -> None:
        """Fourteen columns on one screen: figures as wide as their header, names capped."""
        if self._compacted:
            return
        self._compacted = True
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.rows.columns):
            if column.kind is Kind.COUNT:
                header.resizeSection(index, max(header.sectionSizeHint(index) + 8, 64))
            elif column.kind is Kind.TEXT:
                header.resizeSection(index, min(header.sectionSize(index), 140))
            elif column.kind is Kind.PERCENT:
                header.resizeSection(index, 170)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        community_id = self.model.row_id(index.row())
        if community_id is not None:
            self.open_community(community_id)

    def _load_stations(self) -> None:
        self._stations_loaded = True
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> list[tuple[int, str]]:
            return station_choices(database, user)

        def show(stations: list[tuple[int, str]]) -> None:
            chosen = self.station.currentData()
            self.station.blockSignals(True)
            for ident, name in stations:
                self.station.addItem(name, ident)
            if chosen is not None:
                self.station.setCurrentIndex(max(self.station.findData(chosen), 0))
            self.station.blockSignals(False)

        self.context.tasks.submit("stations", work, succeeded=show, owner=self)
