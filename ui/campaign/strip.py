"""The campaign strip: across the dashboard and the wall while a sweep campaign runs — its name,
the countdown to the deadline, and the communities behind the planned line, the largest gap
first. Hidden when no campaign runs. It reads on the task runner, again on every change to the
campaign's tables (a visit anywhere moves the figures) and each half minute for the countdown,
while the dashboard is in sight; the dashboard's refresh asks it too."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from controllers.campaign.actions import CAMPAIGN_TABLES, CampaignSnapshot, load_campaign
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.enums import CampaignPhase
from models.errors import CanvassError
from ui.campaign.texts import (
    laggards_text,
    records_end_text,
    wall_clock_countdown,
    wall_clock_phase,
)
from ui.kit.widgets import hbox, named_label

translate = QCoreApplication.translate
TICK_MS = 30_000
NAMED = {False: 10, True: 4}   # laggards named on the desk; on the wall, in one line

DESK = """
QFrame#campaignStrip { background: #fff6e5; border: none; border-bottom: 1px solid #f0d9a8; }
QLabel#campaignTitle { color: #7a4b00; font-size: 15px; font-weight: bold; }
QLabel#campaignLaggards { color: #7a2a22; font-size: 14px; }
"""
WALL = """
QFrame#campaignStrip { background: #2a1d05; border: none; border-bottom: 2px solid #e69f00; }
QLabel#campaignTitle { color: #ffd27a; font-size: 30px; font-weight: bold; }
QLabel#campaignLaggards { color: #ffe3b0; font-size: 26px; }
"""


class CampaignStrip(QFrame):
    """`shown_changed(shown)` when it appears or steps aside (the wall makes room for it)."""

    shown_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignStrip")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.context = context
        self.wall = False
        self.snapshot: CampaignSnapshot | None = None
        self._loading = False
        self._again = False
        self.title = named_label("campaignTitle")
        self.laggards = named_label("campaignLaggards", wrap=True)
        layout = hbox(self.title, self.laggards, spacing=24)
        layout.setStretch(1, 1)
        layout.setContentsMargins(24, 6, 24, 6)
        self.setLayout(layout)
        self.setStyleSheet(DESK)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        context.feed.changed.connect(self.on_change)
        self.hide()   # until a campaign is found running (the dashboard's refresh asks)

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> CampaignSnapshot:
            return load_campaign(database, user)

        def done(result: Any) -> None:
            if isinstance(result, CampaignSnapshot):
                self.snapshot = result
                self._render()

        def failed(error: BaseException) -> None:
            if not isinstance(error, CanvassError):
                raise error        # a bug: raised on the main thread like any error in a slot
            self.snapshot = None   # the database did not answer: the status bar says so, the
            self._render()         # strip steps aside rather than show stale figures

        def finished() -> None:
            self._loading = False
            if self._again:
                self._again = False
                self.reload()

        self.context.tasks.submit("campaign strip", work, succeeded=done, failed=failed,
                                  finished=finished, owner=self)

    def is_loading(self) -> bool:
        return self._loading

    def in_sight(self) -> bool:
        """The dashboard it lies on is shown (the strip itself may be hidden: no campaign)."""
        holder = self.parentWidget()
        return holder is not None and holder.isVisible()

    def on_change(self, change: ChangeSet) -> None:
        """Out of sight it waits: the dashboard's refresh on showing asks again."""
        if change.touches(*CAMPAIGN_TABLES) and self.in_sight():
            self.reload()

    def _tick(self) -> None:
        if self.in_sight():
            self.reload()

    def set_wall(self, wall: bool) -> None:
        self.wall = wall
        self.setStyleSheet(WALL if wall else DESK)
        self._render()

    def running(self) -> bool:
        """A campaign runs by its figures and by the wall clock: an old file's campaign, shown
        as its records left it on the campaign view, is not the wall's to count down."""
        progress = self.snapshot.progress if self.snapshot is not None else None
        return (progress is not None and progress.phase == CampaignPhase.RUNNING
                and wall_clock_phase(progress.campaign.starts_on, progress.ends_at,
                                     datetime.now()) == CampaignPhase.RUNNING)

    def _render(self) -> None:
        progress = self.snapshot.progress if self.snapshot is not None else None
        if progress is None or not self.running():
            self._set_shown(False)
            return
        now = datetime.now()   # the countdown is the wall clock's, the figures the records'
        note = records_end_text(progress.moment, now)
        self.title.setText(translate("Campaign", "%1 · %2")
                           .replace("%1", progress.campaign.name)
                           .replace("%2", wall_clock_countdown(progress.campaign.starts_on,
                                                               progress.ends_at, now))
                           + (f" · {note}" if note else ""))
        laggards = progress.laggards
        named = NAMED[self.wall]
        self.laggards.setText(laggards_text([row.name for row in laggards[:named]],
                                            max(len(laggards) - named, 0)))
        self._set_shown(True)

    def _set_shown(self, shown: bool) -> None:
        if shown == self.isHidden():
            self.setVisible(shown)
            self.shown_changed.emit(shown)
