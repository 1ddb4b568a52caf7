"""态势: the figures the wall shows — the daily-report sentence, tiles with the day's change, and
the charts (screening, the four categories, coverage, transfers, response times, beds, duty).

Three loads run on the task runner (ui/dashboard/loads.py), each following only the tables it
reads; the aggregates are SQL, the view only lays them out.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from controllers.browse.vocabulary import CATEGORIES
from controllers.dashboard.panels import (
    DashboardFigures,
    SettledDays,
    community_coverage,
    dashboard_figures,
    station_choices,
)
from controllers.dashboard.summary import DashboardSummary, dashboard_summary
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from ui.alerts.strip import AlertStrip
from ui.dashboard.headline import headline_text, show_transfer_tiles
from ui.dashboard.loads import Load, Steps
from ui.dashboard.panel_figures import coverage_steps, figure_steps, screened_steps
from ui.dashboard.panels import ChartPanel, dashboard_panels
from ui.dashboard.preload import preload_charts
from ui.dashboard.tiles import Tile
from ui.kit.formatting import count, percent
from ui.kit.labels import GOAL_SHARES, goal_share
from ui.kit.labels import category as category_label
from ui.kit.strips import Strip
from ui.kit.widgets import hbox, label, vbox

translate = QCoreApplication.translate
# The four 100% (应收尽收、应治尽治、应检尽检、应隔尽隔), each category's share done.
CASES = frozenset({"person_case", "case_event"})
MARGIN, WALL_EDGE = 24, 16   # the page's margins; the wall's above and below
TRANSFERS = frozenset({"transfer_order", "facility", "vehicle", "duty_shift", "team",
                       "supply_stock", "temperature_check"})


class DashboardView(QWidget):
    view_id = "dashboard"
    live_tables = frozenset({"visit", "screening_result", "person", "household", "community"}
                            | CASES | TRANSFERS)
    loaded = Signal()
    report_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("page")
        self.context = context
        preload_charts(context.tasks, self)   # pyqtgraph on a worker, not here (preload.py)
        self.station_id: int | None = None
        self.summary: DashboardSummary | None = None
        self.figures: DashboardFigures | None = None
        self.settled = SettledDays()
        self.dark = False   # the wall's look (set_dark)
        self._stale = False
        self.title = label(translate("DashboardView", "Situation"), "pageTitle")
        self.headline = label("", "headline", wrap=True)
        self.stations = QComboBox()
        self.stations.addItem(translate("Dashboard", "Whole district"), None)
        self.stations.currentIndexChanged.connect(self._station_chosen)
        report = QPushButton(translate("Dashboard", "Daily report…"))
        report.clicked.connect(self.write_report)
        self.report_button = report
        refresh = QPushButton(translate("DashboardView", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.refresh_button = refresh
        self.header = hbox(self.title, 1, self.stations, report, refresh)
        self.tiles: dict[str, Tile] = {"screened": Tile(
            translate("DashboardView", "Persons screened"), "screened")}
        for value in CATEGORIES:
            self.tiles[value] = Tile(category_label(value), value)
            widest = goal_share(value, percent(100.0))
            if widest is not None:
                self.tiles[value].goal_widest = widest
        self.tiles["admitted"] = Tile(translate("DashboardView", "Sent for treatment"), "transfer")
        self.tiles["under_way"] = Tile(translate("DashboardView", "Transfers under way"), "transfer")
        self.tiles["beds"] = Tile(translate("DashboardView", "Free beds"), "beds")
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)
        self.panels: dict[str, ChartPanel] = dashboard_panels()
        self.panel_grid = QGridLayout()
        self.panel_grid.setSpacing(12)
        self.body = QWidget()
        self.body.setObjectName("page")
        self.body_box = vbox(self.header, self.headline, self.tile_grid, self.panel_grid,
                             margins=MARGIN, spacing=12)
        self.body_box.setStretch(3, 1)
        self.body.setLayout(self.body_box)
        self.arrange(tiles_per_row=4, panels_per_row=3)
        # On a small window the figures scroll; on the wall screen everything fits at once.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        # Overdue trips and vehicles, across the top: it stays in sight when the figures scroll.
        self.alerts = AlertStrip(context)
        self.strips: list[Strip] = []   # handed in by the shell (the sweep campaign's)
        self.setLayout(vbox(self.alerts, self.scroll_area, spacing=0))
        self.steps = Steps(self)
        self.steps.timer.timeout.connect(self._done)
        self.loads = self._loads()
        self._stations_asked = False

    def _loads(self) -> list[Load]:
        database, user, tasks = self.context.database, self.context.user, self.context.tasks

        def summary_work() -> DashboardSummary:
            return dashboard_summary(database)

        def figures_work() -> DashboardFigures:
            return dashboard_figures(database, user=user, station_id=self.station_id,
                                     cache=self.settled)

        def coverage_work() -> Any:
            return community_coverage(database, user=user, station_id=self.station_id)

        return [
            Load("summary", frozenset({"visit", "screening_result", "person", "community"})
                 | CASES | TRANSFERS, tasks, self, summary_work, self.show_summary, self._done),
            Load("figures", CASES | TRANSFERS, tasks, self, figures_work, self.show_figures,
                 self._done),
            Load("coverage", frozenset({"visit", "household", "community"}), tasks, self,
                 coverage_work, lambda bars: self.steps.add(coverage_steps(self.panels, bars)),
                 self._done),
        ]

    def arrange(self, tiles_per_row: int, panels_per_row: int,
                panels: list[ChartPanel] | None = None) -> None:
        """Lay the tiles and (some of) the panels out in rows (the wall puts more side by side)."""
        shown = list(self.panels.values()) if panels is None else panels
        tiles = list(self.tiles.values())
        for grid, widgets, per_row in ((self.tile_grid, tiles, tiles_per_row),
                                       (self.panel_grid, shown, panels_per_row)):
            while grid.count():
                grid.takeAt(0)
            for index, widget in enumerate(widgets):
                grid.addWidget(widget, index // per_row, index % per_row)
        self.share_out(tiles, per_row=tiles_per_row, rows=-(-len(shown) // panels_per_row))

    def share_out(self, tiles: list[Tile], per_row: int, rows: int) -> None:
        """Widths and heights in the wall's large type, where 1080 lines hold it all: each tile
        as wide as its title needs in one line ("Transfers under way" more than "Fever"), the
        rest shared alike; a row of charts whose rows of names need more height than an even
        share gets it (a bar-row chart asks for a line of type per row), the others share what
        is left alike; thinner margins above and below. The desk's grid is even."""
        large = any(tile.large_type() for tile in tiles)
        edge = WALL_EDGE if large else MARGIN
        self.body_box.setContentsMargins(MARGIN, edge, MARGIN, edge)
        for column in range(max(len(tiles), per_row)):
            stretch = tiles[column].title_room() if large and column < len(tiles) else 1
            self.tile_grid.setColumnStretch(column, stretch if column < per_row else 0)
        for row in range(max(rows, self.panel_grid.rowCount())):
            self.panel_grid.setRowStretch(row, 1 if row < rows else 0)

    def add_strip(self, strip: QWidget) -> None:
        """A feature's strip under the alerts (ui/kit/strips.py), on the desk and the wall."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1 + len(self.strips), strip)
        self.strips.append(cast(Strip, strip))

    def set_dark(self, dark: bool) -> None:
        """The wall's look or the desk's. Every chart is hidden at once, before the page around
        it changes, and each comes back restyled in a turn of the event loop of its own, after
        any figures already on their way (`steps`): nine charts restyled, resized and painted
        together held the UI thread 0.3–0.6 s. A step takes the look wanted when it runs, so
        the wall left before its steps are over ends on the desk's."""
        self.dark = dark
        for panel in self.panels.values():
            panel.hold_chart()
        self.steps.add([partial(self._restyle, panel) for panel in self.panels.values()])

    def _restyle(self, panel: ChartPanel) -> None:
        panel.show_style(self.dark)

    # -- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._stations_asked:
            self._stations_asked = True
            database, user = self.context.database, self.context.user
            self.context.tasks.submit(
                "dashboard stations", lambda _c: station_choices(database, user=user),
                succeeded=self._fill_stations, owner=self)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        for load in self.loads:
            load.request()
        for strip in self.strips:
            strip.reload()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def on_change(self, change: ChangeSet) -> None:
        if not change.touches(*self.live_tables):
            return
        if not self.isVisible():
            self._stale = True
            return
        for load in self.loads:
            if load.follows(change):
                load.request()

    def is_loading(self) -> bool:
        return any(load.running for load in self.loads) or self.steps.busy() \
            or self.alerts.is_loading() or any(strip.is_loading() for strip in self.strips)

    def _done(self) -> None:
        if not self.is_loading():
            self.loaded.emit()

    def _fill_stations(self, choices: Any) -> None:
        for ident, name in choices:
            self.stations.addItem(name, ident)

    def _station_chosen(self, _index: int) -> None:
        self.station_id = self.stations.currentData()
        self.show_headline()
        if self.station_id is None and self.summary is not None:
            self.show_screened(self.summary.persons_registered, self.summary.cumulative_screened)
        for load in self.loads[1:]:  # the summary is the district's whichever station
            load.restart()

    # -- showing ---------------------------------------------------------------------------
    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.show_headline()
        if self.station_id is None:
            self.show_screened(summary.persons_registered, summary.cumulative_screened)
        if self.figures is None or self.station_id is None:
            for value in CATEGORIES:
                self.tiles[value].set_figure(summary.open_cases_by_category.get(value, 0),
                                             translate("DashboardView", "open cases"))
                self.tiles[value].set_goal(self.goal_text(value))
        if self.figures is None:  # the figures' own, station's or district's, once they come
            self.tiles["admitted"].set_figure(summary.persons_admitted, translate(
                "DashboardView", "persons delivered to a facility"))
            self.tiles["under_way"].set_figure(summary.transfers_under_way, translate(
                "DashboardView", "%1 orders in all").replace("%1", count(summary.transfers_total)))
        self.tiles["beds"].set_figure(summary.beds_free, translate(
            "DashboardView", "%1 of %2 beds taken").replace("%1", count(summary.beds_taken))
            .replace("%2", count(summary.beds_total)))

    def goal_text(self, category: str) -> str:
        """"Admit 95.2%": for the district, the share of the category's open cases where the
        four 100% say they must be ("—" when none is open: nothing is owed, which is not 0%);
        "" for a station (the goal is the district's) or a category without a goal."""
        summary = self.summary
        if category not in GOAL_SHARES or summary is None or self.station_id is not None \
                or category not in summary.done_cases_by_category:
            return ""
        total = summary.open_cases_by_category.get(category, 0)
        share = percent(100.0 * summary.done_cases_by_category[category] / total) \
            if total else "—"
        return goal_share(category, share) or ""

    def show_screened(self, registered: int, points: tuple[tuple[date, int], ...]) -> None:
        """The screened tile and curve: the district's (summary) or the chosen station's."""
        screened = points[-1][1] if points else 0
        share = percent(100.0 * screened / registered) if registered else "–"
        self.tiles["screened"].set_figure(screened, translate(
            "DashboardView", "%1 of %2 registered").replace("%1", share)
            .replace("%2", count(registered)))
        if points:
            last_day, last = points[-1]
            before = points[-2][1] if len(points) > 1 else 0
            earlier = points[-3][1] if len(points) > 2 else 0
            yesterday = (before - earlier) if len(points) > 1 and \
                points[-2][0] == last_day - timedelta(days=1) else None
            self.tiles["screened"].set_change(last - before, yesterday)
        else:
            self.tiles["screened"].set_change(None)
        self.steps.add(screened_steps(self.panels, points))

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        if figures.station_id is not None:
            self.show_screened(figures.station_registered, figures.station_screened)
        today, yesterday = figures.day, figures.day - timedelta(days=1)
        for value in CATEGORIES:
            self.tiles[value].set_figure(figures.open_by_category.get(value, 0),
                                         translate("DashboardView", "open cases"))
            self.tiles[value].set_goal(self.goal_text(value))
            self.tiles[value].set_change(figures.categories.new_on(today, value),
                                         figures.categories.new_on(yesterday, value))
        show_transfer_tiles(self.tiles, figures)
        self.show_headline()
        self.steps.add(figure_steps(self.panels, figures))

    def show_headline(self) -> None:
        """The district's sentence, or the chosen station's, named (ui/dashboard/headline.py)."""
        self.headline.setText(headline_text(self.summary, self.figures, self.station_id,
                                            self.stations.currentText()))

    def write_report(self) -> None:
        from ui.dashboard.report import write_report_interactively
        self.report_requested.emit()
        write_report_interactively(self, self.context, self.today())

    def today(self) -> date | None:
        return self.figures.day if self.figures is not None else None
