"""The dashboard's tiles: one figure each, with what it is, and today's change against yesterday.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame

from ui.kit.formatting import count
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate


class Tile(QFrame):
    """One figure: what it is, the number, the day's change, and one line of context."""

    def __init__(self, title: str, accent: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        strip = QFrame()
        strip.setObjectName("accent")
        strip.setProperty("accent", accent)
        strip.setFixedSize(32, 4)
        self.title = label(title, "tileTitle")
        self.value = label("–", "tileValue")
        self.change = label("", "tileChange")
        self.caption = label("", "tileCaption")
        self.setLayout(vbox(strip, self.title, self.value, self.change, self.caption,
                            margins=14, spacing=3))
        self.setMinimumWidth(150)

    def set_figure(self, value: int, caption: str = "") -> None:
        self.value.setText(count(value))
        self.caption.setText(caption)

    def set_change(self, today: int | None, yesterday: int | None = None) -> None:
        """"+12 today · +9 yesterday": the day's movement, read at a glance."""
        if today is None:
            self.change.setText("")
            return
        text = translate("Dashboard", "+%1 today").replace("%1", count(today))
        if yesterday is not None:
            text += translate("Dashboard", " · +%1 yesterday").replace("%1", count(yesterday))
        self.change.setText(text)
