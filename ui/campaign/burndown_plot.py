"""The burn-down's plot itself (pyqtgraph): imported on a worker when the campaign view is made
(ui/kit/background_import.py), so that its first showing does not wait for pyqtgraph and numpy
to be imported on the UI thread (0.3-0.4 s; the shift's longest stall, 0.85 s under load)."""
from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from ui.kit.palette import BLUE, VERMILLION

translate = QCoreApplication.translate


def _pen(colour: str, width: float, style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


class BurnDownPlot:
    """Doors open per campaign day: planned (dashed) and done (solid, a mark per day)."""

    def __init__(self) -> None:
        self.widget: QWidget = pg.PlotWidget(background="w")
        plot: Any = self.widget   # pyqtgraph ships no types
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.getAxis("left").setLabel(translate("Campaign", "Open doors"))
        self.planned_curve = plot.plot([], [], pen=_pen(BLUE, 2, Qt.PenStyle.DashLine))
        self.done_curve = plot.plot([], [], pen=_pen(VERMILLION, 2.5, Qt.PenStyle.SolidLine),
                                    symbol="o", symbolSize=7, symbolBrush=VERMILLION,
                                    symbolPen=VERMILLION)

    def draw(self, open_at_start: int, ticks: list[tuple[int, str]],
             planned: tuple[int, ...], done: tuple[int, ...]) -> None:
        plot: Any = self.widget
        self.planned_curve.setData(list(range(len(planned) + 1)), [open_at_start, *planned])
        self.done_curve.setData(list(range(len(done) + 1)), [open_at_start, *done])
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(0, max(len(ticks) - 1, 1), padding=0.04)
        plot.setYRange(0, max(open_at_start, 1), padding=0.05)

    def set_dark(self, dark: bool) -> None:
        plot: Any = self.widget
        plot.setBackground("#101418" if dark else "w")
