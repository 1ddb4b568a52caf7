"""社区: every community with its register and how far the door-knocking has got."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse import CommunityRows
from controllers.browse.row_source import Kind
from controllers.browse.vocabulary import AREA_KINDS
from controllers.context import AppContext
from ui.views.filters import ValueFilter
from ui.formatting import count
from ui.views.table_page import TablePage

translate = QCoreApplication.translate


class CommunitiesView(TablePage):
    live_tables = frozenset({"community", "household", "visit", "police_station"})
    view_id = "communities"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, CommunityRows(context.database),
                         translate("CommunitiesView", "Communities"),
                         translate("CommunitiesView", "Community name starts with…"))
        self.kind = ValueFilter(Kind.AREA_KIND, AREA_KINDS,
                                translate("CommunitiesView", "Urban and rural"))
        self.kind.on_change(self.apply_filters)
        self.filter_bar.addWidget(self.kind)

    def filters(self) -> dict[str, object]:
        return {"name": self.search.text().strip(), "area_kind": self.kind.value()}

    def count_text(self, number: int) -> str:
        return translate("CommunitiesView", "Total: %1", "communities").replace(
            "%1", count(number))
