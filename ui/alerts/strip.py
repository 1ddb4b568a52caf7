"""The alert strip: across the top of the dashboard and of the wall, what is overdue now — a trip
stuck at a step past its limit, a vehicle waiting for its disinfection too long — until someone
acknowledges it.

Each line names the order and the patient (or the vehicle) and how long past the limit. A
dispatcher or commander acknowledges what the strip lists with the button or Ctrl+Shift+A; the
acknowledgement is stored, so every other workstation's strip drops it at the next notice of
the change feed. A viewer at the wall sees the alerts and has no button. The strip asks again
every half minute (a step becomes overdue with no write to announce it) and on every change of
the trips, their vehicles and the acknowledgements. With the sound on (off by default, kept per
workstation) a new alert beeps once.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QSizePolicy, QToolButton, QWidget

from controllers.alerts.standing import ALERT_TABLES, Alert, AlertKey, acknowledge_alerts, standing_alerts
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.runtime.settings import ALERT_SOUND
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.alerts.look import LINES, strip_style
from ui.alerts.texts import acknowledged_text, alert_error_text, alert_line, alert_tip, calm_text, count_text, more_text
from ui.kit.background import save_in_background
from ui.kit.role_actions import action_button
from ui.kit.widgets import hbox, named_label, vbox

ACKNOWLEDGE_KEYS = "Ctrl+Shift+A"
translate = QCoreApplication.translate
TICK_MS = 30_000          # a step becomes overdue without any write: ask again this often
MESSAGE_MS = 8_000        # how long "2 alerts acknowledged" stays


class AlertStrip(QFrame):
    """`shown_changed(count)` after each answer: how many alerts stand (what a test or the wall
    waits for)."""

    shown_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 beep: Callable[[], None] = QApplication.beep) -> None:
        super().__init__(parent)
        self.setObjectName("alertStrip")
        # As tall as its lines, never more: the dashboard's figures take the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.context = context
        self.beep = beep
        self.alerts: list[Alert] = []
        self.listed: list[Alert] = []
        self.wall = False
        self._loading = False
        self._again = False
        self._heard: set[AlertKey] = set()   # alerts this workstation has beeped for
        self.title = named_label("alertTitle")
        # A long line wraps in a narrow window rather than widen it or lose its end.
        self.lines = [named_label("alertLine", wrap=True) for _ in range(max(LINES.values()))]
        self.more = named_label("alertMore")
        self.message = named_label("alertMessage")
        self.acknowledge_button = action_button(
            context.user, acknowledge_alerts, translate("Alerts", "Acknowledge"), self.acknowledge,
            ACKNOWLEDGE_KEYS, key_on=self, keys_in_text=True)
        if self.acknowledge_button is not None:
            self.acknowledge_button.setObjectName("alertAcknowledge")
        self.sound = QToolButton()
        self.sound.setObjectName("alertSound")
        self.sound.setText(translate("Alerts", "Sound"))
        self.sound.setToolTip(translate("Alerts", "Beep on this workstation when a new alert appears"))
        self.sound.setCheckable(True)
        self.sound.setChecked(context.settings.get(ALERT_SOUND))
        self.sound.toggled.connect(lambda on: context.settings.set(ALERT_SOUND, bool(on)))
        # The count beside the lines, not above them: the wall keeps its height for the charts.
        count = vbox(self.title, self.more, 1, spacing=2)
        text = vbox(*self.lines, self.message, spacing=2)
        buttons = [widget for widget in (self.acknowledge_button, self.sound) if widget]
        layout = hbox(count, text, *buttons, spacing=24)
        layout.setStretch(1, 1)   # the lines take the width the count and buttons leave
        layout.setContentsMargins(24, 8, 24, 8)   # the page's own left margin
        self.setLayout(layout)
        self._look = ""
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.clear)
        self._message_timer.timeout.connect(lambda: self.message.setVisible(False))
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        context.feed.changed.connect(self.on_change)
        self._render()

    # -- asking ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask for the standing alerts (once more after the answer, if already asking)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> list[Alert]:
            return standing_alerts(database, user)

        self.context.tasks.submit("standing alerts", work, succeeded=self.show_alerts,
                                  failed=self._load_failed, finished=self._answered, owner=self)

    def _answered(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, CanvassError):
            raise error
        self._say(alert_error_text(error))   # the last alerts stay listed: better than none

    def is_loading(self) -> bool:
        return self._loading

    def on_change(self, change: ChangeSet) -> None:
        if change.touches(*ALERT_TABLES) and self.isVisible():
            self.reload()   # hidden, it asks when it is shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()   # time has passed while hidden: a step may have become overdue

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()

    # -- showing -----------------------------------------------------------------------------
    def set_wall(self, wall: bool) -> None:
        """The wall's look: larger type, fewer lines, patients' names shortened."""
        self.wall = wall
        self._render()

    def show_alerts(self, alerts: list[Alert]) -> None:
        self.alerts = alerts
        new = {alert.key for alert in alerts} - self._heard
        self._heard |= new
        if new and self.sound.isChecked():
            self.beep()
        self._render()
        self.shown_changed.emit(len(alerts))

    def _render(self) -> None:
        alerting = bool(self.alerts)
        self.listed = self.alerts[:LINES[self.wall]]
        look = strip_style(self.wall, alerting)
        if look != self._look:   # a new style sheet re-polishes and lays out the whole screen
            self._look = look
            self.setStyleSheet(look)
        self.title.setText(count_text(len(self.alerts)) if alerting else calm_text())
        for line, alert in zip(self.lines, self.listed + [None] * len(self.lines)):
            line.setVisible(alert is not None)
            if alert is not None:
                line.setText(alert_line(alert, mask_names=self.wall))
                line.setToolTip(f"{line.text()}\n{alert_tip(alert)}")
        hidden = len(self.alerts) - len(self.listed)
        self.more.setVisible(hidden > 0)
        self.more.setText(more_text(hidden) if hidden > 0 else "")
        self.message.setVisible(bool(self.message.text()))
        if self.acknowledge_button is not None:
            self.acknowledge_button.setVisible(alerting)
            self.acknowledge_button.setEnabled(alerting)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self._message_timer.start()

    # -- acknowledging -----------------------------------------------------------------------
    def acknowledge(self) -> None:
        """Acknowledge the alerts the strip lists (those behind "and N more" come up next)."""
        keys = [alert.key for alert in self.listed]
        if not keys:
            return
        database, user = self.context.database, self.context.user

        def work() -> list[AlertKey]:
            return acknowledge_alerts(database, user, keys)

        busy = [self.acknowledge_button] if self.acknowledge_button is not None else []
        save_in_background(self.context.tasks, self, "acknowledge alerts", work,
                           saved=self._acknowledged, refused=self._refused, busy=busy)

    def _acknowledged(self, stored: list[AlertKey]) -> None:
        gone = {alert.key for alert in self.listed}
        self.alerts = [alert for alert in self.alerts if alert.key not in gone]
        if stored:   # none: another workstation acknowledged them first, nothing to say
            self._say(acknowledged_text(len(stored)))
        self._render()
        self.shown_changed.emit(len(self.alerts))
        self.reload()

    def _refused(self, error: CanvassError) -> None:
        self._say(alert_error_text(error))
        self.reload()
