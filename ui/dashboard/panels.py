"""The dashboard's chart panels: a title, the chart's legend, a Save-as-PNG button, and the chart,
made on first use.

The panel frames cost nothing; the charts inside import pyqtgraph, so each is built the first
time there is something to draw in it. The legend sits in the title row when title and legend fit
side by side, else in a band of its own under the title: never over the plot. On the wall a band
is a line of chart lost, so there a panel whose legend names what its long title spells out
("Response time (dispatch to scene)" beside "median 17 min · 90%: 25 min") takes its short
wall title ("Response time") when that keeps the legend in the title row, and a legend that
still does not fit there stands in a column right of the plot, one key a line, when its keys are
short (the four categories): the wall's charts keep their height, level with their neighbours'.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QStandardPaths
from PySide6.QtGui import QImageWriter, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QMessageBox, QPushButton, QWidget

from ui.dashboard.legend import ChartLegend
from ui.dashboard.picture import panel_picture
from ui.kit.widgets import hbox, label, vbox

translate = QCoreApplication.translate
MARGIN, WALL_MARGIN, SPACING = 12, 8, 4
SIDE_SHARE = 0.3    # a legend column right of the plot takes at most this share of the panel
TITLE, BAND, SIDE = "title", "band", "side"   # where the legend stands


class ChartPanel(QFrame):
    """`chart_path` is "module:Class"; `arguments` are passed to the class when it is made."""

    def __init__(self, key: str, title: str, chart_path: str, *arguments: Any,
                 wall_title: str = "") -> None:
        super().__init__()
        self.key = key
        self.setObjectName("chartPanel")
        self.chart_path, self.arguments = chart_path, arguments
        self.chart: Any = None
        self.dark = False
        self.own_title = title
        self.wall_title = wall_title
        self.long_title = title     # what the chart shows now, in full (`describe`)
        self.short_title = ""       # the same for the wall's title row, if it has one
        self.held_width: int | None = None   # least_width when the titles or legend last changed
        self.title = label(title, "sectionTitle")
        self.legend = ChartLegend()
        self.save = QPushButton(translate("Dashboard", "PNG"))
        self.save.setObjectName("chartSave")
        self.save.setToolTip(translate("Dashboard", "Save this chart as a PNG picture"))
        self.save.clicked.connect(self.ask_and_export)
        self.header = hbox(self.title, 1, self.save, spacing=12)
        self.band = hbox(spacing=0)
        self.side = vbox(1, spacing=0)    # the legend goes above the stretch
        self.legend_place = TITLE
        self.legend_inline = True
        self.header.insertWidget(2, self.legend)
        self.slot = vbox()
        self.note = label("", "chartNote", wrap=True)
        self.note.hide()
        plot_row = hbox(self.slot, self.side, spacing=16)
        plot_row.setStretch(0, 1)
        self.frame = vbox(self.header, self.band, plot_row, self.note, margins=MARGIN,
                          spacing=SPACING)
        self.setLayout(self.frame)

    def sizeHint(self) -> QSize:
        """One size for every panel: the grid then gives each column the same width, whatever
        each legend asks for."""
        return QSize(480, 300)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the title (and button) or the legend alone: a legend in the title row
        goes under it when the grid gives less, so it must not make the grid give more."""
        width = self.held_width if self.held_width is not None else self.least_width()
        return QSize(width, super().minimumSizeHint().height())

    def least_width(self) -> int:
        """The narrowest title (the wall's short one, where it has one) with the button, or the
        legend's widest key: the same wherever the legend stands and whichever title shows, so
        that placing the legend never moves the grid's columns (which would place it anew)."""
        margins = self.frame.contentsMargins()
        title = min(self.title_row_width(text, legend=False) for text in self.titles())
        widest = max(title, self.legend.minimumSizeHint().width(), 160)
        return widest + margins.left() + margins.right()

    def hold_width(self) -> None:
        """Fix the panel's least width to `least_width` (rather than its layout's, which changes
        with where the legend stands); its least height stays its layout's."""
        self.held_width = self.least_width()   # asked thousands of times in one layout pass
        self.setMinimumWidth(self.held_width)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def make_chart(self) -> None:
        """The chart, empty, in the current look (nothing if it is made already): a plot, its
        axes and pyqtgraph's menus are a turn of the event loop's work of their own."""
        if self.chart is None:
            module, name = self.chart_path.split(":")
            self.chart = getattr(importlib.import_module(module), name)(*self.arguments)
            self.chart.set_dark(self.dark)
            self.chart.described.connect(self.describe)
            self.slot.addWidget(self.chart)

    def draw(self, call: Callable[[Any], None]) -> None:
        """Hand the chart to `call` (making it first if need be)."""
        self.make_chart()
        call(self.chart)
        self.describe()

    def describe(self) -> None:
        """The title and legend in the chart's words: how many rows it shows, what each colour
        and dashed line means, in the type and colours of the desk or the wall."""
        if self.chart is None:
            return
        chart_title = self.chart.panel_title()
        self.long_title = chart_title or self.own_title
        self.short_title = self.chart.short_panel_title() if chart_title else self.wall_title
        self.title.setText(self.long_title)
        self.legend.set_style(self.chart.text_px(), self.chart.palette_now.text)
        self.legend.set_entries(self.chart.legend_entries())
        self.hold_width()
        self.place_legend()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.save.setVisible(not dark)
        # The wall's nine panels share 1080 lines: less frame, more chart.
        margin = WALL_MARGIN if dark else MARGIN
        self.frame.setContentsMargins(margin, margin, margin, margin)
        if self.chart is not None:
            self.chart.set_dark(dark)
            self.describe()
        else:
            self.hold_width()

    def hold_chart(self) -> None:
        """Hide the chart while the page around it changes (the wall's type and full screen,
        and back): a hidden chart is neither resized nor painted, so the page changes in one
        short turn of the event loop and the chart comes back in a turn of its own
        (`show_style`)."""
        if self.chart is not None:
            self.chart.hide()

    def show_style(self, dark: bool) -> None:
        """The wall's look or the desk's (`set_dark`), and the chart shown again, laid out and
        painted now rather than with the others at the next pass."""
        self.set_dark(dark)
        if self.chart is not None and self.chart.isHidden():
            self.chart.show()
            self.frame.activate()
            self.chart.repaint()

    def place_legend(self) -> None:
        """In the title row if both fit across the panel (on the wall, with the short title if
        the long one leaves no room); else, on the wall, in a column right of the plot if its
        widest key is short; else in the band under the title, in as many lines as it needs."""
        margins = self.frame.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        titles = self.titles()
        beside = [title for title in titles if self.title_row_width(title) <= room]
        inline = bool(beside) or not self.legend.entries
        alone = [title for title in titles if self.title_row_width(title, legend=False) <= room]
        # The first title that fits beside the legend, else alone, else the shortest.
        self.title.setText(((beside if self.legend.entries else []) or alone or titles[-1:])[0])
        place = TITLE if inline else BAND
        if not inline and self.dark and \
                self.legend.minimumSizeHint().width() <= SIDE_SHARE * room:
            place = SIDE
        self.legend.reflow({TITLE: None, BAND: room, SIDE: 0}[place])
        if place == self.legend_place:
            return
        {TITLE: self.header, BAND: self.band, SIDE: self.side}[self.legend_place].removeWidget(
            self.legend)
        if place == TITLE:
            self.header.insertWidget(2, self.legend)
        elif place == BAND:
            self.band.addWidget(self.legend)
        else:
            self.side.insertWidget(0, self.legend)
        self.legend_place = place
        self.legend_inline = place == TITLE

    def titles(self) -> list[str]:
        """The long title, and on the wall the short one after it where there is one."""
        return [self.long_title] + ([self.short_title] if self.dark and self.short_title else [])

    def title_row_width(self, title: str, legend: bool = True) -> int:
        """The title row's width with `title` and the legend in one line (and the button)."""
        self.title.ensurePolished()
        needed = self.title.fontMetrics().horizontalAdvance(title) + 2 * self.title.margin()
        if legend:
            needed += self.header.spacing() + self.legend.one_line_width()
        if self.save.isVisibleTo(self):
            needed += self.header.spacing() + self.save.sizeHint().width()
        return needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_legend()

    def picture_parts(self) -> list[QWidget]:
        """What a saved picture carries: the title, the legend, the chart with its axes and
        their titles, and the note; not the button."""
        parts: list[QWidget] = [self.title, self.legend]
        if self.chart is not None:
            parts.append(self.chart)
        return parts + [self.note]

    def export_png(self, path: Path) -> bool:
        if self.chart is None:
            return False
        picture = panel_picture(self, self.picture_parts(), self.chart.palette_now.background)
        # A PNG whatever the name ends in: the file dialog does not add the suffix everywhere.
        return QImageWriter(str(path), QByteArray(b"png")).write(picture)

    def ask_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("Dashboard", "Save chart"),
            str(Path(folder) / f"{self.key}.png"), translate("Dashboard", "PNG picture (*.png)"))
        if chosen and not self.export_png(Path(chosen)):
            QMessageBox.warning(self, "Canvass", translate(
                "Dashboard", "The chart could not be written to %1: choose another folder.")
                .replace("%1", chosen))


def dashboard_panels() -> dict[str, ChartPanel]:
    """Every panel, in reading order (three to a row); a short wall title where the legend
    names what the long title spells out."""
    return {panel.key: panel for panel in (
        ChartPanel("screened", translate("Dashboard", "Persons screened, cumulative"),
                   "ui.dashboard.charts.series:ScreenedChart"),
        ChartPanel("categories", translate("Dashboard", "Four categories, cumulative"),
                   "ui.dashboard.charts.series:CategoryChart", True),
        ChartPanel("categories_new", translate("Dashboard", "Four categories, new per day"),
                   "ui.dashboard.charts.series:CategoryChart", False),
        ChartPanel("coverage", translate("Dashboard", "Household coverage per community"),
                   "ui.dashboard.charts.coverage:CoverageChart",
                   wall_title=translate("Dashboard", "Household coverage")),
        ChartPanel("transfers", translate("Dashboard", "Transfers per day"),
                   "ui.dashboard.charts.series:TransfersChart"),
        ChartPanel("response", translate("Dashboard", "Response time (dispatch to scene)"),
                   "ui.dashboard.charts.bars:ResponseChart",
                   wall_title=translate("Dashboard", "Response time")),
        ChartPanel("beds", translate("Dashboard", "Facility beds"),
                   "ui.dashboard.charts.rows:StackedBarsChart",
                   translate("Dashboard", "Taken"), translate("Dashboard", "Free")),
        ChartPanel("duty", translate("Dashboard", "Teams on duty and stood down"),
                   "ui.dashboard.charts.rows:StackedBarsChart", translate("Dashboard", "On duty"),
                   translate("Dashboard", "Stood down today"),
                   wall_title=translate("Dashboard", "Teams on duty")),
        ChartPanel("vehicles", translate("Dashboard", "Vehicles by status"),
                   "ui.dashboard.charts.rows:StackedBarsChart",
                   translate("Dashboard", "Vehicles"), ""),
    )}
