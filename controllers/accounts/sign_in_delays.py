"""An administrator's view of the sign-in delays: who is slowed where, after how many failures,
until when; and ending them (models/accounts/sign_in_delays.py has the rule). The users dialog's
"Sign-in delays" list and `canvass user delays` / `canvass user clear-delay` both come here,
checked against MANAGE_USERS; every clearing is audited under the administrator's name."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts import sign_in_delays as delays
from models.accounts.permissions import Permission
from models.accounts.sign_in_delays import EVERY_NAME, DelayRow
from models.db.database import Database

__all__ = ["EVERY_NAME", "DelayRow", "clear_sign_in_delays", "sign_in_delays"]


@action(Permission.MANAGE_USERS)
def sign_in_delays(database: Database, user: SignedInUser,
                   now: Callable[[], datetime] = datetime.now) -> list[DelayRow]:
    """Every counter whose failures still count: the longest waits first."""
    with read_session(database) as session:
        return delays.current_delays(session, now())


@action(Permission.MANAGE_USERS)
def clear_sign_in_delays(database: Database, user: SignedInUser, username: str | None = None,
                         workstation: str | None = None,
                         now: Callable[[], datetime] = datetime.now) -> int:
    """Forget the failures of an account (everywhere), of a workstation, or of the account at
    that workstation; how many counters were cleared (0: nothing was counted there)."""
    with user_session(database, user) as session:
        return delays.clear_recorded(session, username, workstation, now())
