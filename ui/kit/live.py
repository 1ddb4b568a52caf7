"""Views that follow the change feed: refresh when what they show changed, at once if visible,
on their next showing if hidden. The feed already coalesces bursts; a view also waits for its
own refresh to finish before starting another, so a busy district never queues a pile of them."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from controllers.runtime.change_feed import ChangeSet


class FollowsChanges:
    """Mixin for a view: declare `live_tables`, implement `refresh()` and `is_loading()`."""

    live_tables: frozenset[str] = frozenset()
    _stale = False
    _again = False

    def on_change(self, change: ChangeSet) -> None:
        if not change.touches(*self.live_tables):
            return
        assert isinstance(self, QWidget)
        if not self.isVisible():
            self._stale = True
        elif self.is_loading():
            self._again = True
        else:
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
