"""A change that arrives while a view is busy is read once the view is done, whichever part of
it was loading: the transfers view's board and facilities load without telling the view's own
`loading_finished`, and a change that came during one of theirs was left unread — the board
then showed an order at its old step until the next change (seen in a full CI run)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from controllers.runtime.change_feed import ChangeSet
from ui.kit.live import FollowsChanges


class View(QWidget, FollowsChanges):
    live_tables = frozenset({"transfer_order"})

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1

    def is_loading(self) -> bool:
        return self.busy


def test_a_change_during_a_part_s_own_load_is_read_when_it_ends(qtbot: QtBot) -> None:
    view = View()
    qtbot.addWidget(view)
    view.show()
    view.busy = True                       # the board is ticking, say
    view.on_change(ChangeSet({"transfer_order": None}))
    view.on_change(ChangeSet({"transfer_order": None}))   # a burst: still one refresh
    qtbot.wait(300)
    assert view.refreshes == 0             # not while it loads
    view.busy = False                      # done, and nobody called loading_finished
    qtbot.waitUntil(lambda: view.refreshes == 1, timeout=2_000)
    qtbot.wait(300)
    assert view.refreshes == 1
