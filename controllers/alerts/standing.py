"""The alerts standing now, for the dashboard and the wall, and acknowledging them.

Every role that may look sees the alerts (the wall's viewer too); acknowledging is for the
people who chase the trips: dispatchers and commanders (Permission.ACKNOWLEDGE_ALERTS). The
acknowledgement is one audited transaction, so the audit log says who acknowledged which alert
when, and the change feed takes it to every other workstation's strip.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.alerts.acknowledge import AlertRefused, acknowledge
from models.alerts.current import current_alerts
from models.alerts.rules import Alert, AlertKey
from models.db.database import Database

__all__ = ["Alert", "AlertKey", "AlertRefused", "acknowledge_alerts", "standing_alerts"]

# What the strip follows on the change feed: the trips, their vehicles, the acknowledgements.
ALERT_TABLES = frozenset({"transfer_order", "vehicle", "disinfection", "alert_acknowledgement"})


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@action(Permission.VIEW)
def standing_alerts(database: Database, user: SignedInUser,
                    now: datetime | None = None) -> list[Alert]:
    """The alerts nobody has acknowledged yet, most overdue first."""
    with read_session(database) as session:
        return current_alerts(session, now or _now())


@action(Permission.ACKNOWLEDGE_ALERTS)
def acknowledge_alerts(database: Database, user: SignedInUser, keys: Sequence[AlertKey],
                       now: datetime | None = None) -> list[AlertKey]:
    """Acknowledge the alerts the person saw (their keys); returns the keys stored, leaving out
    those another workstation acknowledged first. AlertRefused when none of them stands."""
    with user_session(database, user) as session:
        return acknowledge(session, keys, user.id, user.username, now or _now())
