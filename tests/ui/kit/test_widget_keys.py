"""A key bound to a widget acts only while the widget's window has the keyboard: Enter typed
into a dialog just opened never opens the list's row behind it (seen: the delivery dialog's
Enter opened the stock line's form when the window system had not yet moved the keyboard)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.support.gui import keys_reach
from ui.kit.widgets import shortcut


def test_a_widget_key_does_nothing_while_another_window_is_active(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    listed = QListWidget()
    QVBoxLayout(page).addWidget(listed)
    opened: list[str] = []
    key = shortcut(Qt.Key.Key_Return, listed, lambda: opened.append("row"),
                   Qt.ShortcutContext.WidgetShortcut)
    assert isinstance(key, QShortcut)
    page.show()
    keys_reach(qtbot, page)
    key.activated.emit()
    assert opened == ["row"]

    dialog = QDialog(page)
    dialog.show()
    keys_reach(qtbot, dialog)
    key.activated.emit()                 # what Qt does when the list still holds the keyboard
    assert opened == ["row"]
    dialog.close()
    keys_reach(qtbot, page)
    key.activated.emit()
    assert opened == ["row", "row"]
