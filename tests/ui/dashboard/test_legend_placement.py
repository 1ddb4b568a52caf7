"""Legends never cover data: each lies beside its plot, in the title row or in a band under it,
on the desk, on a narrow window, and on the wall; and it says what the chart's colours mean."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.gui import open_dashboard
from tests.support.sample_district import add_sample_district
from ui.dashboard.panels import ChartPanel
from ui.dashboard.view import DashboardView
from ui.shell.wall_mode import WALL_STYLE


def on_screen(widget: object, rect: QRect) -> QRect:
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())  # type: ignore[attr-defined]


def data_area(panel: ChartPanel) -> QRect:
    """Where the plot draws its bars and lines (the view box), in screen coordinates."""
    chart = panel.chart
    box = chart.mapFromScene(chart.getPlotItem().vb.sceneBoundingRect()).boundingRect()
    return on_screen(chart, box)


def overlaps(view: DashboardView) -> list[str]:
    found = []
    for key, panel in view.panels.items():
        if not panel.legend.entries:
            continue
        legend = on_screen(panel.legend, QRect(QPoint(0, 0), panel.legend.size()))
        chart = on_screen(panel.chart, QRect(QPoint(0, 0), panel.chart.size()))
        assert panel.legend.isVisible() and legend.width() > 0, key
        if legend.intersects(data_area(panel)) or legend.intersects(chart):
            found.append(key)
    return found


def settled_without_overlaps(qtbot: QtBot, view: DashboardView) -> None:
    """No legend over its plot once the layouts have run: a legend moved to the band or the
    title row is placed by the layout's next pass, before anything is painted, so the check
    waits for that pass (checked at once, a pass still pending read as an overlap, on a loaded
    machine)."""
    qtbot.waitUntil(lambda: overlaps(view) == [], timeout=5_000)


def test_legends_lie_beside_the_plots(qtbot: QtBot, context: AppContext) -> None:
    add_sample_district(context.database)
    view = open_dashboard(qtbot, context)
    assert view.panels["categories"].legend.texts() == ["Confirmed", "Suspected", "Fever",
                                                        "Contacts"]
    assert view.panels["transfers"].legend.texts() == ["Ordered", "Delivered"]
    assert view.panels["beds"].legend.texts() == ["Taken", "Free"]
    assert view.panels["vehicles"].legend.texts() == []  # one colour: the title says it
    settled_without_overlaps(qtbot, view)

    view.resize(900, 1400)  # a narrow window: the longer legends move under their titles
    qtbot.waitUntil(lambda: not view.panels["categories"].legend_inline)
    settled_without_overlaps(qtbot, view)

    view.setStyleSheet(WALL_STYLE.read_text(encoding="utf-8"))  # the wall's type and colours
    view.set_dark(True)   # each chart restyled in a turn of its own (ui/dashboard/view.py)
    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.panels["response"].legend.labels[0].font().pixelSize() == 26
    settled_without_overlaps(qtbot, view)
