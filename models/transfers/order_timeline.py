"""One order's timeline: each step it took, when, who recorded it and how long it took since
the step before; and the step it now waits for. Plain values in, plain values out, so the rule
is tested without a database (models/transfers/order_record.py reads the stamps and the audit
trail that feed it).

"How long it took" is measured from the step recorded just before, in time: the response is
on scene − dispatched (the article's measure of a quick-response team), the disinfection is
counted from the delivery, or from the refusal or cancellation that ended the trip.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.enums import TransferStatus
from models.transfers.workflow import OVERDUE_AFTER, main_next

T = TransferStatus
# The order people read the steps in when two share a minute.
ROAD: tuple[str, ...] = ("ordered", "dispatched", "on_scene", "picked_up", "delivered",
                         "cancelled", "failed", "disinfected")
FINISHED_TRIP = frozenset({T.DELIVERED, T.CANCELLED, T.FAILED})


@dataclass(frozen=True)
class TimelineStep:
    step: str                 # a TransferStatus value
    at: datetime
    took: timedelta | None    # since the step before it; None for the order itself
    recorded_by: str          # who entered it at a workstation ("" when the trail is silent)
    note: str                 # the reason (cancelled, refused), who disinfected, why the
                              # proposal was departed from (ordered), as typed


@dataclass(frozen=True)
class Awaited:
    """The step the order waits for now, since when, and how long it may take before the board
    paints the order red (None: no limit)."""
    step: str
    since: datetime
    limit: timedelta | None


def timeline(stamps: Mapping[str, datetime | None], recorded_by: Mapping[str, str],
             notes: Mapping[str, str]) -> tuple[TimelineStep, ...]:
    """The steps recorded (`stamps`: step → time or None), oldest first."""
    present = sorted(((at, ROAD.index(step), step) for step, at in stamps.items()
                      if at is not None and step in ROAD))
    steps: list[TimelineStep] = []
    previous: datetime | None = None
    for at, _rank, step in present:
        steps.append(TimelineStep(step, at, None if previous is None else at - previous,
                                  recorded_by.get(step, ""), notes.get(step, "")))
        previous = at
    return tuple(steps)


def awaited(status: str, holds_vehicle: bool, last_at: datetime) -> Awaited | None:
    """What comes next on the road, or the vehicle's disinfection once the trip ended with the
    vehicle still held; None when nothing is awaited (disinfected, or cancelled before it left)."""
    current = TransferStatus(status)
    if current in FINISHED_TRIP:
        if not holds_vehicle:
            return None
        return Awaited(T.DISINFECTED.value, last_at, OVERDUE_AFTER[T.DELIVERED])
    following = main_next(current)
    if following is None:
        return None
    return Awaited(following.value, last_at, OVERDUE_AFTER.get(current))


def recorders(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Who recorded each step, from the order's audit entries oldest first, each as (who, the
    changes as written): the first entry that set a step's stamp names its recorder."""
    found: dict[str, str] = {}
    for who, written in entries:
        changes = json.loads(written or "{}")
        for step in ROAD:
            value = changes.get(f"{step}_at")
            new = value[1] if isinstance(value, list) and len(value) == 2 else value
            if new is not None and step not in found:
                found[step] = who
    return found
