"""The dashboard's tiles: one figure each, with what it is, and its change today and yesterday.

Eight tiles share the wall's one row in type read from five metres, so a line that does not fit
its tile is broken where a reader would break it (between "today" and "yesterday", at a space or
a comma, never inside a number), in at most two lines. Labels never wrap by themselves: a
wrapping label asks the wall's page for its preferred height and pushes the charts off screen.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from ui.kit.formatting import count
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate
SEPARATOR = " · "
BREAKS = (" ", "，", "、", ",", "：")


def signed(number: int) -> str:
    """"+3", "−2", "+0": a change, with its direction always written."""
    return ("−" if number < 0 else "+") + count(abs(number))


def fit_lines(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` in one line if it fits `width`, else in two: broken after the last space or comma
    that leaves the first line within `width` (after any character but inside a number, for
    Chinese without spaces); a second line still too long is elided."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    first, rest = _split(text, metrics, width)
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


def fit_change(text: str, metrics: QFontMetricsF, width: float) -> str:
    """"+12 today · +9 yesterday" where it fits, else today's alone: the tile's one line of
    movement keeps to one line (the figure of the day is what the room looks for)."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text.partition(SEPARATOR)[0], Qt.TextElideMode.ElideRight, width)


def _split(text: str, metrics: QFontMetricsF, width: float) -> tuple[str, str]:
    """Where a reader breaks: at the last space or comma that fits, unless that leaves the first
    line short; then after the last Chinese character that fits; never inside a number."""
    at_word, at_character = 0, 0
    for end in range(1, len(text)):
        if metrics.horizontalAdvance(text[:end]) > width:
            break
        before, after = text[end - 1], text[end]
        if (before.isdigit() or before in ",.") and (after.isdigit() or after in ",.%"):
            continue  # never "1," on one line and "000,000" on the next
        if before in BREAKS or after == " ":
            at_word = end
        elif not before.isascii() and not after.isascii():
            at_character = end
    if at_word and metrics.horizontalAdvance(text[:at_word]) >= 0.4 * width:
        best = at_word
    else:
        best = at_character or at_word
    if best == 0:
        best = max(1, len(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)) - 1)
    return text[:best].rstrip(), text[best:].lstrip()


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
        self.texts: dict[QLabel, str] = {self.title: title, self.change: "", self.caption: ""}
        for fitted in self.texts:
            # The tile's width is the grid's to give; the text fits itself to it.
            fitted.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Held to the top: a tile with a one-line caption keeps its figure level with the others.
        self.setLayout(vbox(strip, self.title, self.value, self.change, self.caption, 1,
                            margins=14, spacing=3))
        self.setMinimumWidth(150)

    def set_figure(self, value: int, caption: str = "") -> None:
        self.value.setText(count(value))
        self._set(self.caption, caption)

    def set_change(self, today: int | None, yesterday: int | None = None) -> None:
        """"+12 today · +9 yesterday": the day's movement, read at a glance; a level that fell
        (trips under way) reads "−2 today"."""
        if today is None:
            self._set(self.change, "")
            return
        text = translate("Dashboard", "%1 today").replace("%1", signed(today))
        if yesterday is not None:
            text += SEPARATOR + translate("Dashboard", "%1 yesterday").replace(
                "%1", signed(yesterday))
        self._set(self.change, text)

    def full_text(self, widget: QLabel) -> str:
        return self.texts.get(widget, widget.text())

    def _set(self, widget: QLabel, text: str) -> None:
        self.texts[widget] = text
        self._fit(widget)

    def _fit(self, widget: QLabel) -> None:
        widget.ensurePolished()
        room = self.contentsRect().width() - 2 * 14
        fit = fit_change if widget is self.change else fit_lines
        widget.setText(fit(self.texts[widget], QFontMetricsF(widget.font()), room))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self.refit()  # the wall's type is larger

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        for widget in self.texts:
            self._fit(widget)
