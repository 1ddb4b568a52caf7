"""The lists' right-click menus: on a row, what can be done with it (open, the list's own
actions, copy its ID, phone or the whole row); on the header, which columns are shown.

A list names its actions once, by the buttons and slots it already has: a button the user's
role hides is hidden in the menu too, a disabled one is disabled, so the menu never offers what
the screen refuses. Copies take the text as shown, masked as the role sees it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QMenu, QTableView, QWidget

from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.lazy_table_model import KEY_ROLE

translate = QCoreApplication.translate
# The columns a row's menu offers to copy on their own, by column key.
COPIED_COLUMNS = (("resident_id", QT_TRANSLATE_NOOP("RowMenu", "Copy resident ID")),
                  ("phone", QT_TRANSLATE_NOOP("RowMenu", "Copy phone")),
                  ("number", QT_TRANSLATE_NOOP("RowMenu", "Copy number")))


@dataclass
class RowAction:
    """One entry of a row's menu: a slot, or a button pressed as the user would."""
    text: str
    slot: Callable[[], object]
    keys: str = ""
    button: QAbstractButton | None = None

    def offered(self) -> bool:
        return self.button is None or not self.button.isHidden()

    def enabled(self) -> bool:
        return self.button is None or self.button.isEnabled()


class RowMenu:
    """What a right-click on a row of `table` offers; built afresh each time it opens."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        self.actions: list[RowAction] = []

    def add(self, text: str, slot: Callable[[], object], keys: str = "") -> None:
        self.actions.append(RowAction(text, slot, keys))

    def add_buttons(self, buttons: Sequence[QAbstractButton]) -> None:
        """The list's own buttons, each offered as its button stands when the menu opens."""
        for button in buttons:
            tip = button.toolTip()
            keys = tip if QKeySequence(tip).count() and len(tip) < 24 else ""
            self.actions.append(RowAction(button.text(), button.click, keys, button))

    def build(self, index: QModelIndex, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for entry in self.actions:
            if not entry.offered():
                continue
            action = menu.addAction(entry.text)
            action.setEnabled(entry.enabled())
            if entry.keys:
                action.setShortcut(QKeySequence(entry.keys))
            action.triggered.connect(lambda _checked=False, slot=entry.slot: slot())
        if self.actions:
            menu.addSeparator()
        model = self.table.model()
        keys = [str(model.headerData(c, Qt.Orientation.Horizontal, KEY_ROLE) or "")
                for c in range(model.columnCount())]
        for key, text in COPIED_COLUMNS:
            if key in keys:
                value = str(model.index(index.row(), keys.index(key)).data() or "")
                copy = menu.addAction(translate("RowMenu", text))
                copy.setEnabled(bool(value))
                copy.triggered.connect(lambda _checked=False, v=value: copy_text(v))
        row = menu.addAction(translate("RowMenu", "Copy row"))
        row.triggered.connect(lambda _checked=False: copy_text(self.row_text(index.row())))
        return menu

    def row_text(self, row: int) -> str:
        """The row's shown cells, tab-separated: pastes into a spreadsheet as one row."""
        model, header = self.table.model(), self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        return "\t".join(str(model.index(row, c).data() or "") for c in columns
                         if not header.isSectionHidden(c))


def copy_text(text: str) -> None:
    QApplication.clipboard().setText(text)


class ColumnMenu:
    """Show or hide a list's columns from its header; `changed(hidden keys)` after each choice.
    The last column shown cannot be hidden."""

    def __init__(self, header: QHeaderView, changed: Callable[[list[str]], None]) -> None:
        self.header = header
        self.changed = changed
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda at: self.build().popup(
            header.mapToGlobal(at)))
        self.menu: QMenu | None = None

    def keys(self) -> list[str]:
        model = self.header.model()
        if model is None:
            return []
        return [str(model.headerData(c, Qt.Orientation.Horizontal, KEY_ROLE) or c)
                for c in range(model.columnCount())]

    def build(self) -> QMenu:
        menu = QMenu(self.header)
        model = self.header.model()
        shown = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        for column in range(self.header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) if model else column)
            action = QAction(title, menu, checkable=True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
            menu.addAction(action)
        self.menu = menu
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        self.header.setSectionHidden(column, not shown)
        keys = self.keys()
        self.changed([keys[c] for c in range(len(keys)) if self.header.isSectionHidden(c)])

    def hide(self, hidden: Sequence[str]) -> None:
        """Hide the columns named (remembered from an earlier session), keeping one shown."""
        keys = self.keys()
        wanted = {keys.index(key) for key in hidden if key in keys}
        if len(wanted) >= len(keys):
            return
        for column in range(len(keys)):
            self.header.setSectionHidden(column, column in wanted)
