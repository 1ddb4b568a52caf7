"""How long a case may sit in a status before the board paints it overdue: one table, the case
board's counterpart of the transfer limits (models/transfers/workflow.py OVERDUE_AFTER).

The limits say what the command center expects of itself: a case found at the door is verified
within hours, a verified one sent, observed at home or cleared the same day, a transfer made
within the shift; a person who refused is visited again every day; home observation ends after
its fourteen days. Admitted and closed cases have no limit: nothing is waiting on the centre.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from models.enums import CaseStatus

S = CaseStatus

# Keyed by the stored value: a row's plain "identified" finds its limit as the enum does.
OVERDUE_AFTER: dict[str, timedelta] = {
    S.IDENTIFIED: timedelta(hours=4),          # found, not yet verified
    S.VERIFIED: timedelta(hours=6),            # verified, no decision yet
    S.AWAITING_TRANSFER: timedelta(hours=12),  # waiting for a bed and a vehicle
    S.IN_TRANSIT: timedelta(hours=2),          # on the road
    S.REFUSED: timedelta(days=1),              # persuaded again every day
    S.HOME_OBSERVATION: timedelta(days=14),    # the observation's fourteen days
}


def time_in_status(since: datetime, now: datetime) -> timedelta:
    """How long the case has been in its status; never negative (a workstation whose clock runs
    a little ahead may have stamped the move)."""
    return max(now - since, timedelta(0))


def overdue_by(status: str | CaseStatus, since: datetime, now: datetime) -> timedelta | None:
    """How far beyond its status's limit the case is, or None while in time (or no limit)."""
    limit = OVERDUE_AFTER.get(status)
    if limit is None:
        return None
    over = time_in_status(since, now) - limit
    return over if over > timedelta(0) else None
