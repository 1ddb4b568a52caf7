"""The dashboard's chart panels: a title, a Save-as-PNG button, and the chart, made on first use.

The panel frames cost nothing; the charts inside import pyqtgraph, so each is built the first
time there is something to draw in it.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFrame, QPushButton

from ui.kit.widgets import hbox, label, vbox

translate = QCoreApplication.translate


class ChartPanel(QFrame):
    """`chart_path` is "module:Class"; `arguments` are passed to the class when it is made."""

    def __init__(self, key: str, title: str, chart_path: str, *arguments: Any) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("chartPanel")
        self.chart_path, self.arguments = chart_path, arguments
        self.chart: Any = None
        self.dark = False
        self.title = label(title, "sectionTitle")
        self.save = QPushButton(translate("Dashboard", "PNG"))
        self.save.setObjectName("chartSave")
        self.save.setToolTip(translate("Dashboard", "Save this chart as a PNG picture"))
        self.save.clicked.connect(self.ask_and_export)
        self.slot = vbox()
        self.note = label("", "chartNote", wrap=True)
        self.note.hide()
        self.setLayout(vbox(hbox(self.title, 1, self.save), self.slot, self.note, margins=12,
                            spacing=4))

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def draw(self, call: Callable[[Any], None]) -> None:
        """Hand the chart to `call` (making it first if need be)."""
        if self.chart is None:
            module, name = self.chart_path.split(":")
            self.chart = getattr(importlib.import_module(module), name)(*self.arguments)
            self.chart.set_dark(self.dark)
            self.slot.addWidget(self.chart)
        call(self.chart)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.save.setVisible(not dark)
        if self.chart is not None:
            self.chart.set_dark(dark)

    def export_png(self, path: Path) -> bool:
        return self.chart is not None and bool(self.chart.export_png(path))

    def ask_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("Dashboard", "Save chart"),
            str(Path(folder) / f"{self.key}.png"), translate("Dashboard", "PNG picture (*.png)"))
        if chosen:
            self.export_png(Path(chosen))


def dashboard_panels() -> dict[str, ChartPanel]:
    """Every panel, in reading order (three to a row)."""
    return {panel.key: panel for panel in (
        ChartPanel("screened", translate("Dashboard", "Persons screened, cumulative"),
                   "ui.dashboard.charts.series:ScreenedChart"),
        ChartPanel("categories", translate("Dashboard", "Four categories, cumulative"),
                   "ui.dashboard.charts.series:CategoryChart", True),
        ChartPanel("categories_new", translate("Dashboard", "Four categories, new per day"),
                   "ui.dashboard.charts.series:CategoryChart", False),
        ChartPanel("coverage", translate("Dashboard", "Household coverage per community, lowest first"),
                   "ui.dashboard.charts.bars:CoverageChart"),
        ChartPanel("transfers", translate("Dashboard", "Transfers per day"),
                   "ui.dashboard.charts.series:TransfersChart"),
        ChartPanel("response", translate("Dashboard", "Response time (dispatch to scene)"),
                   "ui.dashboard.charts.bars:ResponseChart"),
        ChartPanel("beds", translate("Dashboard", "Facility beds"), "ui.dashboard.charts.bars:StackedBarsChart",
                   translate("Dashboard", "Taken"), translate("Dashboard", "Free")),
        ChartPanel("duty", translate("Dashboard", "Teams on duty and stood down"),
                   "ui.dashboard.charts.bars:StackedBarsChart", translate("Dashboard", "On duty"),
                   translate("Dashboard", "Stood down today")),
        ChartPanel("vehicles", translate("Dashboard", "Vehicles by status"),
                   "ui.dashboard.charts.bars:StackedBarsChart", translate("Dashboard", "Vehicles"), ""),
    )}
