"""The status bar: which database, who is signed in, whether the server answers, and whether
changes from other workstations are arriving live."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from controllers.runtime.change_feed import FeedState
from controllers.runtime.context import AppContext
from ui.accounts.users_dialog import role_name
from ui.kit.widgets import ElidedLabel

translate = QCoreApplication.translate


def restyle(widget: QLabel, name: str) -> None:
    """A changed object name only restyles after the style is re-applied to the widget."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CanvassStatusBar(QStatusBar):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.database = ElidedLabel(context.database.description)
        user = context.user
        text = translate("CanvassStatusBar", "Signed in: %1 (%2)").replace(
            "%1", user.display_name).replace("%2", role_name(user.role))
        self.operator = ElidedLabel(text, Qt.TextElideMode.ElideRight)
        self.live = QLabel()
        self.connection = QLabel()
        self.addWidget(self.database)
        self.addWidget(self.operator, 1)
        self.addPermanentWidget(self.live)
        self.addPermanentWidget(self.connection)
        self.show_connection(context.connection.connected, context.connection.reason)
        context.connection.state_changed.connect(self.show_connection)
        self.show_live(context.feed.state.value)
        context.feed.state_changed.connect(self.show_live)

    def show_connection(self, connected: bool | None, reason: str = "") -> None:
        if connected is None:
            name, text = "connectionUnknown", translate("CanvassStatusBar", "● Checking connection…")
        elif connected:
            name, text = "connectionUp", translate("CanvassStatusBar", "● Connected")
        else:
            name, text = "connectionDown", translate("CanvassStatusBar", "● Disconnected")
        self.connection.setText(text)
        self.connection.setToolTip(reason)
        restyle(self.connection, name)

    def show_live(self, state: str) -> None:
        if state == FeedState.LIVE.value:
            name, text = "liveOn", translate("CanvassStatusBar", "Live updates")
        elif state == FeedState.RECONNECTING.value:
            name, text = "connectionDown", translate("CanvassStatusBar", "Reconnecting…")
        else:
            name, text = "connectionUnknown", translate("CanvassStatusBar", "Live updates off")
        self.live.setText(text)
        restyle(self.live, name)
