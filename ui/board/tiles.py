"""The four shares as tiles across the top of the board: the slogan, the category, the share done
in large type, and "done / open · waiting". A tile is also the list's filter: pressed, the list
shows that category's cases not yet done; pressed again, all four categories' (Alt+1…4 do the
same from the keyboard). A category with no open case reads "—", never 0% nor 100%: nothing is
owed, and a wall that says 100% for an empty category would be a claim nobody earned."""
from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from models.board.shares import Share
from ui.kit.formatting import count, percent
from ui.kit.labels import category, goal_slogan
from ui.kit.widgets import hbox, named_label, shortcut, vbox

translate = QCoreApplication.translate

CHOSEN_STYLE = "QFrame#tile { border: 2px solid #2f6fba; }"


class ShareTile(QFrame):
    """One category's share. `pressed(category)` on a click."""

    pressed = Signal(str)

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.category = value
        self.chosen = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        accent = QFrame()
        accent.setObjectName("accent")
        accent.setProperty("accent", value)
        accent.setFixedWidth(5)
        self.title = named_label("tileTitle", f"{goal_slogan(value)} · "
                                              f"{category(value)}", wrap=True)
        self.value = named_label("tileValue", "—")
        # Words wrap: four tiles in a row fit a narrow window (a 1024-wide laptop, English).
        self.caption = named_label("tileCaption", wrap=True)
        self.setLayout(hbox(accent, vbox(self.title, self.value, self.caption, spacing=2),
                            margins=12, spacing=12))
        self.setMinimumHeight(110)

    def show_share(self, share: Share) -> None:
        fraction = share.fraction
        self.value.setText("—" if fraction is None else percent(100 * fraction))
        self.caption.setText(translate("BoardTiles", "%1 / %2 done · %3 not yet")
                             .replace("%1", count(share.done)).replace("%2", count(share.total))
                             .replace("%3", count(share.waiting)))

    def choose(self, chosen: bool) -> None:
        self.chosen = chosen
        self.setStyleSheet(CHOSEN_STYLE if chosen else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.pressed.emit(self.category)
        super().mouseReleaseEvent(event)


class ShareTiles(QWidget):
    """The four tiles in a row; `chosen_changed(category or "")` when the filter changes."""

    chosen_changed = Signal(str)

    def __init__(self, categories: tuple[str, ...], keys_on: QWidget,
                 parent: QWidget | None = None) -> None:
        """Alt+1…4 choose a tile wherever the keyboard is inside `keys_on` (the board)."""
        super().__init__(parent)
        self.tiles = {value: ShareTile(value) for value in categories}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for number, tile in enumerate(self.tiles.values(), start=1):
            row.addWidget(tile, 1)
            tile.pressed.connect(self.press)
            shortcut(f"Alt+{number}", keys_on, functools.partial(self.press, tile.category),
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def chosen(self) -> str | None:
        return next((value for value, tile in self.tiles.items() if tile.chosen), None)

    def press(self, value: str) -> None:
        """Choose `value`'s tile, or, when it is the chosen one, none (all four)."""
        wanted = None if self.chosen() == value else value
        for key, tile in self.tiles.items():
            tile.choose(key == wanted)
        self.chosen_changed.emit(wanted or "")

    def show_shares(self, shares: tuple[Share, ...]) -> None:
        for share in shares:
            if share.category in self.tiles:
                self.tiles[share.category].show_share(share)
