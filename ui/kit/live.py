"""Views and windows that follow the change feed: refresh when what they show changed, at once if
visible, on their next showing if hidden. The feed already coalesces bursts; a view also waits for
its own refresh to finish before starting another, so a busy district never queues a pile of them.

A detail window (a case, a community, a team, a transfer order) is a `LiveWindow`: it is deleted
when it closes, and its link to the feed goes with it. A dispatcher opens hundreds of them in a
shift; kept after closing, each one held its widgets (megabytes) and went on reading the database
on every change anywhere, for a window nobody could see."""
from __future__ import annotations

from typing import TypeVar, cast

from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from controllers.runtime.change_feed import ChangeFeed, ChangeSet

Window = TypeVar("Window", bound=QWidget)
CATCH_UP_MS = 100   # how often a view busy when a change came looks again


class FollowsChanges:
    """Mixin for a view: declare `live_tables` (or `concerns`), implement `refresh()` and
    `is_loading()`."""

    live_tables: frozenset[str] = frozenset()
    _stale = False
    _again = False

    def concerns(self, change: ChangeSet) -> bool:
        """Whether `change` touches what this view shows."""
        return change.touches(*self.live_tables)

    def on_change(self, change: ChangeSet) -> None:
        if not self.concerns(change):
            return
        assert isinstance(self, QWidget)
        if not self.isVisible():
            self._stale = True
        elif self.is_loading():
            # Once what is loading now has finished. `loading_finished` is told only by the
            # view's own list; a view whose other parts load too (the transfers view's board
            # and facilities) is looked at again until nothing loads, so a change that arrived
            # during one of theirs is never left unread.
            if not self._again:
                self._again = True
                QTimer.singleShot(CATCH_UP_MS, cast(QObject, self), self._catch_up)
        else:
            self.refresh()

    def _catch_up(self) -> None:
        if not self._again:
            return   # loading_finished took it
        if self.is_loading():
            QTimer.singleShot(CATCH_UP_MS, cast(QObject, self), self._catch_up)
            return
        self._again = False
        self.refresh()

    def refresh_if_stale(self) -> None:
        """On showing: catch up with what changed while hidden."""
        if self._stale:
            self._stale = False
            self.refresh()

    def loading_finished(self) -> None:
        """Call when a refresh finished: one more if changes arrived meanwhile."""
        if self._again:
            self._again = False
            self.refresh()

    # -- what the view implements -------------------------------------------------------------
    def refresh(self) -> None:
        """Load again what the view shows."""
        raise NotImplementedError

    def is_loading(self) -> bool:
        """A refresh is under way (a change arriving now waits for it)."""
        raise NotImplementedError


class _CatchUpOnShow(QObject):
    """Shown again after changes arrived while hidden: the window loads them then."""

    def __init__(self, window: LiveWindow, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.window.refresh_if_stale()
        return False


class LiveWindow(FollowsChanges):
    """Mixin for a detail window (a QDialog): call `live_on(feed)` in its constructor.

    From then on the window follows the feed while it is open and visible; closed, it leaves
    the feed and is deleted (its background loads, owned by it, are then answered to nobody:
    ui/kit/background.py). Hidden, a change marks it stale and it reads again when shown."""

    _feed_link: QMetaObject.Connection | None = None

    def live_on(self, feed: ChangeFeed) -> None:
        assert isinstance(self, QDialog)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._feed_link = feed.changed.connect(self.on_change)
        self.finished.connect(self.leave_feed)
        self.installEventFilter(_CatchUpOnShow(self, self))

    def leave_feed(self, *_result: object) -> None:
        """Closed: no change reaches this window any more (also said again harmlessly)."""
        if self._feed_link is not None:
            QObject.disconnect(self._feed_link)
            self._feed_link = None


def keep_while_open(windows: list[Window], window: Window) -> None:
    """`window` leaves `windows` (the open windows a view keeps to raise one again) when it is
    destroyed: the list never holds a deleted window, nor keeps a closed one alive."""
    windows.append(window)

    def gone(_object: QObject | None = None) -> None:
        if window in windows:
            windows.remove(window)

    window.destroyed.connect(gone)
