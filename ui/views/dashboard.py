"""态势: the figures the wall shows — the daily-report sentence, tiles, the screening curve.

Computed by one call of `dashboard_summary` on the task runner each time the view is shown or
refreshed; the aggregates are SQL, the view only lays them out.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QScrollArea, QWidget

from controllers.browse import DashboardSummary, dashboard_summary
from controllers.browse.vocabulary import CATEGORIES
from controllers.context import AppContext
from controllers.tasks import TaskControl
from ui.formatting import count, day, percent
from ui.labels import category as category_label
from ui.views.live import FollowsChanges
from ui.widgets import hbox, label, vbox

translate = QCoreApplication.translate


class Tile(QFrame):
    """One figure: what it is, the number, and one line of context under it."""

    def __init__(self, title: str, accent: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        strip = QFrame()
        strip.setObjectName("accent")
        strip.setProperty("accent", accent)
        strip.setFixedSize(32, 4)
        self.title = label(title, "tileTitle")
        self.value = label("–", "tileValue")
        self.caption = label("", "tileCaption")
        self.setLayout(vbox(strip, self.title, self.value, self.caption, margins=16, spacing=4))
        self.setMinimumWidth(170)

    def set_figure(self, value: int, caption: str = "") -> None:
        self.value.setText(count(value))
        self.caption.setText(caption)


class DashboardView(FollowsChanges, QWidget):
    view_id = "dashboard"
    live_tables = frozenset({"visit", "screening_result", "person_case", "case_event",
                             "transfer_order", "facility", "person", "household"})
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("page")
        self.context = context
        self.title = label(translate("DashboardView", "Situation"), "pageTitle")
        self.headline = label("", "headline", wrap=True)
        refresh = QPushButton(translate("DashboardView", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.tiles: dict[str, Tile] = {"screened": Tile(
            translate("DashboardView", "Persons screened"), "screened")}
        for value in CATEGORIES:
            self.tiles[value] = Tile(category_label(value), value)
        self.tiles["admitted"] = Tile(translate("DashboardView", "Sent for treatment"), "transfer")
        self.tiles["under_way"] = Tile(translate("DashboardView", "Transfers under way"), "transfer")
        self.tiles["beds"] = Tile(translate("DashboardView", "Free beds"), "beds")
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 4, index % 4)
        # pyqtgraph takes most of a second to import: the chart is made when there is a
        # series to draw, so the window opens without waiting for it.
        self.chart: QWidget | None = None
        self.chart_slot = vbox()
        panel = QFrame()
        panel.setObjectName("chartPanel")
        panel.setLayout(vbox(label(translate("DashboardView", "Persons screened, cumulative"),
                                   "sectionTitle"), self.chart_slot, margins=14, spacing=6))
        body = QWidget()
        body.setObjectName("page")
        body.setLayout(vbox(hbox(self.title, 1, refresh), self.headline, grid, panel,
                            margins=24, spacing=14))
        body.layout().setStretch(3, 1)
        # On a small window the figures scroll; on the wall screen everything fits at once.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setLayout(vbox(scroll))
        self._generation = 0
        self._loading = False

    def activate(self) -> None:
        self.refresh()

    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        self._generation += 1
        generation, database = self._generation, self.context.database
        self._loading = True

        def work(_control: TaskControl) -> DashboardSummary:
            return dashboard_summary(database)

        def done(summary: Any) -> None:
            if generation == self._generation:
                self.show_summary(summary)

        def finished() -> None:
            if generation == self._generation:
                self._loading = False
                self.loaded.emit()
                self.loading_finished()

        self.context.tasks.submit("dashboard summary", work, succeeded=done, finished=finished,
                                  owner=self)

    def show_summary(self, summary: DashboardSummary) -> None:
        if summary.as_of is None:
            self.headline.setText(translate("DashboardView", "No screening recorded yet."))
        else:
            self.headline.setText(translate(
                "DashboardView",
                "As of %1, the district has screened and verified %2 persons "
                "and sent %3 for treatment.")
                .replace("%1", day(summary.as_of))
                .replace("%2", count(summary.persons_screened))
                .replace("%3", count(summary.persons_admitted)))
        registered = summary.persons_registered
        share = percent(100.0 * summary.persons_screened / registered) if registered else "–"
        self.tiles["screened"].set_figure(summary.persons_screened, translate(
            "DashboardView", "%1 of %2 registered").replace("%1", share)
            .replace("%2", count(registered)))
        for value in CATEGORIES:
            self.tiles[value].set_figure(summary.open_cases_by_category.get(value, 0),
                                   translate("DashboardView", "open cases"))
        self.tiles["admitted"].set_figure(summary.persons_admitted,
                                    translate("DashboardView", "persons delivered to a facility"))
        self.tiles["under_way"].set_figure(summary.transfers_under_way, translate(
            "DashboardView", "%1 orders in all").replace("%1", count(summary.transfers_total)))
        self.tiles["beds"].set_figure(summary.beds_free, translate(
            "DashboardView", "%1 of %2 beds taken").replace("%1", count(summary.beds_taken))
            .replace("%2", count(summary.beds_total)))
        if self.chart is None:
            from ui.views.chart import CumulativeChart
            self.chart = CumulativeChart()
            self.chart_slot.addWidget(self.chart)
        self.chart.show_series(summary.cumulative_screened)  # type: ignore[attr-defined]
        self.headline.setAlignment(Qt.AlignmentFlag.AlignLeft)
