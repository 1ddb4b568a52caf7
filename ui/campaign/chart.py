"""The burn-down: doors still open at the end of each campaign day, planned (dashed, the line
that reaches zero at the deadline) against done (solid, with a mark per day so far). One chart
for the district, one for the community chosen in the table. Okabe and Ito's colours, and a dash
and a symbol for each series, so that it reads in grey too."""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QFrame, QWidget

from ui.kit.palette import BLUE, VERMILLION
from ui.kit.widgets import hbox, label, named_label, vbox

translate = QCoreApplication.translate


def _pen(colour: str, width: float, style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


class BurnDown(QFrame):
    """A titled burn-down chart with its legend in the title row (never over the plot)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.title = named_label("panelTitle")
        planned = label("- - " + translate("Campaign", "Planned"))
        planned.setStyleSheet(f"color: {BLUE}")
        done = label("●— " + translate("Campaign", "Done"))
        done.setStyleSheet(f"color: {VERMILLION}")
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.2)
        self.plot.getAxis("left").setLabel(translate("Campaign", "Open doors"))
        self.planned_curve = self.plot.plot([], [], pen=_pen(BLUE, 2, Qt.PenStyle.DashLine))
        self.done_curve = self.plot.plot([], [], pen=_pen(VERMILLION, 2.5, Qt.PenStyle.SolidLine),
                                         symbol="o", symbolSize=7, symbolBrush=VERMILLION,
                                         symbolPen=VERMILLION)
        self.planned: tuple[int, ...] = ()
        self.done: tuple[int, ...] = ()
        self.setLayout(vbox(hbox(self.title, 1, planned, done, spacing=12), self.plot,
                            margins=8, spacing=4))

    def show_lines(self, title: str, open_at_start: int, days: Sequence[date],
                   planned: Sequence[int], done: Sequence[int]) -> None:
        """`planned` and `done`: doors settled by the end of each day (cumulative), drawn as
        the doors left open, from the campaign's start (day 0) on."""
        self.title.setText(title)
        self.planned = tuple(open_at_start - value for value in planned)
        self.done = tuple(open_at_start - value for value in done)
        self.planned_curve.setData(list(range(len(planned) + 1)), [open_at_start, *self.planned])
        self.done_curve.setData(list(range(len(done) + 1)), [open_at_start, *self.done])
        ticks = [(0, translate("Campaign", "Start"))] + [
            (number, f"{value.month}/{value.day}") for number, value in enumerate(days, start=1)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(0, max(len(days), 1), padding=0.04)
        self.plot.setYRange(0, max(open_at_start, 1), padding=0.05)

    def set_dark(self, dark: bool) -> None:
        self.plot.setBackground("#101418" if dark else "w")
