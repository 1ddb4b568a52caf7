"""队伍: work groups, quick-response teams and contact-tracing groups, with who leads them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse import TeamRows
from controllers.browse.row_source import Kind
from controllers.browse.vocabulary import TEAM_KINDS
from controllers.context import AppContext
from ui.views.filters import ValueFilter
from ui.formatting import count
from ui.views.table_page import TablePage

translate = QCoreApplication.translate


class TeamsView(TablePage):
    live_tables = frozenset({"team", "team_member", "responder", "police_station"})
    view_id = "teams"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, TeamRows(context.database), translate("TeamsView", "Teams"),
                         translate("TeamsView", "Team name starts with…"))
        self.kind = ValueFilter(Kind.TEAM_KIND, TEAM_KINDS, translate("TeamsView", "All kinds"))
        self.kind.on_change(self.apply_filters)
        self.filter_bar.addWidget(self.kind)

    def filters(self) -> dict[str, object]:
        return {"name": self.search.text().strip(), "kind": self.kind.value(), "active_only": True}

    def count_text(self, number: int) -> str:
        return translate("TeamsView", "Total: %1", "teams").replace("%1", count(number))
