"""The rules of an alert: which step of a trip alerts after how long, and when an acknowledged
alert comes back.

The limits are the transfer board's (models/transfers/workflow.py OVERDUE_AFTER): an order the
board paints red is an order the wall alerts on, no second set of numbers to drift apart. A trip
under way (ordered, dispatched, on scene, picked up) past its step's limit is a step alert; a
vehicle still waiting for its disinfection (after delivery, or after a cancelled or failed trip
that met the patient) past the same limit is a disinfection alert.

An alert's key is the trip, the step it is stuck at and its level. Level 1 is past the limit;
level 2 past twice the limit, level 3 four times, and so on: an acknowledged alert that gets
worse — the next step is overdue too, or the same step has now taken twice as long — has a new
key and alerts again, so "someone saw it" never silences a trip for good.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.enums import AlertKind, TransferStatus
from models.transfers.workflow import DISINFECTED_FROM, OVERDUE_AFTER, STATUS_STAMP

T = TransferStatus

# The steps of a trip under way, with how long each may take.
STEP_LIMITS: dict[TransferStatus, timedelta] = {
    status: limit for status, limit in OVERDUE_AFTER.items() if status != T.DELIVERED}
# How long a vehicle may wait for its disinfection, from the step that left it dirty.
DISINFECTION_LIMIT: timedelta = OVERDUE_AFTER[T.DELIVERED]
WAITING_STEPS: tuple[TransferStatus, ...] = tuple(sorted(DISINFECTED_FROM))
# Past 2,048 times its limit (two weeks for a ten-minute step) a trip is a record nobody closed:
# the level stops growing, so a forgotten order does not alert again every few weeks for ever.
MAX_LEVEL = 12


def stamp_of(step: TransferStatus) -> str:
    """The order's column that says since when it is at `step`."""
    return STATUS_STAMP[step]


def kind_of(step: TransferStatus) -> AlertKind:
    return AlertKind.DISINFECTION_OVERDUE if step in DISINFECTED_FROM else AlertKind.STEP_OVERDUE


def limit_of(step: TransferStatus) -> timedelta:
    return DISINFECTION_LIMIT if step in DISINFECTED_FROM else STEP_LIMITS[step]


def level_of(elapsed: timedelta, limit: timedelta) -> int:
    """0 while in time; 1 past the limit, 2 past twice it, 3 past four times it…"""
    if elapsed <= limit:
        return 0
    return min(MAX_LEVEL, 1 + int(math.floor(math.log2(elapsed / limit))))


@dataclass(frozen=True)
class AlertKey:
    """What an acknowledgement is stored under (models/schema/alerts.py)."""
    transfer_id: int
    step: TransferStatus
    level: int

    @property
    def kind(self) -> AlertKind:
        return kind_of(self.step)


@dataclass(frozen=True)
class Alert:
    """One alert as the strip lists it: plain values, read once, rendered by the ui."""
    key: AlertKey
    number: str              # the transfer order's number (the sheet's)
    person: str              # the patient
    plate: str               # the vehicle ("" when the order names none)
    vehicle_id: int | None
    since: datetime          # when the trip reached the step it is stuck at
    limit: timedelta
    overdue: timedelta       # beyond the limit, at the moment of the query

    @property
    def kind(self) -> AlertKind:
        return self.key.kind

    @property
    def minutes_overdue(self) -> int:
        return max(0, int(self.overdue.total_seconds() // 60))


def alert_for(step: TransferStatus, since: datetime, now: datetime) -> tuple[int, timedelta] | None:
    """(level, time past the limit) of a trip at `step` since `since`; None while in time."""
    limit = limit_of(step)
    level = level_of(now - since, limit)
    return (level, now - since - limit) if level else None
