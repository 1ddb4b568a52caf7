"""The burn-down: doors still open at the end of each campaign day, planned (dashed, the line
that reaches zero at the deadline) against done (solid, with a mark per day so far). One chart
for the district, one for the community chosen in the table. Okabe and Ito's colours, and a dash
and a symbol for each series, so that it reads in grey too."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from controllers.runtime.tasks import TaskRunner
from ui.kit.background_import import import_in_background, when_imported
from ui.kit.palette import BLUE, VERMILLION
from ui.kit.widgets import hbox, label, named_label, vbox

if TYPE_CHECKING:
    from ui.campaign.burndown_plot import BurnDownPlot

translate = QCoreApplication.translate
PLOT_MODULE = "ui.campaign.burndown_plot"
PLACE_SIZE = QSize(240, 180)


def prepare_plots(tasks: TaskRunner, owner: QWidget) -> None:
    """pyqtgraph and the plot's module imported on a worker, before the first chart is drawn."""
    import_in_background(tasks, PLOT_MODULE, owner)


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
        # The plot comes when its lines do (`show_lines`), once pyqtgraph is imported.
        self.plot: BurnDownPlot | None = None
        self.dark = False
        self.planned: tuple[int, ...] = ()
        self.done: tuple[int, ...] = ()
        self._drawn: tuple[int, list[tuple[int, str]]] | None = None
        self.place = QWidget()   # where the plot will be, as large as it will be
        self.place.setMinimumSize(PLACE_SIZE)
        self.place.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = vbox(hbox(self.title, 1, planned, done, spacing=12), self.place,
                            margins=8, spacing=4)
        self.setLayout(self._layout)
        self.setMinimumHeight(160)

    def show_lines(self, title: str, open_at_start: int, days: Sequence[date],
                   planned: Sequence[int], done: Sequence[int]) -> None:
        """`planned` and `done`: doors settled by the end of each day (cumulative), drawn as
        the doors left open, from the campaign's start (day 0) on."""
        self.title.setText(title)
        self.planned = tuple(open_at_start - value for value in planned)
        self.done = tuple(open_at_start - value for value in done)
        ticks = [(0, translate("Campaign", "Start"))] + [
            (number, f"{value.month}/{value.day}") for number, value in enumerate(days, start=1)]
        self._drawn = (open_at_start, ticks)
        when_imported(PLOT_MODULE, self, self._draw)

    def is_waiting(self) -> bool:
        """Lines given, their plot not made yet."""
        return self._drawn is not None and self.plot is None

    def _draw(self) -> None:
        if self._drawn is None:
            return
        if self.plot is None:
            from ui.campaign.burndown_plot import BurnDownPlot
            self.plot = BurnDownPlot()
            self.plot.set_dark(self.dark)
            self._layout.replaceWidget(self.place, self.plot.widget)
            self.plot.widget.show()   # now, not at the layout's next turn
            self.place.deleteLater()
        open_at_start, ticks = self._drawn
        self.plot.draw(open_at_start, ticks, self.planned, self.done)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.plot is not None:
            self.plot.set_dark(dark)
