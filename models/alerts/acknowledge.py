"""Acknowledging alerts: one row per alert key, written in the person's own audited transaction.

A key is stored only while its alert still stands — the trip is still at that step and at least
that far past the limit — so the record says what a person actually saw. Two workstations
acknowledging the same alert at the same moment both succeed: the key is unique, the later
insert finds it taken and is dropped inside its own savepoint, and the first person's row is
the record.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.alerts.current import acknowledged_levels, is_acknowledged, overdue_alerts
from models.alerts.refusals import AlertRefusal
from models.alerts.rules import AlertKey
from models.db.savepoints import savepoint
from models.errors import CanvassError
from models.schema.alerts import AlertAcknowledgement

USERNAME_LIMIT = 32   # AlertAcknowledgement.username, as app_user.username


class AlertRefused(CanvassError):
    """An acknowledgement the rules do not allow; nothing was written."""


def acknowledge(session: Session, keys: Sequence[AlertKey], user_id: int | None, username: str,
                now: datetime) -> list[AlertKey]:
    """Store the acknowledgement of each key whose alert still stands and nobody acknowledged
    yet; returns the keys stored (empty when others acknowledged them all first). Refused when
    none of the keys alerts any more."""
    if not keys:
        raise AlertRefused("No alert was chosen", AlertRefusal.NOTHING_CHOSEN)
    wanted = {key.transfer_id for key in keys}
    standing = {(alert.key.transfer_id, alert.key.step): alert
                for alert in overdue_alerts(session, now, wanted)}
    valid = [key for key in dict.fromkeys(keys)
             if (key.transfer_id, key.step) in standing
             and standing[(key.transfer_id, key.step)].key.level >= key.level]
    if not valid:
        raise AlertRefused("These alerts no longer stand: the trips moved on",
                           AlertRefusal.NO_LONGER_ALERTING)
    levels = acknowledged_levels(session, wanted)
    stored: list[AlertKey] = []
    for key in valid:
        if is_acknowledged(key, levels):
            continue
        alert = standing[(key.transfer_id, key.step)]
        try:
            with savepoint(session):
                session.add(AlertAcknowledgement(
                    kind=key.kind, transfer_id=key.transfer_id, vehicle_id=alert.vehicle_id,
                    step=key.step, level=key.level, minutes_overdue=alert.minutes_overdue,
                    acknowledged_at=now, user_id=user_id, username=username[:USERNAME_LIMIT]))
                session.flush()
        except IntegrityError:   # another workstation stored the same key a moment ago
            continue
        stored.append(key)
    return stored
