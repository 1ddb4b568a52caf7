"""The look: Fusion style (the same on every desktop), a CJK font chain, the Canvass style sheet.

Fonts are listed, not assumed: WenQuanYi Micro Hei on Linux, Microsoft YaHei on Windows, SimSun
as the last resort, so Chinese never falls back to boxes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyleFactory

from resources import STYLE_SHEET

FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimSun"]
FONT_POINT_SIZE = 10


def interface_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def apply_appearance(app: QApplication) -> Callable[[], None]:
    """Style the application; returns a function that restores the previous look."""
    previous_font, previous_sheet = app.font(), app.styleSheet()
    previous_style = app.style().name()
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(interface_font())
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))

    def restore() -> None:
        app.setStyleSheet(previous_sheet)
        app.setFont(previous_font)
        style = QStyleFactory.create(previous_style)
        if style is not None:
            app.setStyle(style)

    return restore
