"""A chart saved as PNG carries what says what it shows: the panel's title, the legend and the
axis titles, drawn where they sit in the panel, at twice the screen's resolution; not the button."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from tests.support.gui import open_dashboard
from tests.support.sample_district import add_sample_district
from ui.dashboard.panels import ChartPanel
from ui.dashboard.picture import PADDING, SCALE, panel_picture, part_rect


def ink(image: QImage, rect: QRect, background: QColor) -> int:
    """Pixels in `rect` that are not the background: something is drawn there."""
    drawn = 0
    for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
            if image.pixelColor(x, y).rgb() != background.rgb():
                drawn += 1
    return drawn


def picture_of(panel: ChartPanel) -> tuple[QImage, QRect]:
    """The picture at the screen's scale, and where the panel's origin falls in it."""
    parts = panel.picture_parts()
    image = panel_picture(panel, parts, panel.chart.palette_now.background, scale=1.0)
    area = QRect()
    for part in parts:
        if part.isVisibleTo(panel):
            area = area.united(part_rect(panel, part))
    return image, QRect(PADDING - area.left(), PADDING - area.top(), 0, 0)


def placed(panel: ChartPanel, widget: object, origin: QRect) -> QRect:
    return part_rect(panel, widget).translated(origin.topLeft())  # type: ignore[arg-type]


def test_the_picture_carries_title_legend_and_axis_titles(qtbot: QtBot, context: AppContext,
                                                           tmp_path: Path) -> None:
    add_sample_district(context.database)
    view = open_dashboard(qtbot, context)
    panel = view.panels["response"]
    chart = panel.chart
    assert panel.legend.texts() == ["median 7 min", "90%: 7 min"]
    bottom = chart.getPlotItem().getAxis("bottom")
    assert bottom.label.isVisible() and bottom.labelText == "minutes from dispatch to scene"
    assert chart.getPlotItem().getAxis("left").labelText == "trips"

    image, origin = picture_of(panel)
    background = QColor(chart.palette_now.background)
    assert image.height() >= chart.height() + panel.title.height()
    assert image.width() >= chart.width()
    title, legend = placed(panel, panel.title, origin), placed(panel, panel.legend, origin)
    assert title.bottom() < placed(panel, chart, origin).top()  # above the plot, not in it
    assert ink(image, title, background) > 50
    assert ink(image, legend, background) > 50
    label = chart.mapFromScene(bottom.label.sceneBoundingRect()).boundingRect()
    assert ink(image, label.translated(placed(panel, chart, origin).topLeft()), background) > 50
    assert ink(image, placed(panel, panel.save, origin), background) == 0  # not the button

    panel.title.setText("")  # the title's pixels are the title's: gone with its words
    assert ink(picture_of(panel)[0], title, background) == 0

    out = tmp_path / "response.png"
    assert panel.export_png(out)
    saved = QImage(str(out))
    assert (saved.width(), saved.height()) == (round(image.width() * SCALE),
                                               round(image.height() * SCALE))


def test_a_panel_without_a_chart_saves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.dashboard.panels import dashboard_panels
    panel = dashboard_panels()["beds"]
    qtbot.addWidget(panel)
    assert not panel.export_png(tmp_path / "beds.png")
    assert not (tmp_path / "beds.png").exists()
