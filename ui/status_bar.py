"""The status bar: which database, who is at the keyboard, and whether the server answers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from controllers.context import AppContext
from ui.widgets import ElidedLabel

translate = QCoreApplication.translate


class CanvassStatusBar(QStatusBar):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.database = ElidedLabel(context.database.description)
        operator = context.operator
        if operator.signed_in:
            text = translate("CanvassStatusBar", "Operator: %1").replace("%1", operator.name)
        else:
            text = translate("CanvassStatusBar", "Operator: %1 (computer account, not signed in)"
                             ).replace("%1", operator.name)
        self.operator = ElidedLabel(text, Qt.TextElideMode.ElideRight)
        self.connection = QLabel()
        self.addWidget(self.database)
        self.addWidget(self.operator, 1)
        self.addPermanentWidget(self.connection)
        self.show_connection(context.connection.connected, context.connection.reason)
        context.connection.state_changed.connect(self.show_connection)

    def show_connection(self, connected: bool | None, reason: str = "") -> None:
        if connected is None:
            name, text = "connectionUnknown", translate("CanvassStatusBar", "● Checking connection…")
        elif connected:
            name, text = "connectionUp", translate("CanvassStatusBar", "● Connected")
        else:
            name, text = "connectionDown", translate("CanvassStatusBar", "● Disconnected")
        self.connection.setObjectName(name)
        self.connection.setText(text)
        self.connection.setToolTip(reason)
        # A changed object name only restyles after the style is re-applied to the widget.
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
