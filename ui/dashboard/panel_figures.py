"""From the controllers' figures to the chart panels: which panel draws what, in whose words."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import VEHICLE_STATUSES
from controllers.dashboard.panels import CommunityCoverageBar, DashboardFigures
from models.enums import FacilityKind, TeamKind, VehicleStatus
from ui.dashboard.labels import FACILITY_KINDS, TEAM_KINDS_SHORT, word
from ui.dashboard.panels import ChartPanel

translate = QCoreApplication.translate


Step = Callable[[], None]


def step(panel: ChartPanel, call: Callable[[Any], None]) -> list[Step]:
    """Update one panel's chart and paint it now (see ui.dashboard.loads.Steps); a chart not
    yet made is made in a step before (making it and drawing it in one turn was 100 ms and
    more on a loaded machine)."""
    def run() -> None:
        panel.draw(call)
        panel.chart.repaint()
    return ([] if panel.chart is not None else [panel.make_chart]) + [run]


def screened_steps(panels: dict[str, ChartPanel], points: Sequence[tuple[date, int]]
                   ) -> list[Step]:
    return step(panels["screened"], lambda chart: chart.show_series(points))


def coverage_steps(panels: dict[str, ChartPanel], bars: Sequence[CommunityCoverageBar]
                   ) -> list[Step]:
    """Every community, lowest first: the chart names as many as its height holds."""
    rows = [(bar.community, bar.households, bar.done, bar.coverage) for bar in bars]
    return step(panels["coverage"], lambda chart: chart.show_series(rows))


def beds_by_kind(beds: Sequence[tuple[str, str, int, int]]) -> list[tuple[str, int, int]]:
    """Taken and free beds per kind of facility: four bars stay legible across the room."""
    totals: dict[str, list[int]] = {kind.value: [0, 0] for kind in FacilityKind}
    for _name, kind, total, taken in beds:
        pair = totals.setdefault(kind, [0, 0])
        pair[0] += taken
        pair[1] += max(total - taken, 0)
    return [(word(FACILITY_KINDS, kind), taken, free) for kind, (taken, free) in totals.items()
            if taken or free]


def duty_rows(figures: DashboardFigures) -> list[tuple[str, int, int]]:
    rows: list[tuple[str, int, int]] = [
        (word(TEAM_KINDS_SHORT, kind.value), figures.teams_on_duty.get(kind.value, 0), 0)
        for kind in TeamKind]
    rows.append((translate("Dashboard", "Stood down"), 0,
                 figures.stood_down.get(figures.day, 0)))
    return rows


def figure_steps(panels: dict[str, ChartPanel], figures: DashboardFigures) -> list[Step]:
    series = figures.categories
    vehicles: list[Any] = [(VEHICLE_STATUSES.word(status),
                            figures.vehicles.get(status.value, 0), 0) for status in VehicleStatus]
    return [
        *step(panels["categories"],
              lambda chart: chart.show_series(series.days, series.cumulative)),
        *step(panels["categories_new"], lambda chart: chart.show_series(series.days, series.new)),
        *step(panels["transfers"], lambda chart: chart.show_series(figures.transfers)),
        *step(panels["response"], lambda chart: chart.show_series(
            figures.response, figures.response_median, figures.response_p90)),
        *step(panels["beds"], lambda chart: chart.show_series(beds_by_kind(figures.beds))),
        *step(panels["duty"], lambda chart: chart.show_series(duty_rows(figures))),
        *step(panels["vehicles"], lambda chart: chart.show_series(vehicles)),
    ]
