"""The dashboard's tiles: one figure each, with what it is, and its change today and yesterday.

On the desk a line that does not fit its tile is broken where a reader would break it (between
"today" and "yesterday", at a space or a comma, never inside a number), in at most two lines.
Eight tiles share the wall's one row in type read from five metres, and every line they take
is a line the charts below lose: there a tile is three lines — its title in one line (the wall
gives each tile the width its title needs, `title_room`), the figure, the day's change — and a
fourth on the four categories' tiles, their share done (the four 100%: what the command center
watches); the caption ("89.1 % of 5,000 registered") stays on the desk. Labels never wrap by themselves: a
wrapping label asks the wall's page for its preferred height and pushes the charts off screen.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from ui.kit.formatting import count
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate
SEPARATOR = " · "
ROOMY, SNUG = 14, 10        # the tile's frame on the desk and in the wall's large type
LARGE_TYPE_PX = 20
WALL_TILE_PX = 180          # the wall's tile for a short title: "+12 today" and the figure fit
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


def fit_line(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` in one line, elided if `width` cannot hold it (a wall narrower than 1920 pixels)."""
    if width <= 0:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


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
    """One figure: what it is, the number, the day's change, and a line of context (the desk's
    only)."""

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
        # A category's share where the four 100% say it must be ("应收尽收 95.2%"): on the desk
        # and on the wall alike, for the four categories' tiles only.
        self.goal = label("", "tileGoal")
        self.goal.hide()
        self.goal_widest = ""   # the goal line at its widest ("Isolate 100.0%"): its room
        self.texts: dict[QLabel, str] = {self.title: title, self.change: "", self.goal: "",
                                         self.caption: ""}
        for fitted in self.texts:
            # The tile's width is the grid's to give; the text fits itself to it.
            fitted.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Held to the top: a tile with a one-line caption keeps its figure level with the others.
        self.box = vbox(strip, self.title, self.value, self.change, self.goal, self.caption, 1,
                        margins=ROOMY, spacing=3)
        self.setLayout(self.box)
        self.setMinimumWidth(150)

    def set_figure(self, value: int, caption: str = "") -> None:
        self.value.setText(count(value))
        self._set(self.caption, caption)

    def set_goal(self, text: str) -> None:
        """The four-100% line ("" for none: the line is then not there)."""
        self.goal.setVisible(bool(text))
        self._set(self.goal, text)

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

    def large_type(self) -> bool:
        """The wall's type (its style sheet is on): one-line titles, no caption."""
        self.title.ensurePolished()
        return self.title.font().pixelSize() >= LARGE_TYPE_PX

    def title_room(self) -> int:
        """The width this tile needs for its title (and its four-100% line at its widest) in one
        line of its type, frame included, and
        at least the wall's usual tile: what the wall's row of tiles shares out
        (ui/dashboard/view.py)."""
        self.title.ensurePolished()
        margins = self.box.contentsMargins()
        frame = self.width() - self.contentsRect().width()
        text = QFontMetricsF(self.title.font()).horizontalAdvance(self.texts[self.title])
        if self.goal_widest:   # the four-100% line keeps to one line too
            self.goal.ensurePolished()
            text = max(text, QFontMetricsF(self.goal.font()).horizontalAdvance(self.goal_widest))
        return max(WALL_TILE_PX, math.ceil(text) + margins.left() + margins.right() + frame + 2)

    def full_text(self, widget: QLabel) -> str:
        return self.texts.get(widget, widget.text())

    def _set(self, widget: QLabel, text: str) -> None:
        self.texts[widget] = text
        self._fit(widget)

    def _fit(self, widget: QLabel) -> None:
        widget.ensurePolished()
        margins = self.box.contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        fit = fit_change if widget is self.change else fit_lines
        if widget in (self.title, self.goal) and self.large_type():
            fit = fit_line
        widget.setText(fit(self.texts[widget], QFontMetricsF(widget.font()), room))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            # The wall's type is larger and eight tiles share its width: a narrower frame.
            large = self.large_type()
            margin = SNUG if large else ROOMY
            self.box.setContentsMargins(margin, margin, margin, margin)
            self.caption.setVisible(not large)
            self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        for widget in self.texts:
            self._fit(widget)
