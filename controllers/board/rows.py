"""The four-100% board's reads, handed to a user who may read them; the SQL is
models/board/rows.py's. Both are plain calls on the returned source, made on the task runner:
the list's count and pages by LazyTableModel, the shares by the view beside them."""
from __future__ import annotations

from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.board.rows import BoardRows
from models.board.shares import BoardShares
from models.db.database import Database


@action(Permission.VIEW)
def board_rows(database: Database, user: SignedInUser) -> BoardRows:
    """Open cases not yet where their category says they must be, the longest waiting first."""
    return BoardRows(database)


@action(Permission.VIEW)
def board_shares(database: Database, user: SignedInUser,
                 now: datetime | None = None) -> BoardShares:
    """The four shares done, for a command line or a test; the view asks its own source."""
    return BoardRows(database).shares(now)
